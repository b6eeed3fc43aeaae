/**
 * A code location client over HTTP (`POST <url>/__dagflare/<method>` with JSON), for locations deployed
 * elsewhere; the injectable `fetch` also lets it speak HTTP through a service binding's `fetch`.
 * @module
 */
import { callLocation } from "./client-call";
import {
  CODE_LOCATION_HTTP_PREFIX,
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

export interface HttpCodeLocationClientOptions {
  readonly locationName: string;
  /** Base URL of the location; the protocol path is appended (`https://host/base` → `https://host/base/__dagflare/ping`). */
  readonly url: string;
  /** Sent with every request (e.g. an authorization header). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Defaults to the global fetch. */
  readonly fetch?: (request: Request) => Promise<Response>;
}

/** Every method parses the answer; failures (network, non-2xx, bad JSON) throw DagflareError CODE_LOCATION_UNAVAILABLE. */
export class HttpCodeLocationClient implements CodeLocationApi, RunWorkerHostApi {
  readonly locationName: string;
  private readonly send: (request: Request) => Promise<Response>;

  constructor(private readonly options: HttpCodeLocationClientOptions) {
    this.locationName = options.locationName;
    this.send = options.fetch ?? ((request) => fetch(request));
  }

  private async post(method: keyof CodeLocationApi | keyof RunWorkerHostApi, body: unknown): Promise<unknown> {
    const url = `${this.options.url.replace(/\/+$/, "")}${CODE_LOCATION_HTTP_PREFIX}${method}`;
    const response = await this.send(
      new Request(url, { method: "POST", headers: { ...this.options.headers, "content-type": "application/json" }, body: JSON.stringify(body) }),
    );
    const text = await response.text();
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}: ${errorText(text)}`);
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`the answer from ${url} is not JSON: ${text.slice(0, 200)}`);
    }
  }

  ping(echo: string) {
    return callLocation(this.locationName, "ping", PingResultSchema, () => this.post("ping", { echo }));
  }
  loadDefinitions() {
    return callLocation(this.locationName, "loadDefinitions", LoadResultSchema, () => this.post("loadDefinitions", {}));
  }
  evaluateSchedule(request: EvaluateScheduleRequest) {
    return callLocation(this.locationName, "evaluateSchedule", TickEvaluationSchema, () => this.post("evaluateSchedule", request));
  }
  evaluateSensor(request: EvaluateSensorRequest) {
    return callLocation(this.locationName, "evaluateSensor", TickEvaluationSchema, () => this.post("evaluateSensor", request));
  }
  executeStep(request: ExecuteStepRequest) {
    return callLocation(this.locationName, "executeStep", ExecuteStepResultSchema, () => this.post("executeStep", request));
  }
  startRun(request: StartRunRequest) {
    return callLocation(this.locationName, "startRun", StartRunResultSchema, () => this.post("startRun", request));
  }
  terminateRun(request: RunIdRequest) {
    return callLocation(this.locationName, "terminateRun", TerminateRunResultSchema, () => this.post("terminateRun", request));
  }
  runWorkerHealth(request: RunIdRequest) {
    return callLocation(this.locationName, "runWorkerHealth", RunWorkerHealthSchema, () => this.post("runWorkerHealth", request));
  }
}

/** The `error` of a `{ error }` body, else the start of the body. */
function errorText(text: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === "object" && body !== null && "error" in body && typeof body.error === "string") return body.error;
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.slice(0, 200);
}
