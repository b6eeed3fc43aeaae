/**
 * The run worker (Dagster's `execute_run`): builds the run's execution plan, emits RUN_START, drives
 * the executor the run config asks for, and ends with RUN_SUCCESS, RUN_FAILURE or RUN_CANCELED. All
 * progress is kept in the RunStateStore, so calling it again after a crash resumes the run, and calling
 * it after the run finished writes nothing new. Runs unchanged in a Durable Object and in Node.
 * @module
 */
import type { JobSnapshot } from "../protocol/code-location-protocol";
import { toSerializableError } from "../errors/serializable-error";
import { createExecutor } from "../executor/create-executor";
import { emitEvent, formatDuration } from "../executor/emit-event";
import type { ExecutionContext, Executor, RunServices } from "../executor/executor";
import type { RunOutcome } from "../executor/run-outcome";
import { buildExecutionPlan, type ExecutionPlan } from "../planning/execution-plan";
import type { RunState } from "../executor/run-state-store";

export type RunToExecute = {
  readonly runId: string;
  readonly jobName: string;
  readonly runConfig: Readonly<Record<string, unknown>>;
  /** Re-execution: only these steps run; the others' outputs come from the parent run. */
  readonly stepKeysToExecute?: readonly string[] | null;
  readonly parentRunId?: string | null;
};

export type ExecuteRunOptions = RunServices & { readonly run: RunToExecute; readonly job: JobSnapshot };

/**
 * Executes (or resumes) a run to its end and returns how it ended. A bad step selection or executor
 * config fails the run with RUN_FAILURE rather than throwing. Idempotent: once the terminal event is
 * written, later calls return the stored outcome and emit nothing.
 * @throws when the run's storage (event sink, state store) fails; calling again resumes the run.
 */
export async function executeRun(options: ExecuteRunOptions): Promise<RunOutcome> {
  const { run, job, ...services } = options;
  const { state, events } = services;
  const context: ExecutionContext = {
    ...services,
    runId: run.runId,
    jobName: run.jobName,
    runConfig: run.runConfig,
    parentRunId: run.parentRunId ?? undefined,
  };
  const stored = (await state.getRunState()) ?? { started: false };
  if (stored.outcome !== undefined && stored.terminalEventWritten === true) return stored.outcome;
  await sendUnsentEvents(context);
  try {
    const finished =
      stored.outcome === undefined
        ? await runToEnd(run, job, context, stored.started)
        : { ...stored, outcome: stored.outcome };
    emitTerminalEvent(context, finished.outcome);
    await events.flush();
    await state.setRunState({ ...finished, terminalEventWritten: true });
    return finished.outcome;
  } catch (error) {
    // Events queued so far announce state already stored: write them before reporting the failure; and
    // the steps' captured output with the captures they completed, which a resumed worker (opening new
    // captures) never would. If a sink is what failed, its error matters less than the one being reported.
    const [sent] = await Promise.all([
      events.flush().then(
        () => true,
        () => false,
      ),
      context.computeLogs?.flush().catch(() => undefined),
    ]);
    // What still cannot be sent is kept for the next attempt, which would not announce that state again.
    if (!sent) await state.setUnsentEvents(events.unsent()).catch(() => undefined);
    throw error;
  }
}

/**
 * Sends first what an earlier attempt could not (under the keys it had, so what did reach storage is not
 * stored twice), and forgets it once sent.
 */
async function sendUnsentEvents(context: ExecutionContext): Promise<void> {
  const unsent = await context.state.getUnsentEvents();
  if (unsent.length === 0) return;
  for (const event of unsent) context.events.write(event);
  await context.events.flush();
  await context.state.setUnsentEvents([]);
}

/** Runs the steps and stores the outcome (before the terminal event announcing it is written). */
async function runToEnd(
  run: RunToExecute,
  job: JobSnapshot,
  context: ExecutionContext,
  started: boolean,
): Promise<RunState & { outcome: RunOutcome }> {
  let plan: ExecutionPlan;
  let executor: Executor;
  try {
    plan = buildExecutionPlan(job, { stepKeysToExecute: run.stepKeysToExecute });
    executor = createExecutor(run.runConfig, context.env);
  } catch (error) {
    return record(context, {
      started,
      outcome: { status: "FAILURE", failedStepKeys: [], error: toSerializableError(error) },
    });
  }
  if (!started) {
    // Stored before the state says so: a worker reset in between re-sends RUN_START (stored once, by its
    // key), where the other order could lose it and leave the run STARTING while its steps execute.
    emitEvent(context, "RUN_START", `Started execution of run for "${run.jobName}".`, {
      idempotencyKey: `${run.runId}:RUN_START`,
    });
    await context.events.flush();
    await context.state.setRunState({ started: true });
  }
  return record(context, { started: true, outcome: await executeSteps(plan, executor, context) });
}

async function record<S extends RunState>(context: ExecutionContext, runState: S): Promise<S> {
  await context.state.setRunState(runState);
  return runState;
}

async function executeSteps(
  plan: ExecutionPlan,
  executor: Executor,
  context: ExecutionContext,
): Promise<RunOutcome> {
  const startedAt = context.now();
  emitEvent(context, "ENGINE_EVENT", `Executing steps using ${executor.description}`);
  const outcome = await executor.execute(plan, context);
  await storeComputeLogs(context);
  emitEvent(
    context,
    "ENGINE_EVENT",
    `Finished steps using ${executor.description} in ${formatDuration(context.now() - startedAt)}`,
  );
  return outcome;
}

/** Sends what is left of the steps' captured output. Failing to keep it does not fail the run (as in Dagster): it is reported. */
async function storeComputeLogs(context: ExecutionContext): Promise<void> {
  try {
    await context.computeLogs?.flush();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    emitEvent(context, "ENGINE_EVENT", `Could not store the steps' captured stdout/stderr: ${message}`, {
      level: "WARNING",
      data: { error: toSerializableError(error) },
    });
  }
}

/** The outcome, as one event whose key is the same from every attempt: a retry after a lost answer stores it once. */
function emitTerminalEvent(context: ExecutionContext, outcome: RunOutcome): void {
  const job = `"${context.jobName}"`;
  const idempotencyKey = `${context.runId}:RUN_END`;
  if (outcome.status === "SUCCESS") {
    emitEvent(context, "RUN_SUCCESS", `Finished execution of run for ${job}.`, { idempotencyKey });
  } else if (outcome.status === "CANCELED") {
    emitEvent(context, "RUN_CANCELED", `Execution of run for ${job} canceled.`, { idempotencyKey });
  } else {
    const message = outcome.error
      ? `Execution of run for ${job} failed before any step ran: ${outcome.error.message}`
      : `Execution of run for ${job} failed. Steps failed: ${outcome.failedStepKeys.join(", ")}.`;
    const error = outcome.error ?? {
      message: `Steps failed: ${outcome.failedStepKeys.join(", ")}.`,
      className: "StepFailures",
      stack: [],
    };
    // Dagster's RunFailureReason, which run retries consult (retry_on_asset_or_op_failure).
    const failureReason = outcome.error ? "JOB_INITIALIZATION_FAILURE" : "STEP_FAILURE";
    emitEvent(context, "RUN_FAILURE", message, { data: { error, failureReason }, idempotencyKey });
  }
}
