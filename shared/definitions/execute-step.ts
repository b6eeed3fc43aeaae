/**
 * Executes one step (Dagster's execute_step in a code server): checks config and inputs, creates the
 * resources, runs the op with a context, checks the outputs. Never throws: every failure is a result
 * that says whose fault it was (user code or framework) and whether to retry. A caller in the same
 * isolate may also receive the op's log lines and console output as they happen, and interrupt it.
 * @module
 */
import type { ExecuteStepRequest, ExecuteStepResult, LogLine, StepReport } from "../protocol/code-location-protocol";
import { DagflareError } from "../errors/dagflare-error";
import { toSerializableError } from "../errors/serializable-error";
import { abortableSleep } from "./abortable-sleep";
import { captureConsole, type OutputSink } from "./console-capture";
import type { AssetMaterialization, OpContext } from "./define-op";
import { createLogCollector } from "./log-collector";
import { optional } from "./optional-entry";
import type { ResolvedJob } from "./resolved-job";
import { retryAfterFailure } from "./retry-policy";
import { parseStepConfig, parseStepInputs, parseStepOutputs } from "./step-io";

type ErrorSource = "USER_CODE_ERROR" | "FRAMEWORK_ERROR";

/** Carries a failure out of one phase of the step with its classification. */
class StepAbort {
  constructor(
    readonly error: unknown,
    readonly source: ErrorSource,
    readonly retry?: { secondsToWait: number },
  ) {}
}

async function phase<T>(source: ErrorSource, run: () => Promise<T>, retry?: (error: unknown) => { secondsToWait: number } | undefined): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new StepAbort(error, source, retry?.(error));
  }
}

/** What a caller in the same isolate can follow and control while the step runs. */
export type StepExecutionHooks = {
  /** Receives each `context.log` line as it happens; the result's `logs` then stays empty. */
  onLog?: (line: LogLine) => void;
  /** Receives what user code (resources and the op) prints to the console, which is still printed too. */
  onOutput?: OutputSink;
  /** Interrupts the step: the op sees `context.signal` fire and `context.sleep` reject. */
  signal?: AbortSignal;
};

/** Runs `request.stepKey` of `job`; `random` drives retry jitter (injectable for tests). */
export async function executeStep(
  job: ResolvedJob,
  request: ExecuteStepRequest,
  random: () => number = Math.random,
  hooks: StepExecutionHooks = {},
): Promise<ExecuteStepResult> {
  const { log, lines } = createLogCollector(Date.now, hooks.onLog);
  const { onOutput } = hooks;
  const userCode = <T>(work: () => Promise<T>): Promise<T> => (onOutput === undefined ? work() : captureConsole(onOutput, work));
  const signal = hooks.signal ?? new AbortController().signal;
  const reports: StepReport[] = [];
  try {
    const node = job.nodes.find((candidate) => candidate.name === request.stepKey);
    if (node === undefined) {
      const steps = job.nodes.map((candidate) => candidate.name).join(", ");
      throw new StepAbort(new DagflareError("NOT_FOUND", `job "${job.definition.name}" has no step "${request.stepKey}" (steps: ${steps})`), "FRAMEWORK_ERROR");
    }
    const { config, resources: prepared } = await phase("FRAMEWORK_ERROR", () => parseStepConfig(node, job.resources, request.runConfig));
    const inputs = await phase("FRAMEWORK_ERROR", () => parseStepInputs(node, request.inputs));
    const resources = await phase("USER_CODE_ERROR", () =>
      userCode(async () => {
        const created = await Promise.all(prepared.map(async ({ key, definition, config: resourceConfig }) => [key, await definition.create({ config: resourceConfig })] as const));
        return Object.fromEntries(created);
      }),
    );
    const context: OpContext = {
      runId: request.runId,
      stepKey: node.name,
      opName: node.op.name,
      attempt: request.attempt,
      config,
      resources,
      log,
      signal,
      sleep: (ms) => abortableSleep(ms, signal),
      reportAssetMaterialization: (materialization) => reports.push(toReport(materialization)),
    };
    const returned = await phase(
      "USER_CODE_ERROR",
      () => userCode(async () => node.op.compute(context, inputs)),
      (error) => retryAfterFailure(error, node.op.retryPolicy, request.attempt, random),
    );
    const outputs = await phase("FRAMEWORK_ERROR", () => parseStepOutputs(node, returned));
    return { status: "SUCCESS", outputs, logs: lines, reports };
  } catch (thrown) {
    const abort = thrown instanceof StepAbort ? thrown : new StepAbort(thrown, "FRAMEWORK_ERROR");
    return { status: "FAILURE", error: toSerializableError(abort.error), errorSource: abort.source, ...optional("retry", abort.retry), logs: lines, reports };
  }
}

function toReport(materialization: AssetMaterialization): StepReport {
  const { assetKey, description, metadata } = materialization;
  return {
    kind: "ASSET_MATERIALIZATION",
    assetKey: typeof assetKey === "string" ? [assetKey] : [...assetKey],
    ...optional("description", description),
    metadata: { ...metadata },
    timestamp: Date.now(),
  };
}
