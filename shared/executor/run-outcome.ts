/**
 * How a run ended, as the executor reports it and the run worker records it.
 * @module
 */
import { z } from "zod";
import { SerializableErrorSchema } from "../errors/serializable-error";

export const RunOutcomeSchema = z.object({
  status: z.enum(["SUCCESS", "FAILURE", "CANCELED"]),
  /** Steps whose last attempt failed, in plan order. */
  failedStepKeys: z.array(z.string()),
  /** Why the run failed when it failed before executing any step (bad plan or executor config). */
  error: SerializableErrorSchema.optional(),
});
export type RunOutcome = z.infer<typeof RunOutcomeSchema>;
