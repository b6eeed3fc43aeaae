/**
 * What run workers call back on the instance (the instance host's `InstanceApi` entrypoint, by service
 * binding; the same over authenticated HTTP for run workers outside Cloudflare). Run workers never touch
 * storage directly, so a code location needs no database binding and the storage backend stays swappable.
 * @module
 */
import type { ComputeLogBatch } from "../storage/compute-logs/compute-log-manager";
import type { NewEvent } from "../storage/event-log-storage";
import type { RunRecord } from "../storage/run-storage";
import type { ClaimResult, SlotClaim } from "../concurrency/concurrency-ledger";

export interface InstanceApi {
  /**
   * Appends a run's events in order (one batch per call). Storing a terminal run event frees the run's
   * coordinator slot at once. Throws NOT_FOUND for an unknown run, writing nothing.
   */
  storeEvents(events: NewEvent[]): Promise<void>;
  /** The run as stored, or null; run workers read it to notice a termination request (status CANCELING). */
  getRun(runId: string): Promise<RunRecord | null>;
  /**
   * Stores captured stdout/stderr through the instance's compute log manager: the batch's chunks, then
   * the captures it completes. Idempotent (chunks carry their byte offsets). Throws BAD_REQUEST naming
   * the field of a malformed batch.
   */
  storeComputeLogs(batch: ComputeLogBatch): Promise<void>;
  /** Claims a slot of an op concurrency pool for a step (idempotent: a step holding one gets CLAIMED again). */
  claimPoolSlot(claim: SlotClaim): Promise<ClaimResult>;
  /** Frees the step's pool slot and any wait of it; idempotent. */
  freePoolSlot(runId: string, stepKey: string): Promise<void>;
}
