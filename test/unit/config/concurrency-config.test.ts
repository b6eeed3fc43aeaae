import { describe, expect, it } from "vitest";
import { loadInstanceConfig } from "../../../shared/config/instance-config";
import { expectConfigError, issueLines } from "./expect-config-error";

const load = (text: string) => loadInstanceConfig(text, { source: "dagflare.yaml", env: { LIMIT: "3" } });

describe("dagflare.yaml concurrency", () => {
  it("reads pool defaults and the run queue's op-concurrency setting", () => {
    const config = load(
      "concurrency:\n  pools: { default_limit: { env: LIMIT }, granularity: run }\nrun_coordinator: { type: queued, block_op_concurrency_limited_runs: { enabled: false } }\n",
    );
    expect(config.concurrency.pools).toEqual({ defaultLimit: 3, granularity: "run" });
    expect(
      config.runCoordinator.type === "queued" && config.runCoordinator.blockOpConcurrencyLimitedRuns,
    ).toEqual({ enabled: false, opConcurrencySlotBuffer: 0 });
  });

  it("names the key path of a bad value", () => {
    const lines = issueLines(
      expectConfigError(() =>
        load("concurrency:\n  pools:\n    default_limit: -1\n    granularity: step\n    extra: 1\n"),
      ),
    );
    expect(
      lines.some(
        (line) =>
          line.includes("concurrency.pools.default_limit") && line.includes("expected an integer >= 0"),
      ),
    ).toBe(true);
    expect(
      lines.some(
        (line) => line.includes("concurrency.pools.granularity") && line.includes("expected one of op, run"),
      ),
    ).toBe(true);
    expect(lines.some((line) => line.includes("extra"))).toBe(true);
  });
});
