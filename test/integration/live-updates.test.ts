/**
 * Live run updates under wrangler dev: a client subscribes to a running slow_job's log over SSE (as the
 * Dagster UI watches a run) and sees its steps and progress lines as they happen, the stream ending by itself.
 */
import { describe, expect, inject, it } from "vitest";
import {
  collect,
  PIPELINE_RUN_LOGS,
  subscribeOverSse,
  type PipelineRunLogs,
} from "../webserver/subscription-sse";
import { launch } from "./run-helpers";

describe("live updates", () => {
  it("streams slow_job's STEP_START, progress lines and RUN_SUCCESS as they are stored, then ends", async () => {
    const runId = await launch("slow_job", { ops: { slow_op: { config: { seconds: 3 } } } });
    const results = await collect(
      subscribeOverSse<PipelineRunLogs>(fetch, `${inject("webserverUrl")}/graphql`, PIPELINE_RUN_LOGS, {
        runId,
      }),
    );

    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const arrivals = results.flatMap((result) =>
      (result.data?.pipelineRunLogs.messages ?? []).map((message) => ({
        ...message,
        receivedAt: result.receivedAt,
      })),
    );
    const arrivalOf = (predicate: (message: (typeof arrivals)[number]) => boolean) => {
      const found = arrivals.find(predicate);
      expect(found, JSON.stringify(arrivals.map((message) => message.message))).toBeDefined();
      return found?.receivedAt ?? Number.NaN;
    };

    const stepStart = arrivalOf(
      (message) => message.eventType === "STEP_START" && message.stepKey === "slow_op",
    );
    const progress = [1, 2, 3].map((second) =>
      arrivalOf((message) => message.eventType === null && message.message === `slow_op: ${second}/3 s`),
    );
    const success = arrivalOf((message) => message.eventType === "RUN_SUCCESS");
    expect(arrivals.at(-1)?.eventType).toBe("RUN_SUCCESS");
    expect(results.at(-1)?.data?.pipelineRunLogs.run?.status).toBe("SUCCESS");

    // STEP_START is delivered while slow_op still sleeps, seconds before the run ends: the stream is live.
    expect(success - stepStart).toBeGreaterThanOrEqual(2000);
    // Log lines stream from the op as it logs them (one a second), not with the step's result.
    const [first, second, third] = progress as [number, number, number];
    expect([stepStart, first, second, third, success]).toEqual(
      [stepStart, first, second, third, success].sort((a, b) => a - b),
    );
    expect(third - first).toBeGreaterThanOrEqual(1000);
    const lines = arrivals.filter((message) => message.eventType === null).map((message) => message.message);
    expect(lines).toEqual(["slow_op: 1/3 s", "slow_op: 2/3 s", "slow_op: 3/3 s"]);
  });
});
