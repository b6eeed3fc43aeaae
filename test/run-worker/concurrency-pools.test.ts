/**
 * Op concurrency pools across runs: two runs of pooled_job executing at once in their own RunWorker objects
 * share the "warehouse" pool's limit through the one ConcurrencyCoordinator object, and a terminated run's
 * slots are freed.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CONCURRENCY_OBJECT_NAME } from "../../shared/concurrency/concurrency-coordinator";
import { addStartingRun, eventsOf, launcher, storage, waitForEvent, waitForRun } from "./launched-runs";

const coordinator = () => env.CONCURRENCY.getByName(CONCURRENCY_OBJECT_NAME);
const POOL = "warehouse";

describe("op concurrency pools", () => {
  it("never lets more steps hold the pool than its limit across two concurrent runs", async () => {
    await coordinator().setLimit(POOL, 1);
    const runConfig = { ops: { write_a: { config: { ms: 400 } }, write_b: { config: { ms: 400 } } } };
    const runs = [
      await addStartingRun("pooled_job", { runConfig }),
      await addStartingRun("pooled_job", { runConfig }),
    ];
    await Promise.all(runs.map((run) => launcher.launchRun(run)));
    let most = 0;
    let waitedSeen = 0;
    const observing = (async () => {
      while (
        !(await Promise.all(runs.map((run) => storage.runs.getRun(run.runId)))).every(
          (run) => run?.status === "SUCCESS" || run?.status === "FAILURE",
        )
      ) {
        const info = await coordinator().pool(POOL);
        most = Math.max(most, info.holders.length);
        waitedSeen = Math.max(waitedSeen, info.waiting.length);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    for (const run of runs) expect((await waitForRun(run.runId)).status).toBe("SUCCESS");
    await observing;
    expect(most).toBe(1);
    expect(waitedSeen).toBeGreaterThan(0);
    const waits = (await Promise.all(runs.map((run) => eventsOf(run.runId))))
      .flat()
      .filter((event) => event.message.includes(`is waiting for a slot of pool "${POOL}"`));
    expect(waits.length).toBeGreaterThan(0);
    expect((await coordinator().pool(POOL)).holders).toEqual([]);
  });

  it("frees a terminated run's slot, so a waiting run goes ahead", async () => {
    await coordinator().setLimit(POOL, 1);
    const holder = await addStartingRun("pooled_job", {
      runConfig: { ops: { write_a: { config: { ms: 60_000 } } } },
    });
    await launcher.launchRun(holder);
    await waitForEvent(holder.runId, "STEP_START");
    expect((await coordinator().pool(POOL)).holders.map((slot) => slot.runId)).toEqual([holder.runId]);
    const waiter = await addStartingRun("pooled_job");
    await launcher.launchRun(waiter);
    await waitForEvent(waiter.runId, "ENGINE_EVENT", 20_000, (event) =>
      event.message.includes("is waiting for a slot"),
    );
    await launcher.terminate(holder);
    expect((await waitForRun(holder.runId)).status).toBe("CANCELED");
    expect((await waitForRun(waiter.runId)).status).toBe("SUCCESS");
    expect((await coordinator().pool(POOL)).holders).toEqual([]);
  });
});
