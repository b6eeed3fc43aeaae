/**
 * `run_launcher` in dagflare.yaml: where a launched run executes. `durable_object` (the default) runs it
 * in a RunWorker Durable Object; `remote` posts it to an HTTP service; `container` starts a Cloudflare
 * Container per run.
 * @module
 */
import { z } from "zod";
import { envVarsField, headersField, httpUrlField, integerField, secondsField, stringField } from "./config-fields";
import type { Resolved } from "./pending-env-value";
import { NOT_A_MAPPING, yamlMapping } from "./yaml-mapping";

export const DurableObjectRunLauncherConfigSchema = yamlMapping({ type: z.literal("durable_object") });

export const RemoteRunLauncherConfigSchema = yamlMapping({
  type: z.literal("remote"),
  url: httpUrlField(),
  headers: headersField().default({}),
  /** Left to the launcher's own default when absent. */
  timeout_seconds: secondsField("positive").optional(),
});

export const ContainerRunLauncherConfigSchema = yamlMapping({
  type: z.literal("container"),
  image: stringField().optional(),
  instance_type: stringField().optional(),
  max_instances: integerField(1).optional(),
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
