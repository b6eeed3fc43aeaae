/**
 * The IOManager contract: a step output stored is loaded back as JSON, per run, step and output;
 * storing again replaces it; a missing output is NOT_FOUND naming it; a value that is not JSON is
 * refused naming it; and, composed with withParentRunOutputs as a re-execution is, this run's outputs
 * come from the manager and a parent run's through the lookup. An implementation's test file calls
 * `describeIOManager(name, makeManager)`.
 * @module
 */
import { describe, expect, it } from "vitest";
import { DagflareError } from "../../shared/errors/dagflare-error";
import type { IOManager, OutputRef } from "../../shared/io-manager/io-manager";
import { withParentRunOutputs } from "../../shared/io-manager/parent-run-outputs";
import { uniqueId } from "./storage-fixtures";

export const outputRef = (stepKey: string, outputName = "result", runId = "run-1"): OutputRef => ({
  runId,
  stepKey,
  outputName,
});

/** The DagflareError `promise` rejects with (fails the test when it resolves or rejects with anything else). */
export async function ioRejection(promise: Promise<unknown>): Promise<DagflareError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (error instanceof DagflareError) return error;
  throw new Error(`expected a DagflareError, got ${String(error)}`);
}

/** `makeManager` gives a manager over storage that may be shared between calls: each test uses fresh run ids. */
export function describeIOManager(name: string, makeManager: () => IOManager): void {
  describe(`${name}: IOManager`, () => {
    it("returns what was stored, as JSON, per run, step and output", async () => {
      const [run, other] = [uniqueId("run"), uniqueId("run")];
      const io = makeManager();
      await io.handleOutput(outputRef("a", "result", run), { rows: [1, 2], label: "x" });
      await io.handleOutput(outputRef("a", "other", run), null);
      await io.handleOutput(outputRef("a", "result", other), "another run");
      expect(await io.loadInput(outputRef("a", "result", run))).toEqual({ rows: [1, 2], label: "x" });
      expect(await io.loadInput(outputRef("a", "other", run))).toBeNull();
      expect(await io.loadInput(outputRef("a", "result", other))).toBe("another run");
    });

    it("replaces an output stored again (a re-run step)", async () => {
      const ref = outputRef("a", "result", uniqueId("run"));
      const io = makeManager();
      await io.handleOutput(ref, 1);
      await io.handleOutput(ref, 2);
      expect(await io.loadInput(ref)).toBe(2);
    });

    it("rejects a missing output with NOT_FOUND naming it", async () => {
      const runId = uniqueId("run");
      const error = await ioRejection(makeManager().loadInput(outputRef("nope", "rows", runId)));
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toContain(`output "rows" of step "nope" (run ${runId})`);
    });

    it("rejects a value that is not JSON, naming the output", async () => {
      const runId = uniqueId("run");
      const error = await ioRejection(
        makeManager().handleOutput(outputRef("a", "result", runId), { big: 10n }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(
        error.message.startsWith(
          `output "result" of step "a" (run ${runId}) cannot be stored: it is not JSON-serializable`,
        ),
      ).toBe(true);
    });

    it("serves a re-execution: its own outputs from the manager, the parent run's through the lookup", async () => {
      const [parentRun, childRun] = [uniqueId("parent"), uniqueId("child")];
      const parent = makeManager();
      await parent.handleOutput(outputRef("extract", "result", parentRun), "from the parent");
      const asked: OutputRef[] = [];
      const child = withParentRunOutputs(makeManager(), childRun, (ref) => {
        asked.push(ref);
        return parent.loadInput(ref);
      });
      await child.handleOutput(outputRef("load", "result", childRun), "mine");
      expect(await child.loadInput(outputRef("load", "result", childRun))).toBe("mine");
      expect(await child.loadInput(outputRef("extract", "result", parentRun))).toBe("from the parent");
      expect(asked).toEqual([outputRef("extract", "result", parentRun)]);
      expect(await ioRejection(child.loadInput(outputRef("missing", "result", parentRun)))).toMatchObject({
        code: "NOT_FOUND",
      });
    });
  });
}
