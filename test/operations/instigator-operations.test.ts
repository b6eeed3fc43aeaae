/**
 * The schedule and sensor operations called directly, without GraphQL, over real D1 with the example
 * location bound: start, stop, reset and set a cursor, by selector and by state id, and each lookup
 * refusal. The stored instigator state is what the daemon acts on, so that is what is checked.
 */
import { describe, expect, it } from "vitest";
import { findInstigator } from "../../shared/operations/find-instigator";
import {
  resetInstigator,
  setSensorCursor,
  startInstigator,
  stopInstigator,
} from "../../shared/operations/instigators";
import { instigatorSelectorId } from "../../shared/scheduling/instigator-selector";
import { instanceWithUnboundLocation, newInstance } from "./instances";

const instance = newInstance();
const { storage } = instance;
const NOW = 1_900_000_000;
const example = { locationName: "example", repositoryName: "__repository__" };
const schedule = { type: "SCHEDULE", ...example, name: "every_minute" } as const;
const sensor = { type: "SENSOR", ...example, name: "file_sensor" } as const;
const scheduleId = instigatorSelectorId("example", "__repository__", "every_minute");
const sensorId = instigatorSelectorId("example", "__repository__", "file_sensor");

describe("schedules", () => {
  it("starts a schedule from the time given, and starting it again keeps that start", async () => {
    await resetInstigator(instance, schedule);
    const outcome = await startInstigator(instance, schedule, NOW);
    expect(outcome).toMatchObject({
      kind: "changed",
      selectorId: scheduleId,
      instigator: { type: "SCHEDULE", definition: { name: "every_minute" } },
    });
    expect(await storage.schedules.getInstigatorState(scheduleId)).toMatchObject({
      status: "RUNNING",
      type: "SCHEDULE",
      locationName: "example",
      data: { startTimestamp: NOW, cronSchedule: "* * * * *" },
    });

    await startInstigator(instance, schedule, NOW + 600);
    expect((await storage.schedules.getInstigatorState(scheduleId))?.data.startTimestamp).toBe(NOW);
  });

  it("stops a schedule by its state id, keeping its data, and reset forgets it", async () => {
    await startInstigator(instance, schedule, NOW);
    expect((await stopInstigator(instance, { type: "SCHEDULE", id: scheduleId })).kind).toBe("changed");
    expect(await storage.schedules.getInstigatorState(scheduleId)).toMatchObject({
      status: "STOPPED",
      data: { startTimestamp: NOW },
    });

    expect((await resetInstigator(instance, schedule)).kind).toBe("changed");
    expect(await storage.schedules.getInstigatorState(scheduleId)).toBeNull();
  });

  it("answers not_found for an unknown schedule, by selector and by id, and writes nothing", async () => {
    expect(await startInstigator(instance, { ...schedule, name: "nope" }, NOW)).toEqual({
      kind: "not_found",
      type: "SCHEDULE",
      name: "nope",
      message: "Could not find schedule nope in example.",
    });
    expect(await stopInstigator(instance, { type: "SCHEDULE", id: "example:__repository__:nope" })).toEqual({
      kind: "not_found",
      type: "SCHEDULE",
      name: "example:__repository__:nope",
      message: "No schedule has id example:__repository__:nope.",
    });
    expect(
      await storage.schedules.getInstigatorState(instigatorSelectorId("example", "__repository__", "nope")),
    ).toBeNull();
  });

  it("does not take a sensor's id for a schedule", async () => {
    expect((await stopInstigator(instance, { type: "SCHEDULE", id: sensorId })).kind).toBe("not_found");
  });

  it("answers repository_not_found for an unknown repository or location", async () => {
    expect(await startInstigator(instance, { ...schedule, repositoryName: "nope" }, NOW)).toEqual({
      kind: "repository_not_found",
      locationName: "example",
      repositoryName: "nope",
    });
    expect((await startInstigator(instance, { ...schedule, locationName: "nowhere" }, NOW)).kind).toBe(
      "repository_not_found",
    );
  });

  it("answers location_error with the load error of a location that cannot load", async () => {
    const outcome = await startInstigator(
      instanceWithUnboundLocation(),
      { ...schedule, locationName: "unbound" },
      NOW,
    );
    expect(outcome).toMatchObject({
      kind: "location_error",
      error: { message: expect.stringContaining("NO_SUCH_LOCATION") },
    });
  });
});

describe("sensors", () => {
  it("starts a sensor, sets its cursor keeping it running, stops it keeping the cursor, and resets it", async () => {
    await resetInstigator(instance, sensor);
    expect((await startInstigator(instance, sensor, NOW)).kind).toBe("changed");
    const started = await storage.schedules.getInstigatorState(sensorId);
    expect(started).toMatchObject({ status: "RUNNING", type: "SENSOR" });
    expect(started?.data.startTimestamp).toBeUndefined();

    await setSensorCursor(instance, sensor, "file-0042");
    expect(await storage.schedules.getInstigatorState(sensorId)).toMatchObject({
      status: "RUNNING",
      data: { cursor: "file-0042" },
    });

    await stopInstigator(instance, { type: "SENSOR", id: sensorId });
    expect(await storage.schedules.getInstigatorState(sensorId)).toMatchObject({
      status: "STOPPED",
      data: { cursor: "file-0042" },
    });

    await resetInstigator(instance, sensor);
    expect(await storage.schedules.getInstigatorState(sensorId)).toBeNull();
  });

  it("sets the cursor of a stopped sensor without starting it, and clears it with null", async () => {
    await resetInstigator(instance, sensor);
    await stopInstigator(instance, sensor);
    await setSensorCursor(instance, sensor, "file-0007");
    expect(await storage.schedules.getInstigatorState(sensorId)).toMatchObject({
      status: "STOPPED",
      data: { cursor: "file-0007" },
    });
    await setSensorCursor(instance, { type: "SENSOR", id: sensorId }, null);
    expect(await storage.schedules.getInstigatorState(sensorId)).toMatchObject({
      status: "STOPPED",
      data: { cursor: null },
    });
  });

  it("answers not_found for a cursor on an unknown sensor, and writes nothing", async () => {
    expect(await setSensorCursor(instance, { ...sensor, name: "nope" }, "x")).toEqual({
      kind: "not_found",
      type: "SENSOR",
      name: "nope",
      message: "Could not find sensor nope in example.",
    });
    expect(
      await storage.schedules.getInstigatorState(instigatorSelectorId("example", "__repository__", "nope")),
    ).toBeNull();
  });
});

describe("findInstigator", () => {
  it("finds the same instigator by selector and by its state id", async () => {
    const entries = await instance.workspace.entries();
    const bySelector = findInstigator(entries, sensor);
    expect(bySelector).toMatchObject({ kind: "found", selectorId: sensorId });
    expect(findInstigator(entries, { type: "SENSOR", id: sensorId })).toEqual(bySelector);
  });
});
