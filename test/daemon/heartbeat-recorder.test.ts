/**
 * Sub-daemon heartbeats over real D1: written at most every 30 s unless an iteration failed, carrying
 * the last 5 errors of the past 300 s, newest first. Time is a parameter, so no test waits.
 */
import { describe, expect, it } from "vitest";
import { HeartbeatRecorder } from "../../durable-objects/daemon/heartbeat-recorder";
import type { SerializableError } from "../../shared/errors/serializable-error";
import { storage } from "./daemon-harness";

const error = (message: string): SerializableError => ({ message, className: "Error", stack: [] });
const heartbeat = async () =>
  (await storage.daemon.getHeartbeats()).find((beat) => beat.daemonType === "SENSOR");
const t0 = 1_800_000_000_000;

describe("HeartbeatRecorder", () => {
  it("writes at once after a failure, then at most every 30 s, dropping errors older than 300 s", async () => {
    const recorder = new HeartbeatRecorder("daemon-1");
    await recorder.record(storage.daemon, "SENSOR", t0, null);
    expect(await heartbeat()).toEqual({
      daemonType: "SENSOR",
      daemonId: "daemon-1",
      timestamp: t0 / 1000,
      errors: [],
    });

    await recorder.record(storage.daemon, "SENSOR", t0 + 1_000, error("boom"));
    expect(await heartbeat()).toMatchObject({
      timestamp: (t0 + 1_000) / 1000,
      errors: [{ message: "boom" }],
    });

    await recorder.record(storage.daemon, "SENSOR", t0 + 2_000, null);
    expect((await heartbeat())?.timestamp).toBe((t0 + 1_000) / 1000);

    await recorder.record(storage.daemon, "SENSOR", t0 + 31_000, null);
    expect(await heartbeat()).toMatchObject({
      timestamp: (t0 + 31_000) / 1000,
      errors: [{ message: "boom" }],
    });

    await recorder.record(storage.daemon, "SENSOR", t0 + 301_000, null);
    expect(await heartbeat()).toMatchObject({ timestamp: (t0 + 301_000) / 1000, errors: [] });
  });

  it("keeps the 5 most recent errors, newest first", async () => {
    const recorder = new HeartbeatRecorder("daemon-2");
    for (let index = 1; index <= 7; index += 1)
      await recorder.record(storage.daemon, "SENSOR", t0 + index * 1000, error(`error ${index}`));
    expect((await heartbeat())?.errors.map((entry) => entry.message)).toEqual([
      "error 7",
      "error 6",
      "error 5",
      "error 4",
      "error 3",
    ]);
  });
});
