/**
 * A running schedule whose code location cannot load: each tick is a FAILURE carrying the load error,
 * the daemon goes on, and once the location loads again the next tick runs normally.
 */
import { describe, expect, it } from "vitest";
import { schedulerSubDaemon } from "../../shared/daemon/scheduler/scheduler-sub-daemon";
import type { CodeLocationConfig } from "../../shared/config/workspace-config";
import { instigatorSelectorId } from "../../shared/scheduling/instigator-selector";
import { getInstance } from "../../workers/instance-host/get-instance";
import { storage, waitForRun, webserverEnv, workspaceOf } from "./daemon-harness";

/** The location named "flaky": first a URL nothing listens on, then the example Worker by service binding. */
const down: CodeLocationConfig = {
  locationName: "flaky",
  type: "url",
  url: "http://127.0.0.1:9",
  headers: {},
};
const back: CodeLocationConfig = {
  locationName: "flaky",
  type: "service_binding",
  binding: "EXAMPLE_LOCATION",
};
const SELECTOR = instigatorSelectorId("flaky", "__repository__", "every_minute");

function schedulerWith(location: CodeLocationConfig) {
  const instance = getInstance(webserverEnv);
  return schedulerSubDaemon({ ...instance, workspace: workspaceOf(location) });
}

describe("a schedule whose location is down", () => {
  it("records FAILURE ticks with the load error, then recovers when the location is back", async () => {
    const start = (Math.floor(Date.now() / 60_000) + 10 * 1440) * 60;
    await storage.schedules.putInstigatorState({
      selectorId: SELECTOR,
      name: "every_minute",
      type: "SCHEDULE",
      status: "RUNNING",
      locationName: "flaky",
      repositoryName: "__repository__",
      data: { startTimestamp: start - 1, cronSchedule: "* * * * *", executionTimezone: "Europe/Berlin" },
    });

    await schedulerWith(down).run(start * 1000 + 500);
    const [failed] = await storage.schedules.getTicks(SELECTOR, { limit: 1 });
    expect(failed).toMatchObject({ status: "FAILURE", timestamp: start, runIds: [] });
    expect(failed?.error?.message).toMatch(/flaky/);

    await schedulerWith(back).run((start + 60) * 1000 + 500);
    const [recovered] = await storage.schedules.getTicks(SELECTOR, { limit: 1 });
    expect(recovered).toMatchObject({ status: "SUCCESS", timestamp: start + 60 });
    expect(recovered?.runIds).toHaveLength(1);
    await waitForRun(recovered?.runIds[0] ?? "");
  });
});
