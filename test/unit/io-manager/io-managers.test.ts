import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { DagflareError } from "../../../shared/errors/dagflare-error";
import type { IOManager, OutputRef } from "../../../shared/io-manager/io-manager";
import { KeyValueIOManager } from "../../../shared/io-manager/kv-io-manager";
import { withParentRunOutputs } from "../../../shared/io-manager/parent-run-outputs";
import { R2IOManager, type ObjectStore } from "../../../shared/io-manager/r2-io-manager";
import { MemoryKeyValueStore } from "../../../shared/storage/key-value-store";

const ref = (stepKey: string, outputName = "result", runId = "run-1"): OutputRef => ({ runId, stepKey, outputName });

async function rejection(promise: Promise<unknown>): Promise<DagflareError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (error instanceof DagflareError) return error;
  throw new Error(`expected a DagflareError, got ${String(error)}`);
}

/** What every IO manager does, whatever it stores outputs in. */
function describeIOManager(name: string, make: () => IOManager) {
  describe(`${name}: the IOManager contract`, () => {
    it("returns what was stored, as JSON, per run, step and output", async () => {
      const io = make();
      await io.handleOutput(ref("a"), { rows: [1, 2], label: "x" });
      await io.handleOutput(ref("a", "other"), null);
      await io.handleOutput(ref("a", "result", "run-2"), "another run");
      expect(await io.loadInput(ref("a"))).toEqual({ rows: [1, 2], label: "x" });
      expect(await io.loadInput(ref("a", "other"))).toBeNull();
      expect(await io.loadInput(ref("a", "result", "run-2"))).toBe("another run");
    });

    it("replaces an output stored again (a re-run step)", async () => {
      const io = make();
      await io.handleOutput(ref("a"), 1);
      await io.handleOutput(ref("a"), 2);
      expect(await io.loadInput(ref("a"))).toBe(2);
    });

    it("rejects a missing output with NOT_FOUND naming it", async () => {
      const error = await rejection(make().loadInput(ref("nope", "rows")));
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toContain('output "rows" of step "nope" (run run-1)');
    });

    it("rejects a value that is not JSON, naming the output", async () => {
      const error = await rejection(make().handleOutput(ref("a"), { big: 10n }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/^output "result" of step "a" \(run run-1\) cannot be stored: it is not JSON-serializable/);
    });
  });
}

describeIOManager("KeyValueIOManager", () => new KeyValueIOManager(new MemoryKeyValueStore()));

describe("KeyValueIOManager", () => {
  it("rejects an output over its size limit, pointing to the R2 IO manager", async () => {
    const io = new KeyValueIOManager(new MemoryKeyValueStore(), { maxOutputBytes: 1024 });
    await io.handleOutput(ref("small"), "x".repeat(1000));
    const error = await rejection(io.handleOutput(ref("large"), "x".repeat(3000)));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(
      'output "result" of step "large" (run run-1) is 2.9 KiB as JSON, over the 1.0 KiB limit of the default (key-value) IO manager, which keeps outputs in the run worker\'s storage; store large outputs with the R2 IO manager',
    );
    expect(await rejection(io.loadInput(ref("large")))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("R2IOManager over a real (local) R2 bucket", () => {
  let miniflare: Miniflare;
  let bucket: ObjectStore;
  beforeAll(async () => {
    miniflare = new Miniflare({ modules: true, script: "export default { fetch() { return new Response(null) } }", r2Buckets: ["OUTPUTS"] });
    bucket = await miniflare.getR2Bucket("OUTPUTS");
  });
  afterAll(() => miniflare.dispose());

  describeIOManager("R2IOManager", () => new R2IOManager(bucket));

  it("writes each output to runs/<runId>/<stepKey>/<outputName>.json", async () => {
    await new R2IOManager(bucket).handleOutput(ref("extract", "rows", "run-9"), ["a", "b"]);
    expect(R2IOManager.objectKey(ref("extract", "rows", "run-9"))).toBe("runs/run-9/extract/rows.json");
    expect(await (await bucket.get("runs/run-9/extract/rows.json"))?.text()).toBe('["a","b"]');
  });

  it("accepts an R2 bucket binding as its object store", () => {
    expectTypeOf<R2Bucket>().toExtend<ObjectStore>();
  });
});

describe("withParentRunOutputs", () => {
  it("loads this run's outputs from its IO manager and other runs' through the lookup", async () => {
    const parent = new KeyValueIOManager(new MemoryKeyValueStore());
    await parent.handleOutput(ref("extract", "result", "run-1"), "from the parent");
    const asked: OutputRef[] = [];
    const child = withParentRunOutputs(new KeyValueIOManager(new MemoryKeyValueStore()), "run-2", (lookedUp) => {
      asked.push(lookedUp);
      return parent.loadInput(lookedUp);
    });
    await child.handleOutput(ref("load", "result", "run-2"), "mine");
    expect(await child.loadInput(ref("load", "result", "run-2"))).toBe("mine");
    expect(await child.loadInput(ref("extract", "result", "run-1"))).toBe("from the parent");
    expect(asked).toEqual([ref("extract", "result", "run-1")]);
    expect(await rejection(child.loadInput(ref("missing", "result", "run-1")))).toMatchObject({ code: "NOT_FOUND" });
  });
});
