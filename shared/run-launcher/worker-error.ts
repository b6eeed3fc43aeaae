/**
 * A run worker's refusal (a SerializableError that crossed RPC or HTTP) as a DagflareError that keeps
 * its code (`DagflareError[NOT_FOUND]` stays NOT_FOUND), so callers can tell a user's mistake from a fault.
 * @module
 */
import {
  DagflareError,
  SYSTEM_ERROR_CODES,
  USER_ERROR_CODES,
  type DagflareErrorCode,
} from "../errors/dagflare-error";
import type { SerializableError } from "../errors/serializable-error";

const ERROR_CODES: readonly string[] = [...USER_ERROR_CODES, ...SYSTEM_ERROR_CODES];

function isErrorCode(code: string | undefined): code is DagflareErrorCode {
  return code !== undefined && ERROR_CODES.includes(code);
}

/** `"<context>: <the worker's message>"`, with the worker's code, else INTERNAL. */
export function workerError(context: string, error: SerializableError): DagflareError {
  const code = /^DagflareError\[(\w+)\]$/.exec(error.className)?.[1];
  return new DagflareError(isErrorCode(code) ? code : "INTERNAL", `${context}: ${error.message}`, {
    cause: error,
  });
}
