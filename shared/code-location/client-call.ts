/**
 * The one place client answers cross the trust boundary: a call's transport failure or an answer that
 * does not match the protocol becomes CODE_LOCATION_UNAVAILABLE naming the location and the method.
 * @module
 */
import type { z } from "zod";
import { formatZodIssues } from "../errors/format-zod-issues";
import { DagflareError } from "../errors/dagflare-error";

/**
 * Runs `call` and parses its answer with `schema`.
 * @throws DagflareError CODE_LOCATION_UNAVAILABLE `"<location>: <method> ..."` with the cause attached.
 */
export async function callLocation<S extends z.ZodType>(
  locationName: string,
  method: string,
  schema: S,
  call: () => Promise<unknown>,
): Promise<z.output<S>> {
  let answer: unknown;
  try {
    answer = await call();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DagflareError("CODE_LOCATION_UNAVAILABLE", `${locationName}: ${method} failed: ${message}`, {
      cause: error,
    });
  }
  const parsed = schema.safeParse(answer);
  if (!parsed.success) {
    throw new DagflareError(
      "CODE_LOCATION_UNAVAILABLE",
      `${locationName}: ${method} answered something that is not protocol v1: ${formatZodIssues(parsed.error, "answer")}`,
    );
  }
  return parsed.data;
}
