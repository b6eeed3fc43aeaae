/**
 * Executes one step (Dagster's execute_step in a code server): checks config and inputs, creates the
 * resources, runs the op with a context, checks the outputs. Never throws: every failure is a result
 * that says whose fault it was (user code or framework) and whether to retry. A caller in the same
 * isolate may also receive the op's log lines and console output as they happen, and interrupt it.
 * @module
 */
import type {
  ExecuteStepRequest,
  ExecuteStepResult,
  LogLine,
  StepReport,
} from "../protocol/code-location-protocol";
import { DagflareError } from "../errors/dagflare-error";
import { toSerializableError } from "../errors/serializable-error";
import { abortableSleep } from "./abortable-sleep";
import { captureConsole, type OutputSink } from "./console-capture";
import type { AssetMaterialization, OpContext } from "./define-op";
import type { JobNode } from "./graph-recorder";
import { runHooks, type HookContext, type HookTrigger } from "./hooks";
import { createLogCollector } from "./log-collector";
import { optional } from "./optional-entry";
import { drainYields } from "./outputs";
import type { ResolvedJob } from "./resolved-job";
import { retryAfterFailure } from "./retry-policy";
import {
  createResource,
  parseStepConfig,
  parseStepInputs,
  parseStepOutputs,
  type StepOutputs,
} from "./step-io";
import { parseStepKey, UNRESOLVED_MAPPING_KEY } from "./step-key";

type ErrorSource = "USER_CODE_ERROR" | "FRAMEWORK_ERROR";

/** Carries a failure out of one phase of the step with its classification. */
class StepAbort {
  constructor(
    readonly error: unknown,
    readonly source: ErrorSource,
    readonly retry?: { secondsToWait: number },
  ) {}
}

async function phase<T>(
  source: ErrorSource,
  run: () => Promise<T>,
  retry?: (error: unknown) => { secondsToWait: number } | undefined,
): Promise<T> {
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
  const userCode = <T>(work: () => Promise<T>): Promise<T> =>
    onOutput === undefined ? work() : captureConsole(onOutput, work);
  const signal = hooks.signal ?? new AbortController().signal;
  const reports: StepReport[] = [];
  const { nodeName, mappingKey } = parseStepKey(request.stepKey);
  const node = job.nodes.find((candidate) => candidate.name === nodeName);
  // Hooks run once the step's outcome is known; a step that does not exist has none.
  const finish = async (
    outcome: HookTrigger,
    details: Pick<HookContext, "opOutputValues" | "opException">,
  ) => {
    if (node === undefined) return {};
    const attached = [...node.hooks, ...job.definition.hooks];
    if (attached.length === 0) return {};
    const context = {
      runId: request.runId,
      jobName: job.definition.name,
      stepKey: request.stepKey,
      opName: node.op.name,
      mappingKey,
      ...details,
    };
    return { hooks: await runHooks(attached, outcome, context, userCode) };
  };
  try {
    if (
      node === undefined ||
      (node.mappedOver === undefined) !== (mappingKey === undefined) ||
      mappingKey === UNRESOLVED_MAPPING_KEY
    ) {
      throw new StepAbort(
        new DagflareError(
          "NOT_FOUND",
          `job "${job.definition.name}" has no step "${request.stepKey}" (steps: ${stepKeysOf(job.nodes)})`,
        ),
        "FRAMEWORK_ERROR",
      );
    }
    const { config, resources: prepared } = await phase("FRAMEWORK_ERROR", () =>
      parseStepConfig(node, job.resources, request.runConfig),
    );
    const inputs = await phase("FRAMEWORK_ERROR", () => parseStepInputs(node, request.inputs));
    const resources = await phase("USER_CODE_ERROR", () =>
      userCode(async () => {
        const created = await Promise.all(
          prepared.map(async (resource) => [resource.key, await createResource(resource)] as const),
        );
        return Object.fromEntries(created);
      }),
    );
    const context: OpContext = {
      runId: request.runId,
      stepKey: request.stepKey,
      opName: node.op.name,
      ...optional("mappingKey", mappingKey),
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
      () => userCode(async () => drainYields(node.op.name, await node.op.compute(context, inputs))),
      (error) => retryAfterFailure(error, node.op.retryPolicy, request.attempt, random),
    );
    const { outputs, dynamicOutputs } = await phase("FRAMEWORK_ERROR", () =>
      parseStepOutputs(node, returned),
    );
    const hooks = await finish("SUCCESS", {
      opOutputValues: outputValues({ outputs, dynamicOutputs }),
      opException: undefined,
    });
    const dynamic = Object.keys(dynamicOutputs).length > 0 ? { dynamicOutputs } : {};
    return { status: "SUCCESS", outputs, ...dynamic, logs: lines, reports, ...hooks };
  } catch (thrown) {
    const abort = thrown instanceof StepAbort ? thrown : new StepAbort(thrown, "FRAMEWORK_ERROR");
    // A failure that will be retried is not the step's failure yet (Dagster runs failure hooks on STEP_FAILURE only).
    const hooks =
      abort.retry === undefined
        ? await finish("FAILURE", { opOutputValues: {}, opException: abort.error })
        : {};
    return {
      status: "FAILURE",
      error: toSerializableError(abort.error),
      errorSource: abort.source,
      ...optional("retry", abort.retry),
      logs: lines,
      reports,
      ...hooks,
    };
  }
}

/** The step keys of a job's nodes as Dagster names them (`node[?]` for a mapped node). */
function stepKeysOf(nodes: readonly JobNode[]): string {
  return nodes
    .map((node) => (node.mappedOver ? `${node.name}[${UNRESOLVED_MAPPING_KEY}]` : node.name))
    .join(", ");
}

/** What success hooks see: each output's value, a dynamic output's as mapping key to value. */
function outputValues({ outputs, dynamicOutputs }: StepOutputs): Record<string, unknown> {
  const dynamic = Object.entries(dynamicOutputs).map(([name, values]) => [
    name,
    Object.fromEntries(values.map((entry) => [entry.mappingKey, entry.value])),
  ]);
  return { ...outputs, ...Object.fromEntries(dynamic) };
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
