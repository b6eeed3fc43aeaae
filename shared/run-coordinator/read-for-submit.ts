/**
 * The idempotency check both coordinators make before submitting a run.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import type { RunRecord } from "../storage/run-storage";
import type { Storage } from "../storage/storage";

/**
 * The run as stored, and whether it still awaits submission (NOT_STARTED); any later status means it was
 * submitted already and must be left alone.
 * @throws DagflareError NOT_FOUND for an unknown run.
 */
export async function readForSubmit(
  storage: Storage,
  runId: string,
): Promise<{ stored: RunRecord; pending: boolean }> {
  const stored = await storage.runs.getRun(runId);
  if (!stored) throw new DagflareError("NOT_FOUND", `Run ${runId} not found: cannot submit it`);
  return { stored, pending: stored.status === "NOT_STARTED" };
}
