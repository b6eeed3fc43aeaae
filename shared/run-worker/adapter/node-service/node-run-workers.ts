/**
 * The run worker host of the Node run-worker service (RunWorkerHostApi), the counterpart of the
 * RunWorker Durable Object: each run keeps its start request, termination flag, heartbeat, step state and
 * outputs in its own folder (`<dataDir>/runs/<runId>/`), executes with the host-neutral RunWorkerCore in
 * this process over the in-process step runner (or the executor its run config asks for), and reports
 * events and captured stdout/stderr to the instance through the InstanceApi. A run this service stopped
 * executing (a crash, a restart) reports FAILED health and resumes from its stored step state when
 * started again, which run monitoring does. Termination interrupts the steps in flight through the run's
 * AbortSignal; an op that ignores its `context.signal` runs on unobserved until it returns (a process
 * cannot stop a promise).
 * @module
 */
import { join } from "node:path";
import type { LoadedDefinitions } from "../../../code-location/definitions-loader";
import type {
  RunIdRequest,
  RunWorkerHealth,
  RunWorkerHostApi,
  StartRunRequest,
  StartRunResult,
  TerminateRunResult,
} from "../../../protocol/code-location-protocol";
import { DagflareError } from "../../../errors/dagflare-error";
import { StepInterruptedError } from "../../../executor/step-interruption";
import type { InstanceApi } from "../../../instance-api/instance-api";
import { RunWorkerCore } from "../../run-worker-core";
import { encodeName, FileKeyValueStore } from "./file-key-value-store";

/** Executions that stop on an error (the instance unreachable) are retried this often, then left to run monitoring. */
const MAX_EXECUTION_ATTEMPTS = 4;
const EXECUTION_RETRY_DELAY_MS = 1_000;

export type NodeRunWorkersOptions = {
  /** The code location's definitions, loaded once (`loadOnce`). */
  readonly definitions: () => Promise<LoadedDefinitions>;
  readonly dataDir: string;
  /** Where events go; undefined when the service was started without an instance, so it refuses runs. */
  readonly instance: InstanceApi | undefined;
  /** The code location whose runs this service takes (--location-name); runs of another are refused. */
  readonly locationName?: string;
};

export class NodeRunWorkers implements RunWorkerHostApi {
  /** Runs executing in this process; aborting one interrupts the run's steps in flight. */
  readonly #executions = new Map<string, AbortController>();
  /** Per run, the tail of its start/terminate calls: they run one at a time, so two starts cannot both begin executing. */
  readonly #locks = new Map<string, Promise<unknown>>();

  constructor(private readonly options: NodeRunWorkersOptions) {}

  /** Runs executing now. */
  get activeRuns(): number {
    return this.#executions.size;
  }

  /** Checks the run (RunWorkerCore.start), stores the request and starts executing; later calls only resume a run that stopped executing. */
  startRun(request: StartRunRequest): Promise<StartRunResult> {
    return this.#exclusive(request.runId, () =>
      this.#run(request.runId).start(request, () => this.#resume(request.runId)),
    );
  }

  /** Records the termination request and interrupts the steps in flight; the run then ends with RUN_CANCELED. */
  terminateRun({ runId }: RunIdRequest): Promise<TerminateRunResult> {
    return this.#exclusive(runId, () =>
      this.#run(runId).terminate(async () => {
        const execution = this.#executions.get(runId);
        // A run that stopped executing resumes, only to end as canceled.
        if (execution === undefined) await this.#resume(runId);
        else execution.abort(new StepInterruptedError(`run ${runId} was terminated`));
      }),
    );
  }

  runWorkerHealth({ runId }: RunIdRequest): Promise<RunWorkerHealth> {
    return this.#run(runId).health(this.#executions.has(runId));
  }

  /** The run's worker over its folder (`<dataDir>/runs/<runId>/`). */
  #run(runId: string): RunWorkerCore {
    return new RunWorkerCore(new FileKeyValueStore(join(this.options.dataDir, "runs", encodeName(runId))), {
      definitions: this.options.definitions,
      instance: () => this.#instance(),
      env: process.env,
      // A re-execution's parent run executed here too (runs of a location go to its one service).
      outputOfRun: (parentRunId, stepKey, outputName) =>
        this.#run(parentRunId).loadOutput(stepKey, outputName),
      where: "this run worker service",
      locationName: this.options.locationName,
    });
  }

  /** Starts executing in the background unless executing already or finished. */
  async #resume(runId: string): Promise<void> {
    const run = this.#run(runId);
    if (this.#executions.has(runId) || (await run.finished())) return;
    const controller = new AbortController();
    this.#executions.set(runId, controller);
    void this.#execute(runId, run, controller).finally(() => this.#executions.delete(runId));
  }

  async #execute(runId: string, run: RunWorkerCore, controller: AbortController): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await run.execute({ signal: controller.signal });
        return;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(
          `run ${runId}: execution stopped (attempt ${attempt} of ${MAX_EXECUTION_ATTEMPTS}): ${message}`,
        );
        if (attempt === MAX_EXECUTION_ATTEMPTS) return;
        await new Promise((resolve) => setTimeout(resolve, EXECUTION_RETRY_DELAY_MS * attempt));
      }
    }
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
