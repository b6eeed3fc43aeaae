/**
 * Runs of the example jobs executed end to end in RunWorker Durable Objects: the events and statuses
 * they leave in the instance's storage.
 */
import { describe, expect, it } from "vitest";
import { addStartingRun, launchToEnd, typesOf } from "./launched-runs";

describe("a launched run", () => {
  it("runs hello_job to SUCCESS with its step events and the op's log line", async () => {
    const run = await addStartingRun("hello_job");
    const events = await launchToEnd(run, "SUCCESS");
    expect(typesOf(events).filter((type) => type !== "ENGINE_EVENT")).toEqual(["RUN_START", "LOGS_CAPTURED", "STEP_START", "LOG", "STEP_OUTPUT", "HANDLED_OUTPUT", "STEP_SUCCESS", "RUN_SUCCESS"]);
    expect(events.find((event) => event.eventType === null)).toMatchObject({ stepKey: "hello", level: "INFO", message: `Hello from Dagflare (run ${run.runId})` });
  });

  it("fails failing_job on explode's user code error and skips after_explode", async () => {
    const events = await launchToEnd(await addStartingRun("failing_job"), "FAILURE");
    expect(typesOf(events, "prepare")).toContain("STEP_SUCCESS");
    const failure = events.find((event) => event.eventType === "STEP_FAILURE");
    expect(failure).toMatchObject({ stepKey: "explode", data: { errorSource: "USER_CODE_ERROR", error: { message: "explode: boom (value was 21)" } } });
    expect(typesOf(events, "after_explode")).toEqual(["STEP_SKIPPED"]);
    expect(typesOf(events).at(-1)).toBe("RUN_FAILURE");
  });

  it("retries retry_job's flaky op twice, then succeeds", async () => {
    const events = await launchToEnd(await addStartingRun("retry_job"), "SUCCESS");
    expect(typesOf(events, "flaky").filter((type) => type !== "LOG" && type !== "STEP_INPUT")).toEqual([
      "STEP_START",
      "STEP_UP_FOR_RETRY",
      "STEP_RESTARTED",
      "STEP_UP_FOR_RETRY",
      "STEP_RESTARTED",
      "STEP_OUTPUT",
      "HANDLED_OUTPUT",
      "STEP_SUCCESS",
    ]);
    expect(events.some((event) => event.message === "flaky: succeeded on attempt 2")).toBe(true);
  });

  it("runs etl_job with its run config: load's fan-in receives both counts", async () => {
    const runConfig = { ops: { extract: { config: { source_url: "s3://bucket/rows.csv", limit: 4 } } }, resources: { warehouse: { config: { table: "counts" } } } };
    const events = await launchToEnd(await addStartingRun("etl_job", { runConfig }), "SUCCESS");
    expect(events.filter((event) => event.eventType === "LOADED_INPUT" && event.stepKey === "load").map((event) => event.data?.upstreamStepKey)).toEqual(["transform_a", "transform_b"]);
    expect(events.some((event) => event.stepKey === "load" && event.message === "INSERT INTO counts VALUES (4, 4)")).toBe(true);
    expect(events.find((event) => event.eventType === "ASSET_MATERIALIZATION")).toMatchObject({ data: { assetKey: ["warehouse", "counts"], metadata: { total: 8 } } });
  });
});
