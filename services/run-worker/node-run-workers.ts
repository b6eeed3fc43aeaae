/**
 * The run worker host of the Node run-worker service (RunWorkerHostApi), the counterpart of the
 * RunWorker Durable Object: each run keeps its start request, termination flag, heartbeat, step state and
 * outputs in its own folder (`<dataDir>/runs/<runId>/`), executes with `executeRun` in this process over
 * the in-process step runner (or the executor its run config asks for), and reports events and captured
 * stdout/stderr to the instance through the InstanceApi. A run this service stopped executing (a crash, a
 * restart) reports FAILED health and resumes from its stored step state when started again, which run
 * monitoring does. Termination interrupts the steps in flight through the run's AbortSignal; an op that
 * ignores its `context.signal` runs on unobserved until it returns (a process cannot stop a promise).
 * @module
 */
import { join } from "node:path";
import type { LoadedDefinitions } from "../../shared/code-location/definitions-loader";
import type { RunIdRequest, RunWorkerHealth, RunWorkerHostApi, StartRunRequest, StartRunResult, TerminateRunResult } from "../../shared/code-location/protocol";
import { jobForRun } from "../../durable-objects/run-worker/job-for-run";
import { runWorkerHealth } from "../../durable-objects/run-worker/run-worker-health";
import { RunWorkerRecord } from "../../durable-objects/run-worker/run-worker-record";
import { DagflareError } from "../../shared/errors/dagflare-error";
import { toSerializableError } from "../../shared/errors/serializable-error";
import { createInProcessStepRunner } from "../../shared/executor/in-process-step-runner";
import { StepInterruptedError } from "../../shared/executor/step-interruption";
import type { InstanceApi } from "../../shared/instance/instance-api";
import { KeyValueIOManager } from "../../shared/io-manager/kv-io-manager";
import { withParentRunOutputs } from "../../shared/io-manager/parent-run-outputs";
import { createComputeLogWriter } from "../../shared/run-worker/compute-log-writer";
import { createEventWriter } from "../../shared/run-worker/event-writer";
import { executeRun } from "../../shared/run-worker/execute-run";
import { KeyValueRunStateStore } from "../../shared/run-worker/key-value-run-state-store";
import { encodeName, FileKeyValueStore } from "./file-key-value-store";

const HEARTBEAT_INTERVAL_MS = 5_000;
/** The longest single wait for a step retry, so a termination request is noticed within it. */
const SLEEP_SLICE_MS = 1_000;
/** Executions that stop on an error (the instance unreachable) are retried this often, then left to run monitoring. */
const MAX_EXECUTION_ATTEMPTS = 4;
const EXECUTION_RETRY_DELAY_MS = 1_000;

export type NodeRunWorkersOptions = {
  /** The code location's definitions, loaded once (`loadOnce`). */
  readonly definitions: () => Promise<LoadedDefinitions>;
  readonly dataDir: string;
  /** Where events go; undefined when the service was started without an instance, so it refuses runs. */
  readonly instance: InstanceApi | undefined;
};

/** One run's storage on disk. */
class RunFolder {
  readonly record: RunWorkerRecord;
  readonly state: KeyValueRunStateStore;
  readonly outputs: KeyValueIOManager;

  constructor(
    readonly runId: string,
    dataDir: string,
  ) {
    const kv = new FileKeyValueStore(join(dataDir, "runs", encodeName(runId)));
    this.record = new RunWorkerRecord(kv);
    this.state = new KeyValueRunStateStore(kv);
    this.outputs = new KeyValueIOManager(kv);
  }

  async finished(): Promise<boolean> {
    return (await this.state.getRunState())?.terminalEventWritten === true;
  }
}

/** A run executing in this process; aborting it interrupts the run's steps in flight. */
type Execution = AbortController;

export class NodeRunWorkers implements RunWorkerHostApi {
  readonly #executions = new Map<string, Execution>();
  /** Per run, the tail of its start/terminate calls: they run one at a time, so two starts cannot both begin executing. */
  readonly #locks = new Map<string, Promise<unknown>>();

  constructor(private readonly options: NodeRunWorkersOptions) {}

  /** Runs executing now. */
  get activeRuns(): number {
    return this.#executions.size;
  }

  /**
   * Checks the job, op selection and instance, stores the request and starts executing; later calls only
   * resume a run that stopped executing (idempotent).
   */
  async startRun(request: StartRunRequest): Promise<StartRunResult> {
    try {
      return await this.#exclusive(request.runId, async (): Promise<StartRunResult> => {
        const run = this.#run(request.runId);
        if ((await run.record.request()) === undefined) {
          const loaded = await this.options.definitions();
          if (!loaded.ok) return { ok: false, error: loaded.error };
          jobForRun(loaded.snapshot, request);
          this.#instance();
          await run.record.setRequest(request);
        }
        await this.#resume(run);
        return { ok: true };
      });
    } catch (error) {
      return { ok: false, error: toSerializableError(error) };
    }
  }

  /** Records the termination request and interrupts the step in flight; the run then ends with RUN_CANCELED. */
  terminateRun({ runId }: RunIdRequest): Promise<TerminateRunResult> {
    return this.#exclusive(runId, async (): Promise<TerminateRunResult> => {
      const run = this.#run(runId);
      if ((await run.record.request()) === undefined) return { accepted: false, message: `no run ${runId} was started on this run worker service` };
      if (await run.finished()) return { accepted: false, message: `run ${runId} already finished` };
      await run.record.requestTermination();
      const execution = this.#executions.get(runId);
      // A run that stopped executing resumes, only to end as canceled.
      if (execution === undefined) await this.#resume(run);
      else execution.abort(new StepInterruptedError(`run ${runId} was terminated`));
      return { accepted: true };
    });
  }

  async runWorkerHealth({ runId }: RunIdRequest): Promise<RunWorkerHealth> {
    const run = this.#run(runId);
    const request = await run.record.request();
    return runWorkerHealth({ runId: request?.runId, runState: await run.state.getRunState(), active: this.#executions.has(runId), lastHeartbeat: await run.record.lastHeartbeat() });
  }

  #run(runId: string): RunFolder {
    return new RunFolder(runId, this.options.dataDir);
  }

  /** Starts executing in the background unless executing already or finished. */
  async #resume(run: RunFolder): Promise<void> {
    if (this.#executions.has(run.runId) || (await run.finished())) return;
    const controller = new AbortController();
    this.#executions.set(run.runId, controller);
    void this.#execute(run, controller).finally(() => this.#executions.delete(run.runId));
  }

  async #execute(run: RunFolder, controller: AbortController): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.#executeOnce(run, controller);
        return;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`run ${run.runId}: execution stopped (attempt ${attempt} of ${MAX_EXECUTION_ATTEMPTS}): ${message}`);
        if (attempt === MAX_EXECUTION_ATTEMPTS) return;
        await new Promise((resolve) => setTimeout(resolve, EXECUTION_RETRY_DELAY_MS * attempt));
      }
    }
  }

  /** @throws what executeRun throws (the instance unreachable); executing again resumes. */
  async #executeOnce(run: RunFolder, controller: AbortController): Promise<void> {
    const request = await run.record.request();
    if (request === undefined) return;
    const loaded = await this.options.definitions();
    if (!loaded.ok) throw new DagflareError("INVALID_DEFINITION", `run ${run.runId}: the code location's definitions no longer load: ${loaded.error.message}`);
    const instance = this.#instance();
    const heartbeat = setInterval(() => void run.record.beat(Date.now()).catch(() => undefined), HEARTBEAT_INTERVAL_MS);
    try {
      await run.record.beat(Date.now());
      await executeRun({
        run: request,
        job: jobForRun(loaded.snapshot, request),
        stepRunner: createInProcessStepRunner(loaded.definitions),
        events: createEventWriter({ sink: (batch) => instance.storeEvents(batch) }),
        computeLogs: createComputeLogWriter({ runId: run.runId, sink: (batch) => instance.storeComputeLogs(batch) }),
        state: run.state,
        ioManager: withParentRunOutputs(run.outputs, run.runId, (ref) => this.#loadOutput(ref.runId, ref.stepKey, ref.outputName)),
        now: () => Date.now(),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, SLEEP_SLICE_MS))),
        isTerminationRequested: () => this.#terminationRequested(run, instance, controller),
        signal: controller.signal,
      });
    } finally {
      clearInterval(heartbeat);
    }
  }

  /**
   * Termination is requested through this service, or by the run's stored status (read at step
   * boundaries): CANCELING, or CANCELED when it was marked canceled without waiting for the worker.
   */
  async #terminationRequested(run: RunFolder, instance: InstanceApi, controller: AbortController): Promise<boolean> {
    if (await run.record.terminationRequested()) return true;
    const status = (await instance.getRun(run.runId))?.status;
    if (status !== "CANCELING" && status !== "CANCELED") return false;
    await run.record.requestTermination();
    controller.abort(new StepInterruptedError(`run ${run.runId} was terminated`));
    return true;
  }

  /**
   * An output of a run executed here, for a re-execution of it; one that run loaded from its own parent
   * comes from there.
   * @throws DagflareError NOT_FOUND when the run did not execute on this service.
   */
  async #loadOutput(runId: string, stepKey: string, outputName: string): Promise<unknown> {
    const run = this.#run(runId);
    const request = await run.record.request();
    if (request === undefined) {
      throw new DagflareError("NOT_FOUND", `run ${runId} did not execute on this run worker service, so its output "${outputName}" of step "${stepKey}" is not here`);
    }
    const executedHere = request.stepKeysToExecute === null || request.stepKeysToExecute.includes(stepKey);
    if (executedHere || request.parentRunId === null) return run.outputs.loadInput({ runId, stepKey, outputName });
    return this.#loadOutput(request.parentRunId, stepKey, outputName);
  }

  #instance(): InstanceApi {
    if (this.options.instance !== undefined) return this.options.instance;
    throw new DagflareError(
      "INVALID_CONFIG",
      "this run worker service has no instance to report events to: start it with --instance-url and --instance-token (or INSTANCE_URL and INSTANCE_TOKEN)",
    );
  }

  #exclusive<T>(runId: string, work: () => Promise<T>): Promise<T> {
    const result = (this.#locks.get(runId) ?? Promise.resolve()).then(work);
    const tail = result.catch(() => undefined);
    this.#locks.set(runId, tail);
    void tail.then(() => {
      if (this.#locks.get(runId) === tail) this.#locks.delete(runId);
    });
    return result;
  }
}
