import { z } from "zod";
import { describe, expect, it } from "vitest";
import { loadExampleDefinitions } from "../../../examples/example-location/definitions";
import type { ExecuteStepResult } from "../../../shared/protocol/code-location-protocol";
import { stepRequest } from "../../fixtures/step-request";
import {
  defineDefinitions,
  defineJob,
  defineOp,
  Failure,
  RetryPolicy,
  RetryRequested,
} from "../../../shared/definitions";

const example = loadExampleDefinitions();
function failure(result: ExecuteStepResult) {
  if (result.status !== "FAILURE") throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  return result;
}
function success(result: ExecuteStepResult) {
  if (result.status !== "SUCCESS") throw new Error(`expected a success, got ${JSON.stringify(result)}`);
  return result;
}

/** A one-op job around `fn`, so each case controls exactly what the op does. */
function singleOp(options: { retryPolicy?: RetryPolicy; fn: () => Promise<unknown> }) {
  const op = defineOp({
    name: "op",
    out: z.number(),
    retryPolicy: options.retryPolicy,
    fn: async (ctx) => {
      ctx.log.info("starting");
      return z.number().parse(await options.fn());
    },
  });
  return defineDefinitions({ jobs: [defineJob({ name: "job", graph: () => void op() })] });
}
const run = (definitions: ReturnType<typeof singleOp>, attempt = 0, random?: () => number) =>
  definitions.executeStep(stepRequest("job", "op", { attempt }), random);

describe("executeStep on the example", () => {
  it("runs hello with its logs", async () => {
    const result = success(await example.executeStep(stepRequest("hello_job", "hello")));
    expect(result.outputs).toEqual({ result: "Hello from Dagflare (run run-1)" });
    expect(result.logs).toEqual([
      expect.objectContaining({ level: "INFO", message: "Hello from Dagflare (run run-1)" }),
    ]);
  });

  it("runs extract with its config, defaults applied", async () => {
    const configured = success(
      await example.executeStep(
        stepRequest("etl_job", "extract", {
          runConfig: { ops: { extract: { config: { source_url: "s3://in", limit: 2 } } } },
        }),
      ),
    );
    expect(configured.outputs).toEqual({ rows: ["s3://in#0", "s3://in#1"] });
    const defaulted = success(
      await example.executeStep(
        stepRequest("etl_job", "extract", {
          runConfig: { ops: { extract: { config: { source_url: "s3://in" } } } },
        }),
      ),
    );
    expect(defaulted.outputs.rows).toHaveLength(10);
  });

  it("fails extract without its required config, naming the key path", async () => {
    const result = failure(await example.executeStep(stepRequest("etl_job", "extract")));
    expect(result.errorSource).toBe("FRAMEWORK_ERROR");
    expect(result.error.className).toBe("DagflareError[INVALID_RUN_CONFIG]");
    expect(result.error.message).toMatch(/ops\.extract\.config\.source_url: .*expected string/);
    expect(result.retry).toBeUndefined();
  });

  it("fails a step whose input does not match its schema, naming the input", async () => {
    const result = failure(
      await example.executeStep(stepRequest("etl_job", "transform_a", { inputs: { rows: "not a list" } })),
    );
    expect(result.errorSource).toBe("FRAMEWORK_ERROR");
    expect(result.error.className).toBe("DagsterTypeCheckDidNotPass");
    expect(result.error.message).toMatch(/^op "transform_a": inputs\.rows: .*expected array/);
  });

  it("creates resources from their config and collects asset materializations", async () => {
    const defaulted = success(
      await example.executeStep(stepRequest("etl_job", "load", { inputs: { counts: [3, 4] } })),
    );
    expect(defaulted.outputs).toEqual({ result: 7 });
    expect(defaulted.logs[0]?.message).toBe("INSERT INTO row_counts VALUES (3, 4)");
    expect(defaulted.reports).toEqual([
      expect.objectContaining({
        kind: "ASSET_MATERIALIZATION",
        assetKey: ["warehouse", "row_counts"],
        metadata: { total: 7 },
      }),
    ]);
    const configured = success(
      await example.executeStep(
        stepRequest("etl_job", "load", {
          inputs: { counts: [1] },
          runConfig: { resources: { warehouse: { config: { table: "daily" } } } },
        }),
      ),
    );
    expect(configured.reports[0]?.assetKey).toEqual(["warehouse", "daily"]);
  });

  it("rejects invalid resource config, naming the key path", async () => {
    const result = failure(
      await example.executeStep(
        stepRequest("etl_job", "load", {
          inputs: { counts: [1] },
          runConfig: { resources: { warehouse: { config: { table: 5 } } } },
        }),
      ),
    );
    expect(result.error.message).toMatch(/resources\.warehouse\.config\.table: .*expected string/);
  });

  it("reports a thrown error as a user code error, without retry when there is no policy", async () => {
    const result = failure(
      await example.executeStep(stepRequest("failing_job", "explode", { inputs: { value: 21 } })),
    );
    expect(result).toMatchObject({
      errorSource: "USER_CODE_ERROR",
      error: { className: "Error", message: "explode: boom (value was 21)" },
    });
    expect(result.retry).toBeUndefined();
    expect(result.error.stack.length).toBeGreaterThan(0);
  });

  it("answers NOT_FOUND for an unknown job or step", async () => {
    expect(failure(await example.executeStep(stepRequest("nope_job", "x"))).error.message).toMatch(
      /no job named "nope_job"/,
    );
    expect(failure(await example.executeStep(stepRequest("hello_job", "nope"))).error.message).toMatch(
      /job "hello_job" has no step "nope" \(steps: hello\)/,
    );
  });

  it("retries retry_job's op on attempts 0 and 1 and succeeds on attempt 2", async () => {
    for (const attempt of [0, 1]) {
      const result = failure(await example.executeStep(stepRequest("retry_job", "flaky", { attempt })));
      expect(result.retry).toEqual({ secondsToWait: 0 });
      expect(result.error.message).toBe(`flaky: failing on attempt ${attempt}`);
    }
    expect(
      success(await example.executeStep(stepRequest("retry_job", "flaky", { attempt: 2 }))).outputs,
    ).toEqual({ result: "succeeded on attempt 2" });
  });
});

describe("executeStep output checks", () => {
  it("fails when the op returns a value its output schema rejects, naming the output", async () => {
    const op = defineOp({ name: "liar", out: z.number(), fn: async () => JSON.parse('"text"') });
    const definitions = defineDefinitions({ jobs: [defineJob({ name: "job", graph: () => void op() })] });
    const result = failure(await definitions.executeStep(stepRequest("job", "liar")));
    expect(result.errorSource).toBe("FRAMEWORK_ERROR");
    expect(result.error.message).toMatch(/^op "liar": outputs\.result: .*expected number/);
  });

  it("checks named outputs: unknown ones fail, optional ones may be left out", async () => {
    const pair = defineOp({
      name: "pair",
      outs: { a: z.string(), b: z.string().optional() },
      fn: async () => JSON.parse('{"a":"x","c":"y"}'),
    });
    const partial = defineOp({
      name: "partial",
      outs: { a: z.string(), b: z.string().optional() },
      fn: async () => ({ a: "x" }),
    });
    const definitions = defineDefinitions({
      jobs: [defineJob({ name: "job", graph: () => void [pair(), partial()] })],
    });
    expect(failure(await definitions.executeStep(stepRequest("job", "pair"))).error.message).toMatch(
      /op "pair" returned unknown output\(s\) c/,
    );
    expect(success(await definitions.executeStep(stepRequest("job", "partial"))).outputs).toEqual({ a: "x" });
  });
});

describe("executeStep retries", () => {
  const alwaysFails = async (): Promise<number> => {
    throw new Error("down");
  };

  it("stops retrying once the attempt reaches maxRetries", async () => {
    const definitions = singleOp({ retryPolicy: RetryPolicy({ maxRetries: 2, delay: 1 }), fn: alwaysFails });
    expect(failure(await run(definitions, 1)).retry).toEqual({ secondsToWait: 1 });
    expect(failure(await run(definitions, 2)).retry).toBeUndefined();
  });

  it("applies exponential and linear backoff to the delay", async () => {
    const exponential = singleOp({
      retryPolicy: RetryPolicy({ maxRetries: 5, delay: 0.5, backoff: "EXPONENTIAL" }),
      fn: alwaysFails,
    });
    const linear = singleOp({
      retryPolicy: RetryPolicy({ maxRetries: 5, delay: 0.5, backoff: "LINEAR" }),
      fn: alwaysFails,
    });
    const waits = async (definitions: ReturnType<typeof singleOp>) =>
      Promise.all(
        [0, 1, 2].map(async (attempt) => failure(await run(definitions, attempt)).retry?.secondsToWait),
      );
    expect(await waits(exponential)).toEqual([0.5, 1.5, 3.5]);
    expect(await waits(linear)).toEqual([0.5, 1, 1.5]);
  });

  it("applies jitter with the injected randomness", async () => {
    const full = singleOp({
      retryPolicy: RetryPolicy({ maxRetries: 5, delay: 2, jitter: "FULL" }),
      fn: alwaysFails,
    });
    const plusMinus = singleOp({
      retryPolicy: RetryPolicy({ maxRetries: 5, delay: 2, jitter: "PLUS_MINUS" }),
      fn: alwaysFails,
    });
    expect(failure(await run(full, 0, () => 0.25)).retry).toEqual({ secondsToWait: 0.5 });
    expect(failure(await run(plusMinus, 0, () => 1)).retry).toEqual({ secondsToWait: 4 });
    expect(failure(await run(plusMinus, 0, () => 0)).retry).toEqual({ secondsToWait: 0 });
  });

  it("lets RetryRequested ask for a retry without a policy, up to its maxRetries", async () => {
    const definitions = singleOp({
      fn: async () => {
        throw new RetryRequested({ maxRetries: 2, secondsToWait: 7, cause: new Error("flaky network") });
      },
    });
    const first = failure(await run(definitions, 0));
    expect(first.retry).toEqual({ secondsToWait: 7 });
    expect(first.error).toMatchObject({ className: "RetryRequested", cause: { message: "flaky network" } });
    expect(failure(await run(definitions, 2)).retry).toBeUndefined();
  });

  it("lets Failure({ allowRetries: false }) bypass the policy, and keeps the policy otherwise", async () => {
    const policy = RetryPolicy({ maxRetries: 3, delay: 1 });
    const final = singleOp({
      retryPolicy: policy,
      fn: async () => {
        throw new Failure({ description: "bad input file", allowRetries: false });
      },
    });
    const retryable = singleOp({
      retryPolicy: policy,
      fn: async () => {
        throw new Failure({ description: "try again" });
      },
    });
    const result = failure(await run(final));
    expect(result).toMatchObject({
      errorSource: "USER_CODE_ERROR",
      error: { className: "Failure", message: "bad input file" },
    });
    expect(result.retry).toBeUndefined();
    expect(result.logs.map((line) => line.message)).toEqual(["starting"]);
    expect(failure(await run(retryable)).retry).toEqual({ secondsToWait: 1 });
  });
});
