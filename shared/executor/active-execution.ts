/**
 * The loop both executors share (Dagster's ActiveExecution): launches each step once its upstream
 * steps finished, within the concurrency limits, in plan order; skips steps whose inputs will never
 * exist; parks steps up for retry until their time. On termination (the run's signal, or a request
 * noticed between steps) it stops launching and interrupts the steps in flight. It starts from the
 * stored step states, so a restarted worker resumes where the last one stopped. Steps downstream of a
 * dynamic output join the execution once that output's mapping keys are known (from the step that
 * produced it, or from the parent run's IO manager when this run does not execute that step).
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import { toSerializableError } from "../errors/serializable-error";
import {
  isUnresolved,
  planExecutes,
  resolveStep,
  rootsOf,
  type DynamicRoot,
  type ExecutionPlan,
  type ExecutionStep,
  type StepInput,
  type StepInputSource,
} from "../planning/execution-plan";
import type { StepState } from "./run-state-store";
import { ConcurrencyLimits, describeTagLimit, type ConcurrencyPolicy } from "./concurrency-limits";
import { loadMappingKeys } from "./dynamic-output-refs";
import { emitEvent } from "./emit-event";
import type { ExecutionContext } from "./executor";
import type { RunOutcome } from "./run-outcome";
import { withPoolSlot } from "./pool-slot";
import { failStep, runStepAttempt, settleStep } from "./step-attempt";
import { interruptionError, StepInterruptedError } from "./step-interruption";

const FINAL_STATUSES: ReadonlySet<StepState["status"]> = new Set(["SUCCESS", "FAILURE", "SKIPPED"]);

/** Executes the unfinished steps of `plan` and reports how the run ended. See Executor.execute. */
export async function executePlan(
  plan: ExecutionPlan,
  context: ExecutionContext,
  policy: ConcurrencyPolicy,
  retriesEnabled = true,
): Promise<RunOutcome> {
  const states = new Map(await context.state.getStepStates());
  const parentMappingKeys = await loadParentMappingKeys(plan, context);
  return new ActiveExecution(
    plan,
    context,
    new ConcurrencyLimits(policy),
    states,
    retriesEnabled,
    parentMappingKeys,
  ).run();
}

/** Mapping keys of a dynamic output, or why they could not be had. */
type KnownMappingKeys = { keys: readonly string[]; unavailable?: string };

const rootId = (root: DynamicRoot): string => `${root.stepKey}.${root.outputName}`;

/**
 * The mapping keys of the dynamic outputs this plan's unresolved steps wait for but whose steps it does
 * not execute: the parent run's, through the IO manager. One that cannot be loaded resolves to no keys,
 * with the reason its collecting steps are skipped for.
 */
async function loadParentMappingKeys(
  plan: ExecutionPlan,
  context: ExecutionContext,
): Promise<ReadonlyMap<string, KnownMappingKeys>> {
  const executes = planExecutes(plan);
  const roots = new Map(
    plan.steps.filter(isUnresolved).flatMap((step) =>
      rootsOf(step)
        .filter((root) => !executes(root.stepKey))
        .map((root) => [rootId(root), root] as const),
    ),
  );
  const known = new Map<string, KnownMappingKeys>();
  for (const [id, root] of roots) {
    const where = `the mapping keys of dynamic output "${root.outputName}" of step "${root.stepKey}"`;
    if (context.parentRunId === undefined) {
      known.set(id, {
        keys: [],
        unavailable: `${where} are not known: this run does not execute that step and has no parent run`,
      });
      continue;
    }
    try {
      known.set(id, {
        keys: await loadMappingKeys(context.ioManager, {
          runId: context.parentRunId,
          stepKey: root.stepKey,
          outputName: root.outputName,
        }),
      });
    } catch (error) {
      known.set(id, {
        keys: [],
        unavailable: `${where} could not be loaded from parent run ${context.parentRunId}: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return known;
}

class ActiveExecution {
  /** Steps not finished and not running. */
  readonly #pending: Set<string>;
  /** Pending steps whose upstream steps of this run all finished; launched in plan order. */
  readonly #ready = new Set<string>();
  /** Per pending step, how many of its upstream steps have not finished. */
  readonly #unfinishedUpstream = new Map<string, number>();
  readonly #downstream = new Map<string, string[]>();
  /** The plan's steps as known so far (resolved steps join as mapping keys become known); index orders them. */
  readonly #steps = new Map<string, { step: ExecutionStep; index: number }>();
  /** Steps waiting for the mapping keys of a dynamic output, with their plan index. */
  readonly #unresolved = new Map<string, { step: ExecutionStep; index: number }>();
  readonly #executes: (stepKey: string) => boolean;
  readonly #running = new Map<string, Promise<void>>();
  /** Fires on termination: interrupts the steps in flight and ends any wait for a retry. */
  readonly #interruption = new AbortController();
  readonly #interrupted = new Promise<void>((resolve) =>
    this.#interruption.signal.addEventListener("abort", () => resolve(), { once: true }),
  );
  #terminated = false;
  /** The first storage failure: stops launching, then is rethrown once no step is running. */
  #storageFailure: { error: unknown } | undefined;
  #retryWake: { at: number; promise: Promise<void> } | undefined;

  constructor(
    plan: ExecutionPlan,
    private readonly context: ExecutionContext,
    private readonly limits: ConcurrencyLimits,
    private readonly states: Map<string, StepState>,
    private readonly retriesEnabled: boolean,
    private readonly parentMappingKeys: ReadonlyMap<string, KnownMappingKeys>,
  ) {
    this.#executes = planExecutes(plan);
    this.#pending = new Set();
    plan.steps.forEach((step, index) => {
      if (isUnresolved(step)) this.#unresolved.set(step.key, { step, index });
      else this.#add(step, index);
    });
    this.#resolve();
  }

  /** Adds a step to execute (unless it already finished): ready once its upstream steps of this run finished. */
  #add(step: ExecutionStep, index: number): void {
    this.#steps.set(step.key, { step, index });
    if (this.#isFinal(step.key)) return;
    this.#pending.add(step.key);
    const upstream = new Set(
      step.inputs.flatMap((input) =>
        input.sources.filter((source) => !source.fromParentRun).map((source) => source.stepKey),
      ),
    );
    for (const parent of upstream)
      this.#downstream.set(parent, [...(this.#downstream.get(parent) ?? []), step.key]);
    const unfinished = [...upstream].filter((parent) => !this.#isFinal(parent)).length;
    this.#unfinishedUpstream.set(step.key, unfinished);
    if (unfinished === 0) this.#ready.add(step.key);
  }

  /** Resolves every waiting step whose dynamic outputs' mapping keys are now known (Dagster's plan expansion). */
  #resolve(): void {
    for (const [key, { step, index }] of this.#unresolved) {
      const roots = rootsOf(step);
      if (!roots.every((root) => this.#mappingKeysOf(root) !== undefined)) continue;
      this.#unresolved.delete(key);
      const resolved = resolveStep(step, (root) => this.#mappingKeysOf(root)?.keys ?? [], this.#executes);
      // Between the placeholder's index and the next plan step's, in mapping key order.
      resolved.forEach((concrete, position) => {
        this.#add(concrete, index + (position + 1) / (resolved.length + 1));
      });
    }
  }

  /** Undefined until known: once the step producing it finished (no keys unless it succeeded), or from the parent run. */
  #mappingKeysOf(root: DynamicRoot): KnownMappingKeys | undefined {
    if (!this.#executes(root.stepKey)) return this.parentMappingKeys.get(rootId(root)) ?? { keys: [] };
    const state = this.states.get(root.stepKey);
    if (!this.#isFinal(root.stepKey) || state === undefined) return undefined;
    return { keys: state.status === "SUCCESS" ? (state.mappingKeys?.[root.outputName] ?? []) : [] };
  }

  async run(): Promise<RunOutcome> {
    const onSignal = () => this.#terminate();
    this.context.signal?.addEventListener("abort", onSignal, { once: true });
    try {
      if (this.context.signal?.aborted === true) this.#terminate();
      return await this.#execute();
    } finally {
      this.context.signal?.removeEventListener("abort", onSignal);
    }
  }

  async #execute(): Promise<RunOutcome> {
    for (const [key, state] of this.states) {
      if (state.status === "RUNNING" && this.#pending.has(key)) {
        emitEvent(
          this.context,
          "ENGINE_EVENT",
          `Step "${key}" was interrupted during attempt # ${state.attempt + 1} when the previous run worker stopped; executing it again.`,
          { stepKey: key },
        );
      }
    }
    for (;;) {
      if (this.#pending.size > 0 || this.#running.size > 0) await this.#guard(this.#checkTermination());
      const launching = !this.#terminated && this.#storageFailure === undefined;
      if (launching) await this.#guard(this.#launchReadySteps());
      const nextRetryAt = launching ? this.#nextRetryAt() : undefined;
      if (this.#running.size > 0)
        await Promise.race([
          ...this.#running.values(),
          ...(nextRetryAt === undefined ? [] : [this.#wakeAt(nextRetryAt)]),
        ]);
      else if (nextRetryAt !== undefined) await Promise.race([this.#wakeAt(nextRetryAt), this.#interrupted]);
      else break;
    }
    if (this.#storageFailure) throw this.#storageFailure.error;
    if ((this.#pending.size > 0 || this.#unresolved.size > 0) && !this.#terminated) {
      const waiting = [...this.#pending, ...this.#unresolved.keys()];
      throw new DagflareError(
        "INTERNAL",
        `run ${this.context.runId}: no step can start, yet steps ${waiting.join(", ")} have not run`,
      );
    }
    if (this.#terminated) await this.#interruptWaitingSteps();
    const failedStepKeys = this.#inPlanOrder(this.#steps.keys())
      .filter((step) => this.states.get(step.key)?.status === "FAILURE")
      .map((step) => step.key);
    return {
      status: this.#terminated ? "CANCELED" : failedStepKeys.length > 0 ? "FAILURE" : "SUCCESS",
      failedStepKeys,
    };
  }

  async #checkTermination(): Promise<void> {
    if (!this.#terminated && (await this.context.isTerminationRequested())) this.#terminate();
  }

  /** Stops launching steps and interrupts those in flight (once). */
  #terminate(): void {
    if (this.#terminated) return;
    this.#terminated = true;
    const what = [
      ...(this.#running.size > 0
        ? [`interrupting steps ${this.#keysInPlanOrder(this.#running.keys())}`]
        : []),
      ...(this.#pending.size > 0 ? [`not launching steps ${this.#keysInPlanOrder(this.#pending)}`] : []),
    ];
    emitEvent(
      this.context,
      "ENGINE_EVENT",
      `Run termination requested${what.length > 0 ? `: ${what.join("; ")}` : ""}.`,
    );
    this.#interruption.abort(new StepInterruptedError("the run was terminated"));
  }

  async #launchReadySteps(): Promise<void> {
    // Skipping or failing a step without running it can make its downstream steps ready: go again.
    for (let settled = true; settled; ) {
      settled = false;
      for (const step of this.#inPlanOrder(this.#ready)) {
        const state = this.states.get(step.key);
        const unavailable = this.#unavailableInputs(step);
        const zeroLimit = this.limits.zeroLimitFor(step);
        if (unavailable.length > 0) {
          const skipped = { status: "SKIPPED" as const, attempt: state?.attempt ?? 0 };
          const message = `Skipped execution of step "${step.key}": ${unavailable.join("; ")}.`;
          this.#markFinal(
            step.key,
            await settleStep(this.context, step.key, skipped, () =>
              emitEvent(this.context, "STEP_SKIPPED", message, { stepKey: step.key }),
            ),
          );
          settled = true;
        } else if (zeroLimit) {
          const error = new DagflareError(
            "INVALID_RUN_CONFIG",
            `step "${step.key}" matches execution.config.multi.tag_concurrency_limits entry ${describeTagLimit(zeroLimit)}, so it can never start`,
          );
          this.#markFinal(
            step.key,
            await failStep(this.context, step.key, 0, toSerializableError(error), "FRAMEWORK_ERROR"),
          );
          settled = true;
        } else if (
          !(state?.status === "UP_FOR_RETRY" && (state.retryAt ?? 0) > this.context.now()) &&
          this.limits.canStart(step)
        ) {
          this.#launch(
            step,
            state?.status === "UP_FOR_RETRY" || state?.status === "RUNNING" ? state.attempt : 0,
          );
        }
      }
    }
  }

  /** Storage failing stops the launching of steps; the run ends once the running ones finished, then rethrows. */
  #recordStorageFailure(error: unknown): void {
    this.#storageFailure ??= { error };
  }

  #guard(work: Promise<void>): Promise<void> {
    return work.catch((error: unknown) => this.#recordStorageFailure(error));
  }

  #launch(step: ExecutionStep, attempt: number): void {
    this.#pending.delete(step.key);
    this.#ready.delete(step.key);
    this.limits.start(step);
    const options = {
      isAvailable: (source: StepInputSource) => this.#isAvailable(source),
      retriesEnabled: this.retriesEnabled,
      interruption: this.#interruption.signal,
    };
    const task = withPoolSlot(step, this.context, this.#interruption.signal, () =>
      runStepAttempt(step, attempt, this.context, options),
    )
      .then((held) => (held.interrupted ? this.#failInterruptedWhileWaiting(step.key, attempt) : held.value))
      .then(
        (state) => {
          if (state.status !== "UP_FOR_RETRY") return this.#markFinal(step.key, state);
          this.states.set(step.key, state);
          this.#pending.add(step.key);
          this.#ready.add(step.key);
        },
        (error: unknown) => this.#recordStorageFailure(error),
      )
      .finally(() => {
        this.limits.finish(step);
        this.#running.delete(step.key);
      });
    this.#running.set(step.key, task);
  }

  /** A step terminated while waiting for a pool slot never started: it fails as interrupted. */
  #failInterruptedWhileWaiting(stepKey: string, attempt: number): Promise<StepState> {
    const error = interruptionError(
      `Execution of step "${stepKey}" was interrupted: the run was terminated while it waited for a pool slot.`,
    );
    return failStep(this.context, stepKey, attempt, error, "INTERRUPT");
  }

  /** Why the inputs of a ready step cannot all be loaded (empty: they can). */
  #unavailableInputs(step: ExecutionStep): string[] {
    const reasons = step.inputs.flatMap((input) => {
      if (input.collects !== undefined && input.sources.length === 0)
        return [this.#whyNothingCollected(input, input.collects)];
      const missing = input.sources.filter((source) => !this.#isAvailable(source));
      // A collected step skipped is one whose own upstream failed (or produced nothing): as if it failed.
      const blockingStatuses = input.collects === undefined ? ["FAILURE"] : ["FAILURE", "SKIPPED"];
      const upstreamFailed = missing.some((source) =>
        blockingStatuses.includes(this.states.get(source.stepKey)?.status ?? ""),
      );
      // A fan-in input goes ahead with the outputs that exist, unless an upstream step failed.
      const blocking = upstreamFailed || !input.isFanIn || missing.length === input.sources.length;
      return blocking ? missing.map((source) => this.#whyMissing(source)) : [];
    });
    return [...new Set(reasons)];
  }

  #whyMissing(source: StepInputSource): string {
    const status = this.states.get(source.stepKey)?.status;
    if (status === "FAILURE") return `upstream step "${source.stepKey}" failed`;
    if (status === "SKIPPED") return `upstream step "${source.stepKey}" was skipped`;
    if (source.mappingKey !== undefined)
      return `upstream step "${source.stepKey}" did not produce output "${source.outputName}" with mapping key "${source.mappingKey}"`;
    return `upstream step "${source.stepKey}" did not produce output "${source.outputName}"`;
  }

  /** A collecting input with nothing to collect: its dynamic output failed, was skipped or had no values. */
  #whyNothingCollected(input: StepInput, root: DynamicRoot): string {
    const unavailable = this.#mappingKeysOf(root)?.unavailable;
    if (unavailable !== undefined) return unavailable;
    if (this.#executes(root.stepKey) && this.states.get(root.stepKey)?.status !== "SUCCESS")
      return this.#whyMissing({ ...root, fromParentRun: false });
    return `input "${input.name}" collects dynamic output "${root.outputName}" of step "${root.stepKey}", which produced no values`;
  }

  #isAvailable(source: StepInputSource): boolean {
    if (source.fromParentRun) return true;
    const state = this.states.get(source.stepKey);
    if (state?.status !== "SUCCESS") return false;
    if (source.mappingKey !== undefined)
      return state.mappingKeys?.[source.outputName]?.includes(source.mappingKey) === true;
    return state.outputNames?.includes(source.outputName) === true;
  }

  #isFinal(stepKey: string): boolean {
    const status = this.states.get(stepKey)?.status;
    return status !== undefined && FINAL_STATUSES.has(status);
  }

  #nextRetryAt(): number | undefined {
    const times = [...this.#ready].flatMap((key) => {
      const state = this.states.get(key);
      return state?.status === "UP_FOR_RETRY" ? [state.retryAt ?? 0] : [];
    });
    return times.length === 0 ? undefined : Math.min(...times);
  }

  /** One sleep per wake-up time, shared by loop iterations; a sleep that ends early is replaced next time. */
  #wakeAt(at: number): Promise<void> {
    if (this.#retryWake?.at !== at) {
      const promise = this.context.sleep(Math.max(0, at - this.context.now())).then(() => {
        if (this.#retryWake?.at === at) this.#retryWake = undefined;
      });
      this.#retryWake = { at, promise };
    }
    return this.#retryWake.promise;
  }

  #markFinal(stepKey: string, state: StepState): void {
    this.states.set(stepKey, state);
    this.#pending.delete(stepKey);
    this.#ready.delete(stepKey);
    for (const child of this.#downstream.get(stepKey) ?? []) {
      const unfinished = (this.#unfinishedUpstream.get(child) ?? 0) - 1;
      this.#unfinishedUpstream.set(child, unfinished);
      if (unfinished === 0) this.#ready.add(child);
    }
    // After the children above: steps resolved now count this step as finished already.
    if (this.#unresolved.size > 0) this.#resolve();
  }

  #inPlanOrder(keys: Iterable<string>): ExecutionStep[] {
    const entries = [...keys].flatMap((key) => this.#steps.get(key) ?? []);
    return entries.sort((a, b) => a.index - b.index).map((entry) => entry.step);
  }

  #keysInPlanOrder(keys: Iterable<string>): string {
    return this.#inPlanOrder(keys)
      .map((step) => step.key)
      .join(", ");
  }

  /** Steps left waiting to retry, or interrupted and not relaunched, fail as interrupted (Dagster's INTERRUPT). */
  async #interruptWaitingSteps(): Promise<void> {
    for (const { key } of this.#inPlanOrder(this.#pending)) {
      const state = this.states.get(key);
      if (state === undefined) continue;
      const error = interruptionError(
        `Execution of step "${key}" was interrupted: the run was terminated before its next attempt.`,
      );
      this.#markFinal(key, await failStep(this.context, key, state.attempt, error, "INTERRUPT"));
    }
  }
}
