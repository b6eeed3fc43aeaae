/**
 * One attempt of one step, with Dagster's event sequence: LOGS_CAPTURED, STEP_START (or STEP_RESTARTED),
 * LOADED_INPUT, STEP_INPUT, the op's log lines and materializations, STEP_OUTPUT + HANDLED_OUTPUT per
 * output, then STEP_SUCCESS, STEP_UP_FOR_RETRY or STEP_FAILURE. Each state change is stored before the
 * event that announces it, so a resumed run never repeats a step's terminal event. What the op prints
 * and logs goes to the attempt's compute log capture; the run's termination interrupts the attempt.
 * @module
 */
import type { HookResult, LogLine } from "../protocol/code-location-protocol";
import { toSerializableError, type SerializableError } from "../errors/serializable-error";
import { IO_MANAGER_KEY } from "../io-manager/io-manager";
import type { ExecutionStep, StepInputSource } from "../planning/execution-plan";
import type { StepState } from "./run-state-store";
import type { EventData } from "../storage/event-log-storage";
import { describeSource, dynamicValueRef } from "./dynamic-output-refs";
import { emitEvent, formatDuration } from "./emit-event";
import type { ExecutionContext } from "./executor";
import { loadStepInputs, type StepEmit } from "./step-inputs";
import { interruptionError, untilInterrupted } from "./step-interruption";
import { openStepCapture, type StepCapture } from "./step-log-capture";
import type { StepRunnerHooks } from "./step-runner";

export type StepAttemptOptions = {
  /** Which upstream outputs of this run exist. */
  readonly isAvailable: (source: StepInputSource) => boolean;
  /** False under `retries: { disabled: {} }`: a failure fails the step whatever its retry policy says. */
  readonly retriesEnabled: boolean;
  /** Fires when the run is terminated: the attempt stops waiting for its op and fails as interrupted. */
  readonly interruption: AbortSignal;
};

/**
 * Runs attempt `attempt` (0-based) of `step` and returns the step's new state: SUCCESS, FAILURE or
 * UP_FOR_RETRY.
 * @throws only when the run state store fails; every other failure is a STEP_FAILURE.
 */
export async function runStepAttempt(
  step: ExecutionStep,
  attempt: number,
  context: ExecutionContext,
  options: StepAttemptOptions,
): Promise<StepState> {
  const capture = openStepCapture(context, step.key);
  try {
    return await attemptStep(step, attempt, context, options, capture);
  } finally {
    capture.complete();
  }
}

async function attemptStep(
  step: ExecutionStep,
  attempt: number,
  context: ExecutionContext,
  options: StepAttemptOptions,
  capture: StepCapture,
): Promise<StepState> {
  const emit: StepEmit = (eventType, message, eventOptions) =>
    emitEvent(context, eventType, message, { ...eventOptions, stepKey: step.key });
  const settle = (state: StepState, announce: () => void) => settleStep(context, step.key, state, announce);
  const fail = (error: SerializableError, errorSource: ErrorSource) =>
    failStep(context, step.key, attempt, error, errorSource);

  const startedAt = context.now();
  await settle({ status: "RUNNING", attempt }, () => {
    if (attempt === 0) emit("STEP_START", `Started execution of step "${step.key}".`);
    else
      emit("STEP_RESTARTED", `Started re-execution (attempt # ${attempt + 1}) of step "${step.key}".`, {
        data: { attempt },
      });
  });

  const inputs = await settled(() => loadStepInputs(step, context, options.isAvailable, emit));
  if (!inputs.ok) return fail(toSerializableError(inputs.error), "FRAMEWORK_ERROR");
  // The SDK checks inputs before running user code, so their type checks passed once user code ran:
  // announced before its first log line, or after the step when it logged nothing.
  let inputsAnnounced = false;
  const announceInputs = (): void => {
    if (inputsAnnounced) return;
    inputsAnnounced = true;
    for (const input of inputs.value.loaded) {
      emit("STEP_INPUT", `Got input "${input.name}" of type "${input.typeName}". (Type check passed).`, {
        data: { inputName: input.name, typeCheckSuccess: true },
      });
    }
  };
  const emitLog = (line: LogLine): void => {
    announceInputs();
    emit(null, line.message, { level: line.level, timestamp: line.timestamp });
    capture.log(line);
  };
  // What an op sends after its attempt ended (it ignored an interruption, or left work running) is dropped.
  let running = true;
  const hooks: StepRunnerHooks = {
    onLog: (line) => {
      if (running) emitLog(line);
    },
    onOutput: (stream, text) => {
      if (running) capture.output(stream, text);
    },
    signal: options.interruption,
  };
  const request = {
    runId: context.runId,
    jobName: context.jobName,
    stepKey: step.key,
    runConfig: { ...context.runConfig },
    inputs: inputs.value.values,
    attempt,
  };
  const ran = await settled(() =>
    untilInterrupted(options.interruption, () => context.stepRunner(request, hooks)),
  );
  running = false;
  if (!ran.ok) return fail(toSerializableError(ran.error), "UNEXPECTED_ERROR");
  if (ran.value.interrupted)
    return fail(
      interruptionError(`Execution of step "${step.key}" was interrupted: the run was terminated.`),
      "INTERRUPT",
    );
  const result = ran.value.value;

  if (result.status === "SUCCESS" || result.errorSource === "USER_CODE_ERROR") announceInputs();
  result.logs.forEach(emitLog);
  for (const report of result.reports) {
    const { assetKey, metadata, description } = report;
    emit("ASSET_MATERIALIZATION", `Materialized value ${assetKey.join("/")}.`, {
      timestamp: report.timestamp,
      data: { assetKey, metadata, ...(description === undefined ? {} : { description }) },
    });
  }

  const announceHooks = (state: StepState): StepState => {
    for (const hook of result.hooks ?? []) {
      hook.logs?.forEach(emitLog);
      emitHookEvent(emit, step, hook);
    }
    return state;
  };
  if (result.status === "FAILURE") {
    const { retry, error } = result;
    if (retry === undefined || !options.retriesEnabled)
      return announceHooks(await fail(error, result.errorSource));
    const retryAt = context.now() + retry.secondsToWait * 1000;
    return settle({ status: "UP_FOR_RETRY", attempt: attempt + 1, retryAt }, () =>
      emit(
        "STEP_UP_FOR_RETRY",
        `Execution of step "${step.key}" failed and has requested a retry in ${retry.secondsToWait} seconds.`,
        {
          data: { error, secondsToWait: retry.secondsToWait },
        },
      ),
    );
  }

  const stored = await settled(() => storeOutputs(step, result, context, emit));
  if (!stored.ok) return fail(toSerializableError(stored.error), "FRAMEWORK_ERROR");
  const durationMs = context.now() - startedAt;
  const { outputNames, mappingKeys } = stored.value;
  const success = {
    status: "SUCCESS" as const,
    attempt,
    outputNames,
    ...(Object.keys(mappingKeys).length > 0 ? { mappingKeys } : {}),
  };
  const state = await settle(success, () =>
    emit("STEP_SUCCESS", `Finished execution of step "${step.key}" in ${formatDuration(durationMs)}.`, {
      data: { durationMs },
    }),
  );
  return announceHooks(state);
}

/** Dagster's hook events, after the step's own outcome. */
function emitHookEvent(emit: StepEmit, step: ExecutionStep, hook: HookResult): void {
  const data = { hookName: hook.name };
  if (hook.status === "COMPLETED")
    emit("HOOK_COMPLETED", `Finished the execution of hook "${hook.name}" triggered for "${step.opName}".`, {
      data,
    });
  else if (hook.status === "SKIPPED") {
    emit(
      "HOOK_SKIPPED",
      `Skipped the execution of hook "${hook.name}". It did not meet its triggering condition during the execution of "${step.opName}".`,
      { data },
    );
  } else {
    const message = `Error occurred during the execution of hook "${hook.name}" triggered for op "${step.opName}": ${hook.error?.message ?? "unknown error"}`;
    emit("HOOK_ERRORED", message, {
      level: "ERROR",
      data: { ...data, ...(hook.error ? { error: hook.error } : {}) },
    });
  }
}

export type ErrorSource = NonNullable<EventData["errorSource"]>;

/**
 * Stores a step's new state, then emits the event announcing it (events are buffered and may be lost
 * in a crash, state is not), so a resumed run never repeats a STEP_SUCCESS it already announced.
 */
export async function settleStep(
  context: ExecutionContext,
  stepKey: string,
  state: StepState,
  announce: () => void,
): Promise<StepState> {
  await context.state.setStepState(stepKey, state);
  announce();
  return state;
}

/** Fails a step with its STEP_FAILURE (also a step failed without running). */
export function failStep(
  context: ExecutionContext,
  stepKey: string,
  attempt: number,
  error: SerializableError,
  errorSource: ErrorSource,
): Promise<StepState> {
  return settleStep(context, stepKey, { status: "FAILURE", attempt }, () =>
    emitEvent(context, "STEP_FAILURE", `Execution of step "${stepKey}" failed.`, {
      stepKey,
      data: { error, errorSource },
    }),
  );
}

/**
 * Hands each output the step produced to the IO manager (a dynamic output's values one by one, then its
 * mapping keys); returns their names and each dynamic output's mapping keys.
 */
async function storeOutputs(
  step: ExecutionStep,
  result: {
    outputs: Readonly<Record<string, unknown>>;
    dynamicOutputs?: Readonly<Record<string, readonly { mappingKey: string; value: unknown }[]>>;
  },
  context: ExecutionContext,
  emit: StepEmit,
): Promise<{ outputNames: string[]; mappingKeys: Record<string, string[]> }> {
  const dynamic = result.dynamicOutputs ?? {};
  const produced = step.outputs.filter((output) =>
    Object.hasOwn(output.isDynamic === true ? dynamic : result.outputs, output.name),
  );
  const mappingKeys: Record<string, string[]> = {};
  const store = async (
    output: { name: string; typeName: string },
    value: unknown,
    mappingKey?: string,
  ): Promise<void> => {
    const described = describeSource({ outputName: output.name, mappingKey });
    const data = { outputName: output.name, ...(mappingKey === undefined ? {} : { mappingKey }) };
    emit("STEP_OUTPUT", `Yielded output ${described} of type "${output.typeName}". (Type check passed).`, {
      data: { ...data, typeCheckSuccess: true },
    });
    await context.ioManager.handleOutput(
      dynamicValueRef({ runId: context.runId, stepKey: step.key, outputName: output.name }, mappingKey),
      value,
    );
    emit("HANDLED_OUTPUT", `Handled output ${described} using IO manager "${IO_MANAGER_KEY}"`, {
      data: { ...data, managerKey: IO_MANAGER_KEY },
    });
  };
  for (const output of produced) {
    if (output.isDynamic !== true) {
      await store(output, result.outputs[output.name]);
      continue;
    }
    const values = dynamic[output.name] ?? [];
    for (const { mappingKey, value } of values) await store(output, value, mappingKey);
    mappingKeys[output.name] = values.map((entry) => entry.mappingKey);
    await context.ioManager.handleOutput(
      { runId: context.runId, stepKey: step.key, outputName: output.name },
      mappingKeys[output.name],
    );
  }
  return { outputNames: produced.map((output) => output.name), mappingKeys };
}

/** The value, or what was thrown: failures of these phases become STEP_FAILURE rather than exceptions. */
async function settled<T>(
  run: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error };
  }
}
