/**
 * Turning schedules and sensors on and off over GraphQL, as the UI and Dagster's client do, with the
 * state written to real storage for the daemon to act on.
 */
import { describe, expect, it } from "vitest";
import { instanceStorage } from "../setup/instance-storage";
import { graphql } from "./graphql-client";

const storage = instanceStorage();
const repositorySelector = { repositoryLocationName: "example", repositoryName: "__repository__" };
const scheduleSelector = { ...repositorySelector, scheduleName: "every_minute" };
const sensorSelector = { ...repositorySelector, sensorName: "file_sensor" };

const STATE =
  "id status typeSpecificData { __typename ... on ScheduleData { startTimestamp } ... on SensorData { lastCursor } }";
type State = {
  id: string;
  status: string;
  typeSpecificData: { startTimestamp?: number | null; lastCursor?: string | null };
};

describe("schedules", () => {
  it("starts, stops and resets a schedule, storing its state for the daemon", async () => {
    const listed = await graphql<{ schedulesOrError: { results: { name: string; scheduleState: State }[] } }>(
      `query ($selector: RepositorySelector!) { schedulesOrError(repositorySelector: $selector) { ... on Schedules { results { name scheduleState { ${STATE} } } } } }`,
      { selector: repositorySelector },
    );
    expect(listed.schedulesOrError.results).toEqual([
      { name: "every_minute", scheduleState: expect.objectContaining({ status: "STOPPED" }) },
    ]);

    const before = Date.now() / 1000;
    const started = await graphql<{ startSchedule: { __typename: string; scheduleState: State } }>(
      `mutation ($selector: ScheduleSelector!) { startSchedule(scheduleSelector: $selector) { __typename ... on ScheduleStateResult { scheduleState { ${STATE} } } } }`,
      { selector: scheduleSelector },
    );
    expect(started.startSchedule.__typename).toBe("ScheduleStateResult");
    expect(started.startSchedule.scheduleState.status).toBe("RUNNING");
    expect(started.startSchedule.scheduleState.typeSpecificData.startTimestamp).toBeGreaterThanOrEqual(
      Math.floor(before),
    );
    const stored = await storage.schedules.getInstigatorState(started.startSchedule.scheduleState.id);
    expect(stored).toMatchObject({
      status: "RUNNING",
      type: "SCHEDULE",
      name: "every_minute",
      locationName: "example",
    });

    const running = await graphql<{ schedulesOrError: { results: { name: string }[] } }>(
      `query ($selector: RepositorySelector!) { schedulesOrError(repositorySelector: $selector, scheduleStatus: RUNNING) { ... on Schedules { results { name } } } }`,
      { selector: repositorySelector },
    );
    expect(running.schedulesOrError.results.map((schedule) => schedule.name)).toEqual(["every_minute"]);

    const stopped = await graphql<{ stopRunningSchedule: { scheduleState: State } }>(
      `mutation ($id: String!) { stopRunningSchedule(id: $id) { ... on ScheduleStateResult { scheduleState { ${STATE} } } } }`,
      { id: started.startSchedule.scheduleState.id },
    );
    expect(stopped.stopRunningSchedule.scheduleState.status).toBe("STOPPED");
    expect((await storage.schedules.getInstigatorState(started.startSchedule.scheduleState.id))?.status).toBe(
      "STOPPED",
    );

    await graphql(
      `mutation ($selector: ScheduleSelector!) { resetSchedule(scheduleSelector: $selector) { __typename } }`,
      { selector: scheduleSelector },
    );
    expect(await storage.schedules.getInstigatorState(started.startSchedule.scheduleState.id)).toBeNull();
  });

  it("answers ScheduleNotFoundError for an unknown schedule and RepositoryNotFoundError for an unknown repository", async () => {
    const data = await graphql<{
      scheduleOrError: { __typename: string; message: string };
      schedulesOrError: { __typename: string };
    }>(
      `query ($selector: ScheduleSelector!, $repository: RepositorySelector!) {
        scheduleOrError(scheduleSelector: $selector) { __typename ... on ScheduleNotFoundError { message } }
        schedulesOrError(repositorySelector: $repository) { __typename }
      }`,
      {
        selector: { ...scheduleSelector, scheduleName: "nope" },
        repository: { ...repositorySelector, repositoryName: "nope" },
      },
    );
    expect(data.scheduleOrError).toEqual({
      __typename: "ScheduleNotFoundError",
      message: "Could not find schedule nope in example.",
    });
    expect(data.schedulesOrError.__typename).toBe("RepositoryNotFoundError");
  });
});

describe("sensors", () => {
  it("starts a sensor, sets its cursor, stops and resets it", async () => {
    const started = await graphql<{ startSensor: { __typename: string; sensorState: State } }>(
      `mutation ($selector: SensorSelector!) { startSensor(sensorSelector: $selector) { __typename ... on Sensor { sensorState { ${STATE} } } } }`,
      { selector: sensorSelector },
    );
    expect(started.startSensor).toMatchObject({ __typename: "Sensor", sensorState: { status: "RUNNING" } });

    const cursor = await graphql<{ setSensorCursor: { sensorState: State } }>(
      `mutation ($selector: SensorSelector!) { setSensorCursor(sensorSelector: $selector, cursor: "file-0042") { ... on Sensor { sensorState { ${STATE} } } } }`,
      { selector: sensorSelector },
    );
    expect(cursor.setSensorCursor.sensorState).toMatchObject({
      status: "RUNNING",
      typeSpecificData: { lastCursor: "file-0042" },
    });

    const stopped = await graphql<{ stopSensor: { __typename: string; instigationState: State } }>(
      `mutation ($id: String!) { stopSensor(id: $id) { __typename ... on StopSensorMutationResult { instigationState { ${STATE} } } } }`,
      { id: started.startSensor.sensorState.id },
    );
    expect(stopped.stopSensor.instigationState).toMatchObject({
      status: "STOPPED",
      typeSpecificData: { lastCursor: "file-0042" },
    });

    const state = await graphql<{ instigationStateOrError: { __typename: string; status: string } }>(
      `query ($selector: InstigationSelector!) { instigationStateOrError(instigationSelector: $selector) { __typename ... on InstigationState { status } } }`,
      { selector: { ...repositorySelector, name: "file_sensor" } },
    );
    expect(state.instigationStateOrError).toEqual({ __typename: "InstigationState", status: "STOPPED" });

    const reset = await graphql<{ resetSensor: { sensorState: State } }>(
      `mutation ($selector: SensorSelector!) { resetSensor(sensorSelector: $selector) { ... on Sensor { sensorState { ${STATE} } } } }`,
      { selector: sensorSelector },
    );
    expect(reset.resetSensor.sensorState).toMatchObject({
      status: "STOPPED",
      typeSpecificData: { lastCursor: null },
    });
  });

  it("answers not-found members for unknown sensors and ids", async () => {
    const data = await graphql<{
      sensorOrError: { __typename: string };
      instigationStateOrError: { __typename: string };
    }>(
      `query ($selector: SensorSelector!) {
        sensorOrError(sensorSelector: $selector) { __typename }
        instigationStateOrError(id: "no:such:id") { __typename }
      }`,
      { selector: { ...sensorSelector, sensorName: "nope" } },
    );
    expect(data).toEqual({
      sensorOrError: { __typename: "SensorNotFoundError" },
      instigationStateOrError: { __typename: "InstigationStateNotFoundError" },
    });
  });
});
