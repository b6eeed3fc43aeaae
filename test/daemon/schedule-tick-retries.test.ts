/**
 * `schedules.max_tick_retries` (Dagster's): a FAILURE tick is run again at the following scheduler
 * iterations, as the same tick, until it succeeds or has failed max_tick_retries + 1 times; then the
 * schedule moves past it. Driven with the example location's every_minute schedule served as location
 * "retrying", whose cached snapshot keeps it loaded while its evaluations fail (a URL nothing answers).
 */
import { describe, expect, it } from "vitest";
import { schedulerSubDaemon } from "../../shared/daemon/scheduler/scheduler-sub-daemon";
import type { CodeLocationConfig } from "../../shared/config/workspace-config";
import { instigatorSelectorId } from "../../shared/scheduling/instigator-selector";
import { getInstance } from "../../workers/instance-host/get-instance";
import { storage, ticksOf, waitForRun, webserverEnv, workspaceOf } from "./daemon-harness";

const serving: CodeLocationConfig = {
  locationName: "retrying",
  type: "service_binding",
  binding: "EXAMPLE_LOCATION",
};
const unanswered: CodeLocationConfig = {
  locationName: "retrying",
  type: "url",
  url: "http://127.0.0.1:9",
  headers: {},
};
const SELECTOR = instigatorSelectorId("retrying", "__repository__", "every_minute");
const MAX_TICK_RETRIES = 2;

/** One scheduler iteration at `epochSeconds` with the location as `location` and max_tick_retries 2. */
async function schedulerAt(location: CodeLocationConfig, epochSeconds: number): Promise<void> {
  const instance = getInstance(webserverEnv);
  const config = {
    ...instance.config,
    schedules: { ...instance.config.schedules, maxTickRetries: MAX_TICK_RETRIES },
  };
  await schedulerSubDaemon({ ...instance, config, workspace: workspaceOf(location) }).run(
    epochSeconds * 1000,
  );
}

describe("max_tick_retries", () => {
  it("runs a failed tick again at the next iterations, up to max_tick_retries times, then moves past it", async () => {
    const start = (Math.floor(Date.now() / 60_000) + 20 * 1440) * 60;
    await workspaceOf(serving).reload("retrying");
    await storage.schedules.putInstigatorState({
      selectorId: SELECTOR,
      name: "every_minute",
      type: "SCHEDULE",
      status: "RUNNING",
      locationName: "retrying",
      repositoryName: "__repository__",
      data: { startTimestamp: start - 1 },
    });

    await schedulerAt(unanswered, start + 1);
    expect(await ticksOf(SELECTOR)).toMatchObject([{ timestamp: start, status: "FAILURE", failureCount: 1 }]);
    await schedulerAt(unanswered, start + 11);
    await schedulerAt(unanswered, start + 21);
    const [exhausted] = await ticksOf(SELECTOR);
    expect(await ticksOf(SELECTOR)).toHaveLength(1);
    expect(exhausted).toMatchObject({
      timestamp: start,
      status: "FAILURE",
      failureCount: MAX_TICK_RETRIES + 1,
      runIds: [],
    });
    expect(exhausted?.error?.message).toBeTruthy();
    // Past its retries: even with the location answering again, that tick is not run again.
    await schedulerAt(serving, start + 31);
    expect(await ticksOf(SELECTOR)).toEqual([exhausted]);
    expect((await storage.schedules.getInstigatorState(SELECTOR))?.data.lastIterationTimestamp).toBe(start);

    // The next minute's tick fails once, then its retry succeeds: one tick, SUCCESS, with its run.
    await schedulerAt(unanswered, start + 61);
    await schedulerAt(serving, start + 71);
    const [, retried] = await ticksOf(SELECTOR);
    expect(await ticksOf(SELECTOR)).toHaveLength(2);
    expect(retried).toMatchObject({ timestamp: start + 60, status: "SUCCESS", failureCount: 1, error: null });
    expect(retried?.runIds).toHaveLength(1);
    // The launcher knows no location "retrying": the run ends as soon as the queue reaches it.
    await waitForRun(retried?.runIds[0] ?? "");
  });
});
