/**
 * Errors that cross a boundary (RPC, HTTP, queue, storage) travel as data: Workers RPC drops stacks and
 * own properties, so branch on `className`/`code` after a crossing, never on `instanceof`.
 * The shape mirrors Dagster's SerializableErrorInfo so GraphQL can serve it as a `PythonError`.
 * @module
 */
import { z } from "zod";

export type SerializableError = {
  message: string;
  className: string;
  stack: string[];
  cause?: SerializableError | undefined;
};

export const SerializableErrorSchema: z.ZodType<SerializableError> = z.lazy(() =>
  z.object({
    message: z.string(),
    className: z.string(),
    stack: z.array(z.string()),
    cause: SerializableErrorSchema.optional(),
  }),
);

/** Turns anything thrown into a SerializableError, keeping the cause chain (bounded, to survive cycles). */
export function toSerializableError(thrown: unknown, depth = 0): SerializableError {
  if (thrown instanceof Error) {
    const stack = (thrown.stack ?? "")
      .split("\n")
      .slice(1)
      .map((line) => `${line.trim()}\n`)
      .filter((line) => line.trim() !== "");
    const cause =
      thrown.cause !== undefined && depth < 5 ? toSerializableError(thrown.cause, depth + 1) : undefined;
    return { message: thrown.message, className: thrown.name, stack, ...(cause ? { cause } : {}) };
  }
  return { message: String(thrown), className: "Error", stack: [] };
}
