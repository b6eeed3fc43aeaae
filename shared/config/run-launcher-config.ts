/**
 * `run_launcher` in dagflare.yaml: where a launched run executes. `durable_object` (the default) runs it
 * in a RunWorker Durable Object of its code location; `remote` posts it to a run-worker service
 * (shared/run-worker/adapter/node-service) at a URL; `container` starts a Cloudflare Container per run, running that same
 * service, reached through the webserver's Durable Object binding to the container class
 * (shared/run-worker/adapter/container). A service executes one location's definitions, so `remote` and
 * `container` map locations to their own services (`location_urls`, `location_bindings`).
 * @module
 */
import { z } from "zod";
import { bindingNameField, envVarsField, headersField, httpUrlField, secondsField } from "./config-fields";
import type { Resolved } from "./pending-env-value";
import { LOCATION_NAME, LOCATION_NAME_EXPECTED } from "./workspace-config";
import { NOT_A_MAPPING, yamlMapping } from "./yaml-mapping";

/** Code location name → `value`, for the locations whose runs go somewhere other than the default. */
function byLocation<T extends z.ZodType>(value: T) {
  return z
    .record(z.string().regex(LOCATION_NAME, { error: LOCATION_NAME_EXPECTED }), value, NOT_A_MAPPING)
    .optional();
}

/**
 * The value of `locationName` in a `byLocation` mapping, else `fallback`. A Map underneath, so a location
 * named like an Object member ("constructor") finds nothing the mapping did not set.
 */
export function locationLookup<T>(
  mapping: Readonly<Record<string, T>> | undefined,
  fallback: T,
): (locationName: string) => T {
  const values = new Map(Object.entries(mapping ?? {}));
  return (locationName) => values.get(locationName) ?? fallback;
}

export const DurableObjectRunLauncherConfigSchema = yamlMapping({ type: z.literal("durable_object") });

export const RemoteRunLauncherConfigSchema = yamlMapping({
  type: z.literal("remote"),
  /** The service runs of locations not in `location_urls` go to. */
  url: httpUrlField(),
  /** The service of each location that has its own (each service loads one location's definitions). */
  location_urls: byLocation(httpUrlField()),
  headers: headersField().default({}),
  /** Left to the launcher's own default when absent. */
  timeout_seconds: secondsField("positive").optional(),
});

export const ContainerRunLauncherConfigSchema = yamlMapping({
  type: z.literal("container"),
  /** The webserver's Durable Object binding to the container class; the launcher's default when absent. */
  binding: bindingNameField().optional(),
  /** The container class of each location that has its own image (an image holds one location's definitions). */
  location_bindings: byLocation(bindingNameField()),
  /** Sent with every request to a run's container (e.g. the service's bearer token). */
  headers: headersField().optional(),
  /** Per request to a container, including its start; the launcher's default when absent. */
  timeout_seconds: secondsField("positive").optional(),
  /** Set in each run's container when it starts. */
  env_vars: envVarsField().default({}),
});

export const RunLauncherConfigSchema = z.discriminatedUnion(
  "type",
  [DurableObjectRunLauncherConfigSchema, RemoteRunLauncherConfigSchema, ContainerRunLauncherConfigSchema],
  NOT_A_MAPPING,
);

export type RemoteRunLauncherConfig = Resolved<z.output<typeof RemoteRunLauncherConfigSchema>>;
export type ContainerRunLauncherConfig = Resolved<z.output<typeof ContainerRunLauncherConfigSchema>>;
export type RunLauncherConfig = Resolved<z.output<typeof RunLauncherConfigSchema>>;
