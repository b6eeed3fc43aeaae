/**
 * What schedules and sensors return (Dagster's RunRequest, SkipReason, SensorResult), and their
 * normalisation into the protocol's run requests.
 * @module
 */
import { z } from "zod";
import type { RunRequest as ProtocolRunRequest } from "../protocol/code-location-protocol";
import { formatZodIssues } from "../errors/format-zod-issues";
import type { Tags } from "./sdk-types";

/** Checks what user code returns, since plain objects can be returned in place of RunRequest(...). */
const RunRequestValueSchema = z.object({
  kind: z.literal("RUN_REQUEST"),
  runKey: z.string().optional(),
  runConfig: z.record(z.string(), z.unknown()).optional(),
  tags: z.record(z.string(), z.string()).optional(),
  jobName: z.string().optional(),
});

/** A request for one run. `jobName` may be omitted when the instigator targets a single job. */
export type RunRequest = Readonly<z.infer<typeof RunRequestValueSchema>>;
/** A tick that requests nothing, with the reason shown in the UI. */
export type SkipReason = { readonly kind: "SKIP"; readonly message: string };
/** A sensor's full answer; `cursor` is stored for the next evaluation. */
export type SensorResult = {
  readonly runRequests?: readonly RunRequest[];
  readonly skipReason?: string;
  readonly cursor?: string;
};

export function RunRequest(options: Omit<RunRequest, "kind"> = {}): RunRequest {
  return { kind: "RUN_REQUEST", ...options };
}

export function SkipReason(message: string): SkipReason {
  return { kind: "SKIP", message };
}

/** Everything a schedule or sensor function may return (sensors also return a SensorResult). */
export type TickFnResult = RunRequest | readonly RunRequest[] | SkipReason | SensorResult | undefined | void;

/** Defaults an instigator applies to the run requests it returns. */
export interface RunRequestDefaults {
  /** Used in messages, e.g. `sensor "file_sensor"`. */
  readonly label: string;
  readonly targetJobs: readonly string[];
  readonly runConfig: Readonly<Record<string, unknown>>;
  readonly tags: Tags;
}

/**
 * Turns whatever user code returned into protocol run requests with a resolved job name.
 * @throws Error naming the instigator when the value is unsupported or names a job it does not target.
 */
export function normalizeTickResult(
  value: TickFnResult,
  defaults: RunRequestDefaults,
): { runRequests: ProtocolRunRequest[]; skipReason: string | undefined; cursor: string | undefined } {
  const result = toSensorResult(value, defaults.label);
  return {
    runRequests: (result.runRequests ?? []).map((request) => toProtocol(request, defaults)),
    skipReason: result.skipReason,
    cursor: result.cursor,
  };
}

function toSensorResult(value: TickFnResult, label: string): SensorResult {
  if (value === undefined || value === null) return {};
  if (isList(value)) return { runRequests: value.map((item: unknown) => asRunRequest(item, label)) };
  if (typeof value !== "object")
    throw new Error(
      `${label} returned ${typeof value}; expected RunRequest(s), SkipReason or a sensor result`,
    );
  if ("kind" in value)
    return value.kind === "SKIP"
      ? { skipReason: value.message }
      : { runRequests: [asRunRequest(value, label)] };
  const { runRequests, skipReason, cursor } = value;
  return { runRequests: runRequests?.map((item: unknown) => asRunRequest(item, label)), skipReason, cursor };
}

function isList(value: TickFnResult): value is readonly RunRequest[] {
  return Array.isArray(value);
}

function asRunRequest(value: unknown, label: string): RunRequest {
  const parsed = RunRequestValueSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new Error(
    `${label} returned an invalid run request (build it with RunRequest({...})): ${formatZodIssues(parsed.error)}`,
  );
}

function toProtocol(request: RunRequest, defaults: RunRequestDefaults): ProtocolRunRequest {
  const { jobName, label, targetJobs } = { ...defaults, jobName: request.jobName };
  if (jobName !== undefined && !targetJobs.includes(jobName)) {
    throw new Error(
      `${label} requested a run of job "${jobName}", which it does not target (targets: ${targetJobs.join(", ")})`,
    );
  }
  const resolved = jobName ?? (targetJobs.length === 1 ? targetJobs[0] : undefined);
  if (resolved === undefined)
    throw new Error(
      `${label} targets several jobs (${targetJobs.join(", ")}); each RunRequest must name its jobName`,
    );
  return {
    ...(request.runKey !== undefined ? { runKey: request.runKey } : {}),
    jobName: resolved,
    runConfig: { ...(request.runConfig ?? defaults.runConfig) },
    tags: { ...defaults.tags, ...request.tags },
  };
}
