/**
 * The IOManager contract against both implementations (the key-value default over the run worker's
 * storage, R2 over a real local bucket), what only one of them does, and how run config picks one.
 */
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { loadExampleDefinitions } from "../../../examples/example-location/definitions";
import { createIOManager } from "../../../shared/io-manager/create-io-manager";
import { KeyValueIOManager } from "../../../shared/io-manager/kv-io-manager";
import { R2IOManager, type ObjectStore } from "../../../shared/io-manager/r2-io-manager";
import { validateRunConfig } from "../../../shared/run-config/validate-run-config";
import { MemoryKeyValueStore } from "../../../shared/storage/key-value-store";
import { describeIOManager, ioRejection, outputRef as ref } from "../../contracts/io-manager.contract";

let miniflare: Miniflare;
let bucket: R2Bucket;
beforeAll(async () => {
  miniflare = new Miniflare({
    modules: true,
    script: "export default { fetch() { return new Response(null) } }",
    r2Buckets: ["OUTPUTS"],
  });
  bucket = (await miniflare.getR2Bucket("OUTPUTS")) as unknown as R2Bucket;
});
afterAll(() => miniflare.dispose());

const kv = new MemoryKeyValueStore();
describeIOManager("KeyValueIOManager", () => new KeyValueIOManager(kv));
describeIOManager("R2IOManager over a real (local) R2 bucket", () => new R2IOManager(bucket));

describe("KeyValueIOManager", () => {
  it("rejects an output over its size limit, saying how to keep it in R2", async () => {
    const io = new KeyValueIOManager(new MemoryKeyValueStore(), { maxOutputBytes: 1024 });
    await io.handleOutput(ref("small"), "x".repeat(1000));
    const error = await ioRejection(io.handleOutput(ref("large"), "x".repeat(3000)));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(
      'output "result" of step "large" (run run-1) is 2.9 KiB as JSON, over the 1.0 KiB limit of the default (key-value) IO manager, which keeps outputs in the run worker\'s storage; keep large outputs in R2 with run config resources.io_manager.config.r2.binding: <an R2 bucket binding of the code location>',
    );
    expect(await ioRejection(io.loadInput(ref("large")))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("R2IOManager", () => {
  it("writes each output to runs/<runId>/<stepKey>/<outputName>.json", async () => {
    await new R2IOManager(bucket).handleOutput(ref("extract", "rows", "run-9"), ["a", "b"]);
    expect(R2IOManager.objectKey(ref("extract", "rows", "run-9"))).toBe("runs/run-9/extract/rows.json");
    expect(await (await bucket.get("runs/run-9/extract/rows.json"))?.text()).toBe('["a","b"]');
  });

  it("accepts an R2 bucket binding as its object store", () => {
    expectTypeOf<R2Bucket>().toExtend<ObjectStore>();
  });
});

describe("createIOManager: resources.io_manager in run config", () => {
  const host = () => ({
    kv: new MemoryKeyValueStore(),
    env: { OUTPUTS: bucket, NOT_A_BUCKET: "text" },
    where: "this run worker",
  });

  it("keeps outputs in the run worker's storage by default and with kv", () => {
    expect(createIOManager({}, host())).toBeInstanceOf(KeyValueIOManager);
    expect(createIOManager({ resources: { io_manager: {} } }, host())).toBeInstanceOf(KeyValueIOManager);
    expect(createIOManager({ resources: { io_manager: { config: { kv: {} } } } }, host())).toBeInstanceOf(
      KeyValueIOManager,
    );
  });

  it("keeps them in the bucket r2.binding names", async () => {
    const io = createIOManager(
      { resources: { io_manager: { config: { r2: { binding: "OUTPUTS" } } } } },
      host(),
    );
    expect(io).toBeInstanceOf(R2IOManager);
    await io.handleOutput(ref("chosen", "result", "run-r2"), 7);
    expect(await (await bucket.get("runs/run-r2/chosen/result.json"))?.text()).toBe("7");
  });

  it("names the run-config path of a binding the run worker lacks, and the wrangler.toml entry to add", () => {
    for (const binding of ["NO_BUCKET", "NOT_A_BUCKET"]) {
      expect(() =>
        createIOManager({ resources: { io_manager: { config: { r2: { binding } } } } }, host()),
      ).toThrow(
        expect.objectContaining({
          code: "INVALID_RUN_CONFIG",
          message: `invalid run config: resources.io_manager.config.r2.binding: this run worker has no R2 binding named ${binding}; add an [[r2_buckets]] entry with binding = "${binding}" to the code location's wrangler.toml`,
        }),
      );
    }
  });

  it("names the path of a config that picks no IO manager, two, or an r2 without its binding", () => {
    const invalid = (config: unknown, message: string) =>
      expect(() => createIOManager({ resources: { io_manager: { config } } }, host())).toThrow(
        expect.objectContaining({ code: "INVALID_RUN_CONFIG", message: `invalid run config: ${message}` }),
      );
    invalid({}, "resources.io_manager.config: expected exactly one IO manager: kv or r2");
    invalid(
      { kv: {}, r2: { binding: "OUTPUTS" } },
      "resources.io_manager.config: expected exactly one IO manager: kv or r2",
    );
    invalid(
      { r2: {} },
      "resources.io_manager.config.r2.binding: Invalid input: expected string, received undefined",
    );
  });
});

describe("resources.io_manager in a job's run config schema", () => {
  const schemaOf = async (jobName: string) => {
    const job = (await loadExampleDefinitions().snapshot()).jobs.find((entry) => entry.name === jobName);
    if (!job) throw new Error(`test setup: no job ${jobName}`);
    return job.runConfigSchema;
  };

  it("is offered by every job, optional, and accepts kv or r2 with a binding", async () => {
    for (const jobName of ["hello_job", "etl_job"]) {
      const schema = await schemaOf(jobName);
      const base =
        jobName === "etl_job" ? { ops: { extract: { config: { source_url: "s3://b/a.csv" } } } } : {};
      expect(validateRunConfig(base, schema)).toEqual([]);
      expect(
        validateRunConfig(
          { ...base, resources: { io_manager: { config: { r2: { binding: "OUTPUTS" } } } } },
          schema,
        ),
      ).toEqual([]);
      expect(
        validateRunConfig({ ...base, resources: { io_manager: { config: { kv: {} } } } }, schema),
      ).toEqual([]);
    }
  });

  it("reports an r2 without its binding, and an unknown IO manager, at their run-config paths", async () => {
    const schema = await schemaOf("hello_job");
    const [missing] = validateRunConfig({ resources: { io_manager: { config: { r2: {} } } } }, schema);
    expect(missing).toMatchObject({
      reason: "MISSING_REQUIRED_FIELD",
      path: ["resources", "io_manager", "config", "r2"],
    });
    expect(missing?.message).toContain('"binding"');
    const [unknown] = validateRunConfig({ resources: { io_manager: { config: { s3: {} } } } }, schema);
    expect(unknown).toMatchObject({ path: ["resources", "io_manager", "config"] });
    expect(unknown?.message).toContain("s3");
  });
});
