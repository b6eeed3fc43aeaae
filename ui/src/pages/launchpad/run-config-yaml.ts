/**
 * The launchpad's YAML, read in the browser: a parsed document (kept for locating config paths in the
 * text) and its value, or the YAML syntax problems with their line and column. An empty document is the
 * empty config `{}`; anything but a mapping at the top is a problem too.
 * @module
 */
import { isMap, parseDocument, type Document } from "yaml";

export type YamlProblem = {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly from: number;
  readonly to: number;
};

export type ParsedRunConfig =
  | { readonly kind: "ok"; readonly value: Record<string, unknown>; readonly document: Document.Parsed }
  | { readonly kind: "syntax"; readonly problems: readonly YamlProblem[] };

export function parseRunConfigYaml(text: string): ParsedRunConfig {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    return {
      kind: "syntax",
      problems: document.errors.map((error) => {
        const [start, end] = error.pos;
        const position = error.linePos?.[0] ?? { line: 1, col: 1 };
        return {
          message: firstLine(error.message),
          line: position.line,
          column: position.col,
          from: start,
          to: end,
        };
      }),
    };
  }
  if (document.contents === null) return { kind: "ok", value: {}, document };
  if (!isMap(document.contents)) {
    const [from = 0, to = text.length] = document.contents.range ?? [];
    return {
      kind: "syntax",
      problems: [
        {
          message: "The run config must be a mapping of keys to values (e.g. `ops:`) at the top level",
          line: 1,
          column: 1,
          from,
          to,
        },
      ],
    };
  }
  return { kind: "ok", value: document.toJS() as Record<string, unknown>, document };
}

/** yaml's messages end with " at line L, column C:" and a code excerpt; the position is shown separately. */
function firstLine(message: string): string {
  return message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message;
}
