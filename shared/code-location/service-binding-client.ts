/**
 * A code location client over a service binding: the location Worker's WorkerEntrypoint methods
 * called by RPC (in-process, no public URL).
 * @module
 */
import { callLocation } from "./client-call";
import {
  ExecuteStepResultSchema,
  LoadResultSchema,
  PingResultSchema,
  RunWorkerHealthSchema,
  StartRunResultSchema,
  TerminateRunResultSchema,
  TickEvaluationSchema,
  type CodeLocationApi,
  type EvaluateScheduleRequest,
  type EvaluateSensorRequest,
  type ExecuteStepRequest,
  type RunIdRequest,
  type RunWorkerHostApi,
  type StartRunRequest,
} from "./protocol";

type LocationServerApi = CodeLocationApi & RunWorkerHostApi;

/** A service binding to a code location: its RPC methods (answers not trusted until parsed) and `fetch`. */
export type CodeLocationBinding = { [M in keyof LocationServerApi]: (...args: Parameters<LocationServerApi[M]>) => Promise<unknown> } & {
  fetch(request: Request): Promise<Response>;
};

/**
 * True for a service binding (a Fetcher). Whether its Worker implements the protocol only shows when
 * a method is called: RPC stubs answer any method name.
 */
export function isCodeLocationBinding(value: unknown): value is CodeLocationBinding {
  // Loopback bindings (ctx.exports) are callable objects, so functions qualify too.
  return (typeof value === "object" || typeof value === "function") && value !== null && "fetch" in value && typeof value.fetch === "function";
}

/** Every method parses the answer; failures throw DagflareError CODE_LOCATION_UNAVAILABLE. */
export class ServiceBindingCodeLocationClient implements LocationServerApi {
  constructor(
    readonly locationName: string,
    private readonly binding: CodeLocationBinding,
  ) {}

  ping(echo: string) {
    return callLocation(this.locationName, "ping", PingResultSchema, () => this.binding.ping(echo));
  }
  loadDefinitions() {
    return callLocation(this.locationName, "loadDefinitions", LoadResultSchema, () => this.binding.loadDefinitions());
  }
  evaluateSchedule(request: EvaluateScheduleRequest) {
    return callLocation(this.locationName, "evaluateSchedule", TickEvaluationSchema, () => this.binding.evaluateSchedule(request));
  }
  evaluateSensor(request: EvaluateSensorRequest) {
    return callLocation(this.locationName, "evaluateSensor", TickEvaluationSchema, () => this.binding.evaluateSensor(request));
  }
  executeStep(request: ExecuteStepRequest) {
    return callLocation(this.locationName, "executeStep", ExecuteStepResultSchema, () => this.binding.executeStep(request));
  }
  startRun(request: StartRunRequest) {
    return callLocation(this.locationName, "startRun", StartRunResultSchema, () => this.binding.startRun(request));
  }
  terminateRun(request: RunIdRequest) {
    return callLocation(this.locationName, "terminateRun", TerminateRunResultSchema, () => this.binding.terminateRun(request));
  }
  runWorkerHealth(request: RunIdRequest) {
    return callLocation(this.locationName, "runWorkerHealth", RunWorkerHealthSchema, () => this.binding.runWorkerHealth(request));
  }
}
