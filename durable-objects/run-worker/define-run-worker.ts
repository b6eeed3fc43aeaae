/**
 * The RunWorker Durable Object (Dagster's run worker process), one per run: a code location exports
 * `RunWorker = defineRunWorker(load)` and binds it as RUN_WORKER, and the run launcher reaches the
 * object of a run through the location (`RUN_WORKER.getByName(runId)`), so ops run in the location's
 * own isolate. Wiring only: the run worker core (`executeRun`) runs in the object's alarm over the
 * object's storage and reports events and captured stdout/stderr to the instance (INSTANCE); the
 * alarm's at-least-once retries and the core's stored step state carry a run across restarts.
 * Termination interrupts the steps in flight through the run's AbortSignal, inside the engine.
 * @module
 */
import { DurableObject } from "cloudflare:workers";
import { loadOnce } from "../../shared/code-location/definitions-loader";
import type { RunWorkerHealth, StartRunRequest, StartRunResult, TerminateRunResult } from "../../shared/code-location/protocol";
import { RUN_WORKER_BINDING, runWorkerNamespace, type RunWorkerObjectApi } from "../../shared/code-location/run-worker-host";
import type { Definitions } from "../../shared/definitions/definitions";
import { DagflareError } from "../../shared/errors/dagflare-error";
import { toSerializableError } from "../../shared/errors/serializable-error";
import { emitEvent } from "../../shared/executor/emit-event";
import { createInProcessStepRunner } from "../../shared/executor/in-process-step-runner";
import type { InstanceApi } from "../../shared/instance/instance-api";
import { instanceApiFromEnv } from "../../shared/instance/instance-api-client";
import { KeyValueIOManager } from "../../shared/io-manager/kv-io-manager";
import { withParentRunOutputs } from "../../shared/io-manager/parent-run-outputs";
import { createComputeLogWriter } from "../../shared/run-worker/compute-log-writer";
import { createEventWriter, type EventWriter } from "../../shared/run-worker/event-writer";
import { executeRun } from "../../shared/run-worker/execute-run";
import { KeyValueRunStateStore } from "../../shared/run-worker/key-value-run-state-store";
import { InFlightSteps } from "./in-flight-steps";
import { jobForRun } from "./job-for-run";
import { runWorkerHealth } from "./run-worker-health";
import { RunWorkerRecord } from "./run-worker-record";

const HEARTBEAT_INTERVAL_MS = 5_000;
/** The longest single wait for a step retry, so a termination request is noticed within it. */
const SLEEP_SLICE_MS = 1_000;
/** How long an interrupted op may take to stop after its run ended before the object is reset to stop it. */
const STOP_GRACE_MS = 5_000;

/** Another run's RunWorker object, as a re-execution asks it for outputs. */
type RunWorkerPeer = { loadOutput(stepKey: string, outputName: string): Promise<unknown> };

/** The RunWorker class for a code location whose definitions `load` builds (called once per isolate). */
export function defineRunWorker(load: () => Definitions) {
  const definitions = loadOnce(load);

  return class RunWorker extends DurableObject<object> implements RunWorkerObjectApi, RunWorkerPeer {
    readonly #record = new RunWorkerRecord(this.ctx.storage);
    readonly #state = new KeyValueRunStateStore(this.ctx.storage);
    readonly #outputs = new KeyValueIOManager(this.ctx.storage);
    /** Set while the alarm executes the run; aborting it interrupts the steps in flight. */
    #execution: AbortController | undefined;

    /** Checks the job, op selection and INSTANCE binding, stores the request and arms the alarm; later calls only resume a stopped run. */
    async start(request: StartRunRequest): Promise<StartRunResult> {
      try {
        if ((await this.#record.request()) === undefined) {
          const loaded = await definitions();
          if (!loaded.ok) return { ok: false, error: loaded.error };
          jobForRun(loaded.snapshot, request);
          instanceApiFromEnv(this.env);
          await this.#record.setRequest(request);
        }
        await this.#resume();
        return { ok: true };
      } catch (error) {
        return { ok: false, error: toSerializableError(error) };
      }
    }

    /**
     * Records the termination request (checked between step launches, and by a worker that resumes) and
     * interrupts the steps in flight; the run then ends with RUN_CANCELED. Not accepted when no run
     * started here or the run finished.
     */
    async terminate(): Promise<TerminateRunResult> {
      const request = await this.#record.request();
      if (request === undefined) return { accepted: false, message: "no run was started in this run worker" };
      if (await this.#finished()) return { accepted: false, message: `run ${request.runId} already finished` };
      await this.#record.requestTermination();
      // A worker that stopped mid-run resumes, only to end the run as canceled.
      await this.#resume();
      this.#execution?.abort();
      return { accepted: true };
    }

    async health(): Promise<RunWorkerHealth> {
      const request = await this.#record.request();
      const active = this.#execution !== undefined || (await this.ctx.storage.getAlarm()) !== null;
      return runWorkerHealth({ runId: request?.runId, runState: await this.#state.getRunState(), active, lastHeartbeat: await this.#record.lastHeartbeat() });
    }

    /**
     * An output of this run, for a re-execution of it; one this run loaded from its own parent comes from there.
     * @throws DagflareError NOT_FOUND naming the output when no run here produced it.
     */
    async loadOutput(stepKey: string, outputName: string): Promise<unknown> {
      const request = await this.#record.request();
      if (request === undefined) throw new DagflareError("NOT_FOUND", `no run was started in this run worker, so it has no output "${outputName}" of step "${stepKey}"`);
      const executedHere = request.stepKeysToExecute === null || request.stepKeysToExecute.includes(stepKey);
      if (executedHere || request.parentRunId === null) return this.#outputs.loadInput({ runId: request.runId, stepKey, outputName });
      return this.#peer(request.parentRunId).loadOutput(stepKey, outputName);
    }

    override async alarm(): Promise<void> {
      const request = await this.#record.request();
      if (request === undefined || this.#execution !== undefined) return;
      const loaded = await definitions();
      if (!loaded.ok) throw new DagflareError("INVALID_DEFINITION", `run ${request.runId}: the code location's definitions no longer load: ${loaded.error.message}`);
      const instance = instanceApiFromEnv(this.env);
      const events = createEventWriter({ sink: (batch) => instance.storeEvents(batch) });
      const execution = new AbortController();
      this.#execution = execution;
      const steps = new InFlightSteps(createInProcessStepRunner(loaded.definitions));
      // A missed beat only ages the heartbeat, which is what it reports.
      const heartbeat = setInterval(() => void this.#record.beat(Date.now()).catch(() => undefined), HEARTBEAT_INTERVAL_MS);
      try {
        await this.#record.beat(Date.now());
        await executeRun({
          run: request,
          job: jobForRun(loaded.snapshot, request),
          stepRunner: steps.runner,
          events,
          computeLogs: createComputeLogWriter({ runId: request.runId, sink: (batch) => instance.storeComputeLogs(batch) }),
          state: this.#state,
          ioManager: withParentRunOutputs(this.#outputs, request.runId, (ref) => this.#peer(ref.runId).loadOutput(ref.stepKey, ref.outputName)),
          now: () => Date.now(),
          sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, SLEEP_SLICE_MS))),
          isTerminationRequested: () => this.#terminationRequested(instance, request.runId),
          signal: execution.signal,
        });
        if (!(await steps.settledWithin(STOP_GRACE_MS))) await this.#reset(request.runId, steps.keys(), events);
      } finally {
        clearInterval(heartbeat);
        this.#execution = undefined;
      }
    }

    /**
     * The last resort when an interrupted op ignores `context.signal`: JavaScript cannot stop a promise, so
     * the op would go on running (and acting on the world) in this object after its run was canceled, for
     * as long as the object stays in memory, which every health check prolongs. Resetting the object is
     * the only way to stop it; the run has ended and its state is stored, so nothing else is lost.
     */
    async #reset(runId: string, stepKeys: readonly string[], events: EventWriter): Promise<void> {
      const message = `Steps ${stepKeys.join(", ")} did not stop within ${STOP_GRACE_MS / 1000} s of being interrupted: restarting the run worker to stop them.`;
      emitEvent({ runId, events, now: () => Date.now() }, "ENGINE_EVENT", message);
      await events.flush();
      this.ctx.abort(`run ${runId}: steps ${stepKeys.join(", ")} ignored their interruption`);
    }

    /** Arms the alarm unless the run is executing, already due to, or finished. */
    async #resume(): Promise<void> {
      if (this.#execution !== undefined || (await this.#finished()) || (await this.ctx.storage.getAlarm()) !== null) return;
      await this.ctx.storage.setAlarm(Date.now());
    }

    async #finished(): Promise<boolean> {
      return (await this.#state.getRunState())?.terminalEventWritten === true;
    }

    /**
     * Termination is requested through this object, or by the run's stored status (read at step
     * boundaries): CANCELING, or CANCELED when it was marked canceled without waiting for the worker.
     */
    async #terminationRequested(instance: InstanceApi, runId: string): Promise<boolean> {
      if (await this.#record.terminationRequested()) return true;
      const status = (await instance.getRun(runId))?.status;
      if (status !== "CANCELING" && status !== "CANCELED") return false;
      await this.#record.requestTermination();
      return true;
    }

    #peer(runId: string): RunWorkerPeer {
      const namespace = runWorkerNamespace<RunWorkerPeer>(this.env);
      if (namespace === undefined) throw new DagflareError("CODE_LOCATION_UNAVAILABLE", `cannot reach the run worker of run ${runId}: this Worker has no "${RUN_WORKER_BINDING}" Durable Object binding`);
      return namespace.getByName(runId);
    }
  };
}
