/**
 * The transport-independent core of a code location server (Dagster's code server): loads the
 * definitions once per isolate, keeps a load error as data, and answers every protocol method from a
 * request parsed with the protocol's zod schemas. serve.ts puts it behind RPC and HTTP.
 * @module
 */
import { z } from "zod";
import type { Definitions } from "../definitions/definitions";
import { formatZodIssues } from "../errors/format-zod-issues";
import { SDK_VERSION } from "../definitions/sdk-version";
import { DagflareError } from "../errors/dagflare-error";
import { toSerializableError, type SerializableError } from "../errors/serializable-error";
import { loadOnce } from "./definitions-loader";
import {
  EvaluateScheduleRequestSchema,
  EvaluateSensorRequestSchema,
  ExecuteStepRequestSchema,
  PROTOCOL_VERSION,
  type CodeLocationApi,
  type ExecuteStepResult,
  type TickEvaluation,
} from "../protocol/code-location-protocol";

/** The HTTP form of ping's argument. */
export const PingRequestSchema = z.object({ echo: z.string() });

export type CodeLocationMethod = keyof CodeLocationApi;
export const CODE_LOCATION_METHODS: readonly CodeLocationMethod[] = [
  "ping",
  "loadDefinitions",
  "evaluateSchedule",
  "evaluateSensor",
  "executeStep",
];

/**
 * Each protocol method taking its request as unparsed data (the JSON body, or the RPC arguments), and
 * the signal of the call when the transport has one (HTTP: it aborts when the client disconnects), which
 * interrupts an executing step as termination does.
 */
export type LocationHandlers = {
  [M in CodeLocationMethod]: (request: unknown, signal?: AbortSignal) => ReturnType<CodeLocationApi[M]>;
};

function failedTick(error: SerializableError): TickEvaluation {
  return { ok: false, error, logs: [] };
}

function failedStep(error: SerializableError): ExecuteStepResult {
  return { status: "FAILURE", error, errorSource: "FRAMEWORK_ERROR", logs: [], reports: [] };
}

/**
 * A request of `method` parsed with its protocol schema.
 * @throws DagflareError BAD_REQUEST naming the method and each bad field (`request.<path>`).
 */
export function parseRequest<S extends z.ZodType>(method: string, schema: S, request: unknown): z.output<S> {
  const parsed = schema.safeParse(request);
  if (!parsed.success)
    throw new DagflareError(
      "BAD_REQUEST",
      `${method}: malformed request: ${formatZodIssues(parsed.error, "request")}`,
    );
  return parsed.data;
}

/**
 * Handlers over the definitions `load` returns. `load` runs at most once, on first use; if it throws,
 * ping still answers and every other method answers with the load error (never throws for it).
 * @throws DagflareError BAD_REQUEST from a handler whose request does not match the protocol.
 */
export function createLocationHandlers(load: () => Definitions): LocationHandlers {
  /**
   * Random per isolate, so a redeploy (or a restart) is visible to the webserver. Drawn on first use:
   * workerd forbids random values in global scope, where serve() runs.
   */
  let serverId: string | undefined;
  const serverIdOnce = () => {
    serverId ??= crypto.randomUUID();
    return serverId;
  };
  const loaded = loadOnce(load);

  return {
    ping: async (request) => ({
      protocolVersion: PROTOCOL_VERSION,
      sdkVersion: SDK_VERSION,
      serverId: serverIdOnce(),
      echo: parseRequest("ping", PingRequestSchema, request).echo,
    }),
    loadDefinitions: async () => {
      const state = await loaded();
      return state.ok ? { ok: true, snapshot: state.snapshot } : { ok: false, error: state.error };
    },
    evaluateSchedule: async (request) => {
      const parsed = parseRequest("evaluateSchedule", EvaluateScheduleRequestSchema, request);
      const state = await loaded();
      return state.ok ? state.definitions.evaluateSchedule(parsed) : failedTick(state.error);
    },
    evaluateSensor: async (request) => {
      const parsed = parseRequest("evaluateSensor", EvaluateSensorRequestSchema, request);
      const state = await loaded();
      return state.ok ? state.definitions.evaluateSensor(parsed) : failedTick(state.error);
    },
    executeStep: async (request, signal) => {
      const parsed = parseRequest("executeStep", ExecuteStepRequestSchema, request);
      const state = await loaded();
      return state.ok
        ? state.definitions.executeStep(parsed, undefined, { signal })
        : failedStep(state.error);
    },
  };
}

/**
 * The RPC face of the handlers. A malformed request comes back as a failed result (BAD_REQUEST), as
 * errors travel as data across RPC; only ping, whose answer has no failed form, throws.
 */
export function toRpcApi(handlers: LocationHandlers): CodeLocationApi {
  const asTick = (error: unknown) => failedTick(toSerializableError(error));
  return {
    ping: (echo) => handlers.ping({ echo }),
    loadDefinitions: () => handlers.loadDefinitions(undefined),
    evaluateSchedule: (request) => handlers.evaluateSchedule(request).catch(asTick),
    evaluateSensor: (request) => handlers.evaluateSensor(request).catch(asTick),
    executeStep: (request) =>
      handlers.executeStep(request).catch((error: unknown) => failedStep(toSerializableError(error))),
  };
}
