/**
 * A run in progress while the PostgreSQL server restarts: its run worker's event writes fail while the
 * server is down (every connection cut), are sent again once it is back, and the run ends as it would have,
 * with every event stored exactly once.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { isFinished } from "../../../shared/storage/run-status";
import type { RunRecord } from "../../../shared/storage/run-storage";
import {
  addStartingRun,
  eventsOf,
  launcher,
  storage,
  typesOf,
  waitForEvent,
} from "../../run-worker/launched-runs";

async function restartPostgres(downMs: number): Promise<void> {
  const response = await fetch(`${env.TEST_POSTGRES_CONTROL_URL}/restart?downMs=${downMs}`, {
    method: "POST",
  });
  expect(response.status).toBe(202);
}

/** Polls until the run is finished, reading through the outage: a read while the server is down fails. */
async function waitForEnd(
  runId: string,
  timeoutMs: number,
): Promise<{ run: RunRecord; failedReads: number }> {
  const deadline = Date.now() + timeoutMs;
  let failedReads = 0;
  for (;;) {
    const run = await storage.runs.getRun(runId).catch((error: unknown) => {
      expect(error).toMatchObject({ code: "STORAGE_ERROR" });
      failedReads += 1;
      return null;
    });
    if (run !== null && isFinished(run.status)) return { run, failedReads };
    if (Date.now() > deadline)
      throw new Error(`run ${runId} is still ${run?.status ?? "unreadable"} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("PostgreSQL restarting mid-run", () => {
  it("lets the run end normally once the server is back, losing and repeating no event", async () => {
    const run = await addStartingRun("slow_job", {
      runConfig: { ops: { slow_op: { config: { seconds: 4 } } } },
    });
    await launcher.launchRun(run);
    await waitForEvent(run.runId, "STEP_START");
    await restartPostgres(1_500);
    const { run: ended, failedReads } = await waitForEnd(run.runId, 60_000);
    // The outage was real: reads failed while the server was down.
    expect(failedReads).toBeGreaterThan(0);
    expect(ended.status).toBe("SUCCESS");
    const events = await eventsOf(run.runId);
    const types = typesOf(events);
    expect(types.filter((type) => type === "RUN_START")).toHaveLength(1);
    expect(types.filter((type) => type === "STEP_START")).toHaveLength(1);
    expect(types.filter((type) => type === "STEP_SUCCESS")).toHaveLength(1);
    expect(types.at(-1)).toBe("RUN_SUCCESS");
    // Nothing stored twice: every event has its own storage id and message.
    expect(new Set(events.map((event) => event.storageId)).size).toBe(events.length);
  }, 90_000);
});
