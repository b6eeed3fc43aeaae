/**
 * `serve(load)`: turns a code location's definitions into its Worker's default export, a
 * WorkerEntrypoint that answers the protocol over service-binding RPC and over HTTP (`fetch`), and hosts
 * the run workers of its jobs when the Worker binds RUN_WORKER.
 * Usage: `export default serve(() => definitions);`
 * @module
 */
import { WorkerEntrypoint } from "cloudflare:workers";
import type { Definitions } from "../definitions/definitions";
import { handleLocationHttp } from "./location-http";
import { createLocationHandlers, toRpcApi } from "./location-server";
import type {
  CodeLocationApi,
  EvaluateScheduleRequest,
  EvaluateSensorRequest,
  ExecuteStepRequest,
  RunIdRequest,
  RunWorkerHostApi,
  StartRunRequest,
} from "../protocol/code-location-protocol";
import { createRunWorkerHostHandlers, toRunWorkerHostRpcApi } from "./run-worker-host";

/**
 * The entrypoint class for a code location. `load` is called lazily, once per isolate; building the
 * definitions inside it (`serve(() => defineDefinitions({...}))`) turns an invalid definition into a
 * load error the webserver shows, instead of a Worker that fails to start.
 */
export function serve(load: () => Definitions) {
  const handlers = createLocationHandlers(load);
  const api = toRpcApi(handlers);
  return class CodeLocationEntrypoint extends WorkerEntrypoint implements CodeLocationApi, RunWorkerHostApi {
    ping(echo: string) {
      return api.ping(echo);
    }
    loadDefinitions() {
      return api.loadDefinitions();
    }
    evaluateSchedule(request: EvaluateScheduleRequest) {
      return api.evaluateSchedule(request);
    }
    evaluateSensor(request: EvaluateSensorRequest) {
      return api.evaluateSensor(request);
    }
    executeStep(request: ExecuteStepRequest) {
      return api.executeStep(request);
    }
    startRun(request: StartRunRequest) {
      return this.#host().startRun(request);
    }
    terminateRun(request: RunIdRequest) {
      return this.#host().terminateRun(request);
    }
    runWorkerHealth(request: RunIdRequest) {
      return this.#host().runWorkerHealth(request);
    }
    override fetch(request: Request): Promise<Response> {
      return handleLocationHttp({ ...handlers, ...createRunWorkerHostHandlers(this.env) }, request);
    }
    // The bindings live on the instance's env, so the host handlers are built per call (cheap: no I/O).
    #host(): RunWorkerHostApi {
      return toRunWorkerHostRpcApi(createRunWorkerHostHandlers(this.env));
    }
  };
}
