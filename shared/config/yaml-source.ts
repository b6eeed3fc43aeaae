/**
 * YAML text to plain data, keeping the parsed document so a key path can be turned back into a line and
 * column. Syntax errors come back as issues with their position rather than as thrown YAML errors.
 * @module
 */
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { ConfigIssue } from "./config-error";
import type { KeyPath } from "./config-issue";

export type TextPosition = { line: number; column: number };

export type YamlSource = {
  /** The document as plain data; null for an empty document. */
  value: unknown;
  /**
   * Where the value at `path` starts (its key instead with `atKey`). When the path is absent from the text
   * (a missing key, a default), the nearest ancestor that is present; undefined for an empty document.
   */
  positionOf(path: KeyPath, atKey?: boolean): TextPosition | undefined;
};

export type YamlParseResult = { ok: true; source: YamlSource } | { ok: false; issues: ConfigIssue[] };

/** Parses one YAML document. Duplicate keys and multiple documents are syntax errors. Never throws. */
export function parseYamlSource(text: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): TextPosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => ({
        path: "",
        message: `YAML syntax error: ${error.message}`,
        ...at(error.pos[0]),
      })),
    };
  }
  return {
    ok: true,
    source: {
      value: doc.toJS({ maxAliasCount: 100 }),
      positionOf: (path, atKey = false) => {
        const offset = offsetOf(doc, path, atKey);
        return offset === undefined ? undefined : at(offset);
      },
    },
  };
}

/** An empty node (`key:` with nothing after it) has no text of its own; its key is the better place. */
function startOf(node: unknown): number | undefined {
  const range = isNode(node) ? node.range : undefined;
  return range && range[1] > range[0] ? range[0] : undefined;
}

function offsetOf(doc: Document, path: KeyPath, atKey: boolean): number | undefined {
  let node: unknown = doc.contents;
  let best = startOf(node);
  for (const [index, segment] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (pair === undefined) return best;
      best = startOf(pair.key) ?? best;
      if (atKey && index === path.length - 1) return best;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
    } else {
      return best;
    }
    best = startOf(node) ?? best;
  }
  return best;
}
