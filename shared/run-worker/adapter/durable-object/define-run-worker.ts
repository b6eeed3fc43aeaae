/**
 * The RunWorker Durable Object (Dagster's run worker process), one per run: a code location exports
 * `RunWorker = defineRunWorker(load)` and binds it as RUN_WORKER, and the run launcher reaches the
 * object of a run through the location (`RUN_WORKER.getByName(runId)`), so ops run in the location's
 * own isolate. Wiring only: the host-neutral run worker (RunWorkerCore) runs in the object's alarm over
 * the object's storage and reports events and captured stdout/stderr to the instance (INSTANCE); the
 * alarm's at-least-once retries and the engine's stored step state carry a run across restarts.
 * Termination interrupts the steps in flight through the run's AbortSignal, inside the engine; an op that
 * ignores it is stopped by resetting the object.
 * @module
 */
import { DurableObject } from "cloudflare:workers";
import { loadOnce } from "../../../code-location/definitions-loader";
import type {
  RunWorkerHealth,
  StartRunRequest,
  StartRunResult,
  TerminateRunResult,
} from "../../../protocol/code-location-protocol";
import {
  RUN_WORKER_BINDING,
  runWorkerNamespace,
  type RunWorkerObjectApi,
} from "../../../code-location/run-worker-host";
import type { Definitions } from "../../../definitions/definitions";
import { DagflareError } from "../../../errors/dagflare-error";
import { emitEvent } from "../../../executor/emit-event";
import { instanceApiFromEnv } from "../../../instance-api/instance-api-client";
import type { EventWriter } from "../../../executor/event-writer";
import { RunWorkerCore } from "../../run-worker-core";
import { InFlightSteps } from "./in-flight-steps";

/** How long an interrupted op may take to stop after its run ended before the object is reset to stop it. */
const STOP_GRACE_MS = 5_000;

/** Another run's RunWorker object, as a re-execution asks it for outputs. */
type RunWorkerPeer = { loadOutput(stepKey: string, outputName: string): Promise<unknown> };

/** The RunWorker class for a code location whose definitions `load` builds (called once per isolate). */
export function defineRunWorker(load: () => Definitions) {
  const definitions = loadOnce(load);

  return class RunWorker
    extends DurableObject<Readonly<Record<string, unknown>>>
    implements RunWorkerObjectApi, RunWorkerPeer
  {
    readonly #core = new RunWorkerCore(this.ctx.storage, {
      definitions,
      instance: () => instanceApiFromEnv(this.env),
      env: this.env,
      outputOfRun: (runId, stepKey, outputName) => this.#peer(runId).loadOutput(stepKey, outputName),
      where: "this run worker",
    });
    /** Set while the alarm executes the run; aborting it interrupts the steps in flight. */
    #execution: AbortController | undefined;

    /** Checks the run (RunWorkerCore.start), stores the request and arms the alarm; later calls only resume a stopped run. */
    start(request: StartRunRequest): Promise<StartRunResult> {
      return this.#core.start(request, () => this.#resume());
    }

    /** Records the termination request, resumes a stopped run (only to end it canceled) and interrupts the steps in flight. */
    terminate(): Promise<TerminateRunResult> {
      return this.#core.terminate(async () => {
        await this.#resume();
        this.#execution?.abort();
      });
    }

    async health(): Promise<RunWorkerHealth> {
      return this.#core.health(this.#execution !== undefined || (await this.ctx.storage.getAlarm()) !== null);
    }

    /** An output of this run, for a re-execution of it (RunWorkerCore.loadOutput). */
    loadOutput(stepKey: string, outputName: string): Promise<unknown> {
      return this.#core.loadOutput(stepKey, outputName);
    }

    override async alarm(): Promise<void> {
      if (this.#execution !== undefined) return;
      const execution = new AbortController();
      this.#execution = execution;
      const steps = new InFlightSteps();
      try {
        await this.#core.execute({
          signal: execution.signal,
          wrapStepRunner: (runner) => steps.track(runner),
          afterRun: async (run, events) => {
            if (!(await steps.settledWithin(STOP_GRACE_MS)))
              await this.#reset(run.runId, steps.keys(), events);
          },
        });
      } finally {
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
      if (
        this.#execution !== undefined ||
        (await this.#core.finished()) ||
        (await this.ctx.storage.getAlarm()) !== null
      )
        return;
      await this.ctx.storage.setAlarm(Date.now());
    }

    #peer(runId: string): RunWorkerPeer {
      const namespace = runWorkerNamespace<RunWorkerPeer>(this.env);
      if (namespace === undefined)
        throw new DagflareError(
          "CODE_LOCATION_UNAVAILABLE",
          `cannot reach the run worker of run ${runId}: this Worker has no "${RUN_WORKER_BINDING}" Durable Object binding`,
        );
      return namespace.getByName(runId);
    }
  };
}
