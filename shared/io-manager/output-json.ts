/**
 * Outputs are stored as JSON, the form they crossed the code location protocol in, so every IO
 * manager stores and returns the same values.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import type { OutputRef } from "./io-manager";

export function describeOutput(ref: OutputRef): string {
  return `output "${ref.outputName}" of step "${ref.stepKey}" (run ${ref.runId})`;
}

/**
 * The JSON text of an output value.
 * @throws DagflareError BAD_REQUEST naming the output when the value is not JSON-serializable.
 */
export function outputToJson(ref: OutputRef, value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (error) {
    throw new DagflareError(
      "BAD_REQUEST",
      `${describeOutput(ref)} cannot be stored: it is not JSON-serializable (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  // JSON.stringify gives undefined for undefined; the SDK already turns a missing value into null.
  return json ?? "null";
}

export function outputNotFound(ref: OutputRef, where: string): DagflareError {
  return new DagflareError(
    "NOT_FOUND",
    `${describeOutput(ref)} is not in ${where}; was it produced, and by this run?`,
  );
}
