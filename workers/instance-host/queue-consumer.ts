/**
 * The run queue's consumer (queue `dagflare-run-queue`): a batch of messages is one wake-up for the
 * daemon's dequeuer. Messages carry no work of their own (the runs table is the queue's truth), so the
 * whole batch is acknowledged once one dequeue pass has run, and retried as a whole if it failed.
 * @module
 */
import { RunQueueMessageSchema } from "../../shared/run-coordinator/run-queue-message";

/** Seconds before a batch whose dequeue pass failed is delivered again. */
export const RUN_QUEUE_RETRY_DELAY_SECONDS = 5;

/** What the consumer needs of the Daemon object's stub. */
export type DequeueTarget = { dequeue(reason: string): Promise<unknown> };

/** Never throws: a failed pass retries the batch after RUN_QUEUE_RETRY_DELAY_SECONDS. */
export async function consumeRunQueue(batch: MessageBatch, daemon: DequeueTarget): Promise<void> {
  try {
    await daemon.dequeue(`run queue: ${describeBatch(batch)}`);
    batch.ackAll();
  } catch (thrown) {
    console.error(`Dequeue pass for ${batch.messages.length} run queue message(s) failed; retrying`, thrown);
    batch.retryAll({ delaySeconds: RUN_QUEUE_RETRY_DELAY_SECONDS });
  }
}

/** The submitted run ids, for the log; a malformed message is still a valid wake-up. */
function describeBatch(batch: MessageBatch): string {
  const runIds = batch.messages.map(
    (message) => RunQueueMessageSchema.safeParse(message.body).data?.runId ?? "(malformed message)",
  );
  return runIds.length <= 3
    ? runIds.join(", ")
    : `${runIds.slice(0, 3).join(", ")} and ${runIds.length - 3} more`;
}
