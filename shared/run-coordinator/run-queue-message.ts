/**
 * The run queue's message (queue `dagflare-run-queue`, producer binding RUN_QUEUE). A message is only a
 * wake-up for the daemon's dequeuer: the runs table is the queue's truth, so a lost, duplicated or
 * reordered message changes nothing but latency.
 * @module
 */
import { z } from "zod";

export const RunQueueMessageSchema = z.object({ runId: z.string() });

export type RunQueueMessage = z.infer<typeof RunQueueMessageSchema>;
