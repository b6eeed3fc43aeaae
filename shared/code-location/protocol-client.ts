/**
 * The protocol's client side, once: each method's request goes through a transport (RPC on a service
 * binding, or JSON over HTTP) and its answer is parsed with the method's result schema before anyone
 * trusts it. Transports differ only in how a call travels.
 * @module
 */
import type { z } from "zod";
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
} from "../protocol/code-location-protocol";

export type LocationServerApi = CodeLocationApi & RunWorkerHostApi;
export type ProtocolMethod = keyof LocationServerApi;

/** Each method's request as it travels (ping's echo wrapped as `{ echo }`, loadDefinitions as `{}`). */
export type ProtocolRequests = {
  ping: { echo: string };
  loadDefinitions: Record<string, never>;
  evaluateSchedule: EvaluateScheduleRequest;
  evaluateSensor: EvaluateSensorRequest;
  executeStep: ExecuteStepRequest;
  startRun: StartRunRequest;
  terminateRun: RunIdRequest;
  runWorkerHealth: RunIdRequest;
};

/** Sends one call and returns the raw, untrusted answer; throws on transport failure. */
export type ProtocolTransport = <M extends ProtocolMethod>(
  method: M,
  request: ProtocolRequests[M],
) => Promise<unknown>;

const RESULT_SCHEMAS = {
  ping: PingResultSchema,
  loadDefinitions: LoadResultSchema,
  evaluateSchedule: TickEvaluationSchema,
  evaluateSensor: TickEvaluationSchema,
  executeStep: ExecuteStepResultSchema,
  startRun: StartRunResultSchema,
  terminateRun: TerminateRunResultSchema,
  runWorkerHealth: RunWorkerHealthSchema,
} satisfies Record<ProtocolMethod, z.ZodType>;

/** Every method parses the answer; failures throw DagflareError CODE_LOCATION_UNAVAILABLE naming the location. */
export class ProtocolClient implements LocationServerApi {
  constructor(
    readonly locationName: string,
    private readonly transport: ProtocolTransport,
  ) {}

  private call<M extends ProtocolMethod>(
    method: M,
    request: ProtocolRequests[M],
  ): Promise<z.output<(typeof RESULT_SCHEMAS)[M]>> {
    // TypeScript cannot correlate RESULT_SCHEMAS[M] with its output through the generic; the table is typed above.
    return callLocation(this.locationName, method, RESULT_SCHEMAS[method], () =>
      this.transport(method, request),
    ) as Promise<z.output<(typeof RESULT_SCHEMAS)[M]>>;
  }

  ping(echo: string) {
    return this.call("ping", { echo });
  }
  loadDefinitions() {
    return this.call("loadDefinitions", {});
  }
  evaluateSchedule(request: EvaluateScheduleRequest) {
    return this.call("evaluateSchedule", request);
  }
  evaluateSensor(request: EvaluateSensorRequest) {
    return this.call("evaluateSensor", request);
  }
  executeStep(request: ExecuteStepRequest) {
    return this.call("executeStep", request);
  }
  startRun(request: StartRunRequest) {
    return this.call("startRun", request);
  }
  terminateRun(request: RunIdRequest) {
    return this.call("terminateRun", request);
  }
  runWorkerHealth(request: RunIdRequest) {
    return this.call("runWorkerHealth", request);
  }
}
