/**
 * Choosing the R2 IO manager in run config (`resources.io_manager.config.r2.binding`) for runs executed
 * in the example location's RunWorker objects: outputs land in the bucket (the test reads the same local
 * bucket), a re-execution loads its parent's outputs from there, and a binding the location lacks
 * refuses the launch naming the run-config path.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { R2IOManager } from "../../shared/io-manager/r2-io-manager";
import { addStartingRun, launcher, launchToEnd, typesOf } from "./launched-runs";

const outputs = Reflect.get(env, "OUTPUTS") as R2Bucket;
const inR2 = (binding: string) => ({ resources: { io_manager: { config: { r2: { binding } } } } });
const storedOutput = async (runId: string, stepKey: string, outputName = "result") => {
  const object = await outputs.get(R2IOManager.objectKey({ runId, stepKey, outputName }));
  return object === null ? undefined : JSON.parse(await object.text());
};

describe("resources.io_manager: r2", () => {
  it("keeps every step's output in the bucket, and downstream steps load them from there", async () => {
    const runConfig = {
      ...inR2("OUTPUTS"),
      ops: { extract: { config: { source_url: "s3://bucket/rows.csv", limit: 4 } } },
    };
    const run = await addStartingRun("etl_job", { runConfig });
    const events = await launchToEnd(run, "SUCCESS");
    expect(events.filter((event) => event.eventType === "HANDLED_OUTPUT")).toHaveLength(4);
    expect(
      events.some(
        (event) => event.stepKey === "load" && event.message === "INSERT INTO row_counts VALUES (4, 4)",
      ),
    ).toBe(true);
    expect(await storedOutput(run.runId, "transform_a")).toBe(4);
    expect(await storedOutput(run.runId, "extract", "rows")).toEqual([
      "s3://bucket/rows.csv#0",
      "s3://bucket/rows.csv#1",
      "s3://bucket/rows.csv#2",
      "s3://bucket/rows.csv#3",
    ]);
  });

  it("re-executes from failure on the parent run's outputs in the bucket", async () => {
    const parent = await addStartingRun("failing_job", { runConfig: inR2("OUTPUTS") });
    await launchToEnd(parent, "FAILURE");
    expect(await storedOutput(parent.runId, "prepare")).toBe(21);
    const child = await addStartingRun("failing_job", {
      runConfig: { ...inR2("OUTPUTS"), ops: { explode: { config: { fail: false } } } },
      stepKeysToExecute: ["explode", "after_explode"],
      parentRunId: parent.runId,
      rootRunId: parent.runId,
    });
    const events = await launchToEnd(child, "SUCCESS");
    expect(typesOf(events, "prepare")).toEqual([]);
    expect(
      events.some((event) => event.stepKey === "after_explode" && event.message === "after_explode got 42"),
    ).toBe(true);
    expect(await storedOutput(child.runId, "explode")).toBe(42);
    expect(await storedOutput(child.runId, "prepare")).toBeUndefined();
  });

  it("refuses to launch a run naming a bucket the location lacks, at the run-config path, starting nothing", async () => {
    const run = await addStartingRun("hello_job", { runConfig: inR2("NO_SUCH_BUCKET") });
    await expect(launcher.launchRun(run)).rejects.toMatchObject({
      code: "INVALID_RUN_CONFIG",
      message: expect.stringContaining(
        'invalid run config: resources.io_manager.config.r2.binding: this run worker has no R2 binding named NO_SUCH_BUCKET; add an [[r2_buckets]] entry with binding = "NO_SUCH_BUCKET" to the code location\'s wrangler.toml',
      ),
    });
    expect((await launcher.checkRunWorkerHealth(run)).status).toBe("NOT_FOUND");
  });
});
