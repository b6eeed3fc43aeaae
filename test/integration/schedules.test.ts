/**
 * The example every_minute schedule under wrangler dev, in real time: started over GraphQL, it makes a
 * hello_job run at the next minute boundary, on time, tagged with its schedule; stopped, it makes no more.
 */
import { describe, expect, it } from "vitest";
import { graphql } from "./graphql";
import { waitForStatus } from "./run-helpers";

const selector = {
  repositoryLocationName: "example",
  repositoryName: "__repository__",
  scheduleName: "every_minute",
};
type Tick = { status: string; timestamp: number; runIds: string[] };
type ScheduleState = { id: string; status: string; ticks: Tick[] };

async function scheduleState(): Promise<ScheduleState> {
  const data = await graphql<{ scheduleOrError: { scheduleState: ScheduleState } }>(
    `query ($selector: ScheduleSelector!) { scheduleOrError(scheduleSelector: $selector) {
      ... on Schedule { scheduleState { id status ticks(limit: 5) { status timestamp runIds } } }
    } }`,
    { selector },
  );
  return data.scheduleOrError.scheduleState;
}

describe("every_minute", () => {
  it("ticks at the next minute boundary with a tagged hello_job run, and stops when stopped", async () => {
    const started = await graphql<{ startSchedule: { scheduleState: ScheduleState } }>(
      "mutation ($selector: ScheduleSelector!) { startSchedule(scheduleSelector: $selector) { ... on ScheduleStateResult { scheduleState { id status ticks { status timestamp runIds } } } } }",
      { selector },
    );
    expect(started.startSchedule.scheduleState.status).toBe("RUNNING");

    const deadline = Date.now() + 75_000;
    let tick: Tick | undefined;
    while (!tick && Date.now() < deadline) {
      tick = (await scheduleState()).ticks.find((candidate) => candidate.status === "SUCCESS");
      if (!tick) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(tick, "no SUCCESS tick within 75 s").toBeDefined();
    expect((tick?.timestamp ?? 0) % 60).toBe(0);
    const runId = tick?.runIds[0] ?? "";
    const run = await graphql<{
      runOrError: { jobName: string; creationTime: number; tags: { key: string; value: string }[] };
    }>(
      "query ($runId: ID!) { runOrError(runId: $runId) { ... on Run { jobName creationTime tags { key value } } } }",
      { runId },
    );
    expect(run.runOrError.jobName).toBe("hello_job");
    expect(run.runOrError.tags).toEqual(
      expect.arrayContaining([{ key: "dagster/schedule_name", value: "every_minute" }]),
    );
    // Created within a second of its scheduled time (the daemon's alarm is armed for the tick itself).
    expect(run.runOrError.creationTime - (tick?.timestamp ?? 0)).toBeLessThan(1);
    expect(await waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");

    await graphql("mutation ($id: String!) { stopRunningSchedule(id: $id) { __typename } }", {
      id: started.startSchedule.scheduleState.id,
    });
    expect((await scheduleState()).status).toBe("STOPPED");
  }, 120_000);
});
