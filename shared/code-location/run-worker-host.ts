/**
 * The run worker host side of a code location server (RunWorkerHostApi): each call is forwarded to the
 * run's own RunWorker Durable Object (`env.RUN_WORKER.getByName(runId)`), so a run executes inside the
 * location that defines its job. serve.ts puts these handlers behind RPC and HTTP.
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import { toSerializableError } from "../errors/serializable-error";
import { parseRequest } from "./location-server";
import {
  RunIdRequestSchema,
  StartRunRequestSchema,
  type RunWorkerHealth,
  type RunWorkerHostApi,
  type StartRunRequest,
  type StartRunResult,
  type TerminateRunResult,
} from "../protocol/code-location-protocol";

/** The Durable Object namespace binding a location hosting run workers declares. */
export const RUN_WORKER_BINDING = "RUN_WORKER";

/** What the RunWorker object of one run answers (the Durable Object adapter, shared/run-worker/adapter/durable-object, implements it). */
export interface RunWorkerObjectApi {
  /** Idempotent: the first call stores the request and starts the run; later calls only resume a stopped worker. */
  start(request: StartRunRequest): Promise<StartRunResult>;
  terminate(): Promise<TerminateRunResult>;
  health(): Promise<RunWorkerHealth>;
}

export type RunWorkerHostMethod = keyof RunWorkerHostApi;
export const RUN_WORKER_HOST_METHODS: readonly RunWorkerHostMethod[] = [
  "startRun",
  "terminateRun",
  "runWorkerHealth",
];

/** Each host method taking its request as unparsed data (the JSON body, or the RPC argument). */
export type RunWorkerHostHandlers = {
  [M in RunWorkerHostMethod]: (request: unknown) => ReturnType<RunWorkerHostApi[M]>;
};

/**
 * The RUN_WORKER Durable Object namespace of `env`, or undefined when the Worker does not bind it. `T` is
 * what the caller asks of the objects: stubs answer any method name, so only a call shows a mismatch.
 */
export function runWorkerNamespace<T>(env: object): DurableObjectNamespaceOf<T> | undefined {
  const namespace: unknown = Reflect.get(env, RUN_WORKER_BINDING);
  return isNamespace<T>(namespace) ? namespace : undefined;
}

type DurableObjectNamespaceOf<T> = { getByName(name: string): T };

function isNamespace<T>(value: unknown): value is DurableObjectNamespaceOf<T> {
  return (
    typeof value === "object" &&
    value !== null &&
    "getByName" in value &&
    typeof value.getByName === "function"
  );
}

const MISSING_BINDING = `this code location has no "${RUN_WORKER_BINDING}" Durable Object binding, so it cannot host run workers; export \`RunWorker = defineRunWorker(load)\` from the Worker and add to its wrangler.toml: [[durable_objects.bindings]] name = "${RUN_WORKER_BINDING}", class_name = "RunWorker" (with a [[migrations]] entry new_sqlite_classes = ["RunWorker"])`;

/**
 * Handlers over the RUN_WORKER binding of `env`, read at call time. A location without the binding
 * answers with data naming it: `{ ok: false }`, `{ accepted: false }`, health UNKNOWN.
 * @throws DagflareError BAD_REQUEST from a handler whose request does not match the protocol.
 */
export function createRunWorkerHostHandlers(env: object): RunWorkerHostHandlers {
  const workers = runWorkerNamespace<RunWorkerObjectApi>(env);
  return {
    startRun: async (request) => {
      const parsed = parseRequest("startRun", StartRunRequestSchema, request);
      if (workers === undefined)
        return {
          ok: false,
          error: toSerializableError(
            new DagflareError("CODE_LOCATION_UNAVAILABLE", `startRun: ${MISSING_BINDING}`),
          ),
        };
      return workers.getByName(parsed.runId).start(parsed);
    },
    terminateRun: async (request) => {
      const { runId } = parseRequest("terminateRun", RunIdRequestSchema, request);
      return workers === undefined
        ? { accepted: false, message: `terminateRun: ${MISSING_BINDING}` }
        : workers.getByName(runId).terminate();
    },
    runWorkerHealth: async (request) => {
      const { runId } = parseRequest("runWorkerHealth", RunIdRequestSchema, request);
      return workers === undefined
        ? { status: "UNKNOWN", message: `runWorkerHealth: ${MISSING_BINDING}` }
        : workers.getByName(runId).health();
    },
  };
}

/**
 * The RPC face of the host handlers. startRun answers any failure (malformed request, the object failing)
 * as `{ ok: false }`, since a launcher branches on it; the others throw, as their answers have no
 * failed form that would not be mistaken for a worker's real state.
 */
export function toRunWorkerHostRpcApi(handlers: RunWorkerHostHandlers): RunWorkerHostApi {
  return {
    startRun: (request) =>
      handlers
        .startRun(request)
        .catch((error: unknown): StartRunResult => ({ ok: false, error: toSerializableError(error) })),
    terminateRun: (request) => handlers.terminateRun(request),
    runWorkerHealth: (request) => handlers.runWorkerHealth(request),
  };
}
