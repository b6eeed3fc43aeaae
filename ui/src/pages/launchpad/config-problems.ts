/**
 * Places Dagster's run config validation errors in the YAML text: each error's `path` is walked through
 * the parsed document to the key it names, so the editor can mark that line and the error list can jump
 * to it. Missing-field and selector errors point at the mapping that lacks the field (its key is marked);
 * unexpected fields point at each extra key; type mismatches at the key and its value. A path the text
 * does not contain (the document changed since validation) falls back to its deepest existing prefix.
 * @module
 */
import { isMap, isScalar, isSeq, type Document, type Node } from "yaml";
import type { ConfigError } from "./launchpad-query";

export type ConfigProblem = {
  readonly message: string;
  /** The run config path, e.g. ["ops", "extract", "config", "limit"]. */
  readonly path: readonly string[];
  readonly reason: string;
  readonly from: number;
  readonly to: number;
};

type Span = { readonly from: number; readonly keyTo: number; readonly valueTo: number };

export function locateConfigErrors(
  document: Document.Parsed,
  errors: readonly ConfigError[],
): ConfigProblem[] {
  return errors.flatMap((error) => {
    const extras = error.fieldNames ?? (error.fieldName ? [error.fieldName] : []);
    if (extras.length > 0) {
      return extras.map((name) => {
        const path = [...error.path, name];
        const span = locatePath(document, path);
        return { message: error.message, path, reason: error.reason, from: span.from, to: span.valueTo };
      });
    }
    const span = locatePath(document, error.path);
    const to = error.reason === "RUNTIME_TYPE_MISMATCH" ? span.valueTo : span.keyTo;
    return [{ message: error.message, path: error.path, reason: error.reason, from: span.from, to }];
  });
}

/** The text span of the entry at `path` (its key, and through its value), or of its deepest existing parent. */
export function locatePath(document: Document.Parsed, path: readonly string[]): Span {
  const contents = document.contents as Node | null;
  const [start = 0, end = 0] = contents?.range ?? [];
  let span: Span = { from: start, keyTo: Math.min(end, start + 1), valueTo: end };
  let node: unknown = contents;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      const keyRange = isScalar(pair?.key) ? pair.key.range : undefined;
      if (!pair || !keyRange) break;
      const valueRange = (pair.value as Node | null)?.range;
      span = { from: keyRange[0], keyTo: keyRange[1], valueTo: valueRange ? valueRange[1] : keyRange[1] };
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (!item?.range) break;
      span = { from: item.range[0], keyTo: item.range[1], valueTo: item.range[1] };
      node = item;
    } else {
      break;
    }
  }
  return span;
}

/** `ops.extract.config`, or "(root)" for the top level. */
export function formatConfigPath(path: readonly string[]): string {
  return path.length === 0
    ? "(root)"
    : path
        .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : segment))
        .join(".")
        .replaceAll(".[", "[");
}
