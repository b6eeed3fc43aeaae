/**
 * The run worker of one run, whatever hosts it: what a RunWorker Durable Object and the Node run-worker
 * service both do over the run's key-value storage (the start request, the termination flag, the
 * heartbeat, the engine's step state and the outputs). A host adds only what differs between them: how
 * execution is scheduled (an alarm; a background promise), how another run's outputs are reached, and
 * what is done about ops that ignore their interruption.
 * @module
 */
import type { LoadedDefinitions } from "../code-location/definitions-loader";
import type {
  RunWorkerHealth,
  StartRunRequest,
  StartRunResult,
  TerminateRunResult,
} from "../protocol/code-location-protocol";
import { DagflareError } from "../errors/dagflare-error";
import { toSerializableError } from "../errors/serializable-error";
import { createInProcessStepRunner } from "../executor/in-process-step-runner";
import type { StepRunner } from "../executor/step-runner";
import type { InstanceApi } from "../instance-api/instance-api";
import { createIOManager } from "../io-manager/create-io-manager";
import type { IOManager } from "../io-manager/io-manager";
import { withParentRunOutputs } from "../io-manager/parent-run-outputs";
import { isFinished } from "../storage/run-status";
import { createComputeLogWriter } from "../executor/compute-log-writer";
import { createEventWriter, type EventWriter } from "../executor/event-writer";
import { executeRun } from "./execute-run";
import { jobForRun } from "./job-for-run";
import type { KeyValueStore } from "../storage/key-value-store";
import { KeyValueRunStateStore } from "./key-value-run-state-store";
import { runWorkerHealth } from "./run-worker-health";
import { RunWorkerRecord } from "./run-worker-record";

const HEARTBEAT_INTERVAL_MS = 5_000;
/** The longest single wait for a step retry, so a termination request is noticed within it. */
const SLEEP_SLICE_MS = 1_000;
/**
 * How often, at most, the run's stored status is read at a termination check. A terminate through this
 * worker sets its own flag, read at every check; the stored status only catches a cancel that never reached
 * the worker, and reading it at every step boundary cost a round trip to the instance per step.
 */
const STATUS_READ_INTERVAL_MS = 1_000;

/** What the host of a run worker provides. */
export type RunWorkerHostContext = {
  /** The code location's definitions, loaded once per process or isolate. */
  readonly definitions: () => Promise<LoadedDefinitions>;
  /**
   * Where the run's events go.
   * @throws DagflareError INVALID_CONFIG naming what to configure when the host has no instance.
   */
  readonly instance: () => InstanceApi;
  /** An output of another run (a re-execution's parent), from wherever that run executed. */
  readonly outputOfRun: (runId: string, stepKey: string, outputName: string) => Promise<unknown>;
  /** Where run config's `{ env: NAME }` references are read: the Worker's vars and secrets, or the process environment. */
  readonly env: Readonly<Record<string, unknown>>;
  /** How messages name the host: `this run worker`, `this run worker service`. */
  readonly where: string;
  /** The code location whose runs the host takes, when it serves one only; runs of another are refused. */
  readonly locationName?: string;
};

export type ExecuteOptions = {
  /** Aborted when the run is terminated at once: steps in flight are interrupted. */
  readonly signal: AbortSignal;
  /** Wraps the in-process step runner (a RunWorker object keeps track of the ops still running). */
  readonly wrapStepRunner?: (runner: StepRunner) => StepRunner;
  /** Called once the run has ended, the heartbeat still beating, with the run's event writer. */
  readonly afterRun?: (run: StartRunRequest, events: EventWriter) => Promise<void>;
};

export class RunWorkerCore {
  readonly #record: RunWorkerRecord;
  readonly #state: KeyValueRunStateStore;

  constructor(
    private readonly kv: KeyValueStore,
    private readonly host: RunWorkerHostContext,
  ) {
    this.#record = new RunWorkerRecord(kv);
    this.#state = new KeyValueRunStateStore(kv);
  }

  /** True once the run's terminal event is written: nothing is left to execute. */
  async finished(): Promise<boolean> {
    return (await this.#state.getRunState())?.terminalEventWritten === true;
  }

  /**
   * The first start checks the job, op selection, location and instance, then the run's stored status
   * (one getRun: a launch that timed out may arrive after the run was failed or canceled), and stores
   * the request; later starts check nothing again (idempotent). Then `resume` has the host execute the
   * run unless it is executing or finished.
   * @returns `{ ok: false }` with the reason for any refusal, including a run already finished or
   * canceling (RUN_CONFLICT) and one of another location (NOT_FOUND naming both).
   */
  async start(request: StartRunRequest, resume: () => Promise<void>): Promise<StartRunResult> {
    try {
      if ((await this.#record.request()) === undefined) {
        const loaded = await this.host.definitions();
        if (!loaded.ok) return { ok: false, error: loaded.error };
        jobForRun(loaded.snapshot, request);
        this.#checkLocation(request);
        // A bucket the run config names but this worker lacks refuses the launch, naming the run-config path.
        this.#outputs(request);
        await refuseUnlessRunnable(this.host.instance(), request.runId);
        await this.#record.setRequest(request);
      }
      await resume();
      return { ok: true };
    } catch (error) {
      return { ok: false, error: toSerializableError(error) };
    }
  }

  /**
   * Records the termination request (checked between step launches, and by a worker that resumes), then
   * `interrupt` has the host resume a stopped run (only to end it as canceled) or interrupt the steps in
   * flight; the run then ends with RUN_CANCELED. Not accepted when no run started here or it finished.
   */
  async terminate(interrupt: () => Promise<void>): Promise<TerminateRunResult> {
    const request = await this.#record.request();
    if (request === undefined)
      return { accepted: false, message: `no run was started in ${this.host.where}` };
    if (await this.finished()) return { accepted: false, message: `run ${request.runId} already finished` };
    await this.#record.requestTermination();
    await interrupt();
    return { accepted: true };
  }

  /** `active`: executing now or due to (the host knows). */
  async health(active: boolean): Promise<RunWorkerHealth> {
    const [request, runState, lastHeartbeat] = await Promise.all([
      this.#record.request(),
      this.#state.getRunState(),
      this.#record.lastHeartbeat(),
    ]);
    return runWorkerHealth({ runId: request?.runId, runState, active, lastHeartbeat });
  }

  /**
   * An output of this run, for a re-execution of it; one this run loaded from its own parent comes from there.
   * @throws DagflareError NOT_FOUND naming the output when no run here produced it.
   */
  async loadOutput(stepKey: string, outputName: string): Promise<unknown> {
    const request = await this.#record.request();
    if (request === undefined)
      throw new DagflareError(
        "NOT_FOUND",
        `no run was started in ${this.host.where}, so it has no output "${outputName}" of step "${stepKey}"`,
      );
    const executedHere = request.stepKeysToExecute === null || request.stepKeysToExecute.includes(stepKey);
    if (executedHere || request.parentRunId === null)
      return this.#outputs(request).loadInput({ runId: request.runId, stepKey, outputName });
    return this.host.outputOfRun(request.parentRunId, stepKey, outputName);
  }

  /**
   * Executes (or resumes) the started run to its end with `executeRun`, beating the heartbeat meanwhile;
   * does nothing before a start.
   * @throws DagflareError INVALID_DEFINITION when the definitions no longer load, or what executeRun
   * throws (the instance unreachable); executing again resumes.
   */
  async execute(options: ExecuteOptions): Promise<void> {
    const request = await this.#record.request();
    if (request === undefined) return;
    const loaded = await this.host.definitions();
    if (!loaded.ok)
      throw new DagflareError(
        "INVALID_DEFINITION",
        `run ${request.runId}: the code location's definitions no longer load: ${loaded.error.message}`,
      );
    const instance = this.host.instance();
    const events = createEventWriter({ sink: (batch) => instance.storeEvents(batch) });
    const runner = createInProcessStepRunner(loaded.definitions);
    const statusReadDue = everyAtMost(STATUS_READ_INTERVAL_MS);
    // A missed beat only ages the heartbeat, which is what it reports.
    const heartbeat = setInterval(
      () => void this.#record.beat(Date.now()).catch(() => undefined),
      HEARTBEAT_INTERVAL_MS,
    );
    try {
      await this.#record.beat(Date.now());
      await executeRun({
        run: request,
        job: jobForRun(loaded.snapshot, request),
        stepRunner: options.wrapStepRunner?.(runner) ?? runner,
        events,
        computeLogs: createComputeLogWriter({
          runId: request.runId,
          sink: (batch) => instance.storeComputeLogs(batch),
        }),
        state: this.#state,
        ioManager: withParentRunOutputs(this.#outputs(request), request.runId, (ref) =>
          this.host.outputOfRun(ref.runId, ref.stepKey, ref.outputName),
        ),
        now: () => Date.now(),
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, SLEEP_SLICE_MS))),
        isTerminationRequested: () => this.#terminationRequested(instance, request.runId, statusReadDue()),
        poolSlots: {
          claim: (claim) => instance.claimPoolSlot(claim),
          free: (runId, stepKey) => instance.freePoolSlot(runId, stepKey),
        },
        signal: options.signal,
        env: this.host.env,
      });
      await options.afterRun?.(request, events);
    } finally {
      clearInterval(heartbeat);
    }
  }

  /**
   * Where the run's outputs are kept, as its run config's `resources.io_manager` says (the run worker's
   * storage by default); a re-execution asks each parent's worker, which reads its own run's choice.
   * @throws DagflareError INVALID_RUN_CONFIG naming the run-config path (e.g. a bucket binding this worker lacks).
   */
  #outputs(request: StartRunRequest): IOManager {
    return createIOManager(request.runConfig, { kv: this.kv, env: this.host.env, where: this.host.where });
  }

  /** @throws DagflareError NOT_FOUND naming both locations when the host serves another one. */
  #checkLocation(request: StartRunRequest): void {
    const serves = this.host.locationName;
    if (serves === undefined || request.locationName === undefined || request.locationName === serves) return;
    throw new DagflareError(
      "NOT_FOUND",
      `run ${request.runId} is of code location "${request.locationName}", but ${this.host.where} serves code location "${serves}": send that location's runs to a run worker started for it (run_launcher.location_urls)`,
    );
  }

  /**
   * Termination is requested through this worker, or by the run's stored status (read when `readStatus`,
   * at the first check and then at most every STATUS_READ_INTERVAL_MS): CANCELING, or CANCELED when it
   * was marked canceled without waiting for the worker.
   */
  async #terminationRequested(instance: InstanceApi, runId: string, readStatus: boolean): Promise<boolean> {
    if (await this.#record.terminationRequested()) return true;
    if (!readStatus) return false;
    const status = (await instance.getRun(runId))?.status;
    if (status !== "CANCELING" && status !== "CANCELED") return false;
    await this.#record.requestTermination();
    return true;
  }
}

/** True at the first call, then again only once `intervalMs` have passed since the last true. */
function everyAtMost(intervalMs: number): () => boolean {
  let last = Number.NEGATIVE_INFINITY;
  return () => {
    const now = Date.now();
    if (now - last < intervalMs) return false;
    last = now;
    return true;
  };
}

/**
 * A run the instance does not know, or that already finished or is being canceled, is not executed:
 * its launch may have timed out and the run been failed (or canceled) before this start arrived.
 * @throws DagflareError NOT_FOUND or RUN_CONFLICT saying why.
 */
async function refuseUnlessRunnable(instance: InstanceApi, runId: string): Promise<void> {
  const run = await instance.getRun(runId);
  if (run === null)
    throw new DagflareError(
      "NOT_FOUND",
      `run ${runId}: the instance has no such run, so its events would have nowhere to go; not executing it`,
    );
  if (isFinished(run.status) || run.status === "CANCELING") {
    throw new DagflareError(
      "RUN_CONFLICT",
      `run ${runId} is already ${run.status}: not executing it (its launch may have timed out and the run been ended before this start arrived)`,
    );
  }
}
