/**
 * Dagster's `RunConfigData` GraphQL scalar: a run config given either as a JSON object or as a string of
 * YAML (JSON being YAML too), as the launchpad and Python clients send it.
 * @module
 */
import { LineCounter, parseDocument, type Document } from "yaml";
import { DagflareError } from "../errors/dagflare-error";
import { isPlainObject, jsonTypeOf } from "./json-value";

/**
 * Run config data that cannot be read as a run config: YAML that does not parse (YAML_SYNTAX_ERROR) or a
 * value that is not a mapping (RUNTIME_TYPE_MISMATCH, Dagster's reason for a wrongly typed value). The
 * message names the line and column in YAML text.
 */
export class RunConfigDataError extends DagflareError {
  constructor(
    readonly reason: "YAML_SYNTAX_ERROR" | "RUNTIME_TYPE_MISMATCH",
    message: string,
    options?: { cause?: unknown },
  ) {
    super("INVALID_RUN_CONFIG", message, options);
  }
}

/**
 * The run config as an object: an object is returned as is (not copied), a string is parsed as YAML,
 * and null, undefined, "" or a YAML document with no content mean `{}`.
 * Throws RunConfigDataError (a DagflareError INVALID_RUN_CONFIG) for a YAML syntax error (naming its line
 * and column) and for anything that is not a mapping at the top level (a list, a scalar).
 */
export function parseRunConfigData(input: unknown): Record<string, unknown> {
  if (input === null || input === undefined) return {};
  if (isPlainObject(input)) return input;
  if (typeof input !== "string") throw notAMapping(jsonTypeOf(input));
  const lineCounter = new LineCounter();
  const document = parseDocument(input, { lineCounter, prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new RunConfigDataError(
      "YAML_SYNTAX_ERROR",
      `Run config is not valid YAML: ${error.message} at line ${line}, column ${col}.`,
      { cause: error },
    );
  }
  const value = toJS(document);
  if (value === null || value === undefined) return {};
  if (isPlainObject(value)) return value;
  const start = document.contents?.range[0] ?? 0;
  const { line, col } = lineCounter.linePos(start);
  throw notAMapping(jsonTypeOf(value), ` at line ${line}, column ${col}`);
}

/** Building the value can still fail (e.g. too many aliases, yaml's guard against "billion laughs"). */
function toJS(document: Document.Parsed): unknown {
  try {
    return document.toJS();
  } catch (error) {
    throw new RunConfigDataError(
      "YAML_SYNTAX_ERROR",
      `Run config YAML could not be read: ${error instanceof Error ? error.message : String(error)}.`,
      { cause: error },
    );
  }
}

function notAMapping(type: string, where = ""): RunConfigDataError {
  const message = `Run config must be a mapping of top-level entries (ops, resources, execution), got a value of type "${type}"${where}.`;
  return new RunConfigDataError("RUNTIME_TYPE_MISMATCH", message);
}
