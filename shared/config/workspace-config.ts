/**
 * workspace.yaml, Dagster's workspace.yaml: the code locations the webserver and daemon load.
 *
 * ```yaml
 * load_from:
 *   - service_binding: { binding: EXAMPLE_LOCATION, location_name: example }
 *   - url: { url: https://loc.example.com, location_name: remote, headers: { Authorization: { env: TOKEN } } }
 * ```
 *
 * Parsed to `{ locations: [{ type, locationName, binding } | { type, locationName, url, headers }] }`.
 * @module
 */
import { z } from "zod";
import { bindingNameField, headersField, httpUrlField, listOf, stringField } from "./config-fields";
import type { RawConfigIssue } from "./config-issue";
import { displayYamlConfig, readYamlConfig, type ConfigFileDefinition } from "./load-yaml-config";
import { PendingEnvValue, type Resolved } from "./pending-env-value";
import { asResolved } from "./resolve-env-values";
import { NOT_A_MAPPING } from "./yaml-mapping";

/** What a code location name may be made of (it keys stored state, and run_launcher maps). */
export const LOCATION_NAME = /^[A-Za-z0-9_.-]+$/;
export const LOCATION_NAME_EXPECTED = "expected a location name (letters, digits, _, . and -)";

type EnvText = z.output<ReturnType<typeof stringField>>;
type DecodeContext = { issues: z.core.$ZodRawIssue[] };

/**
 * The name a location gets when `location_name` is left out, from the value of `from` (a key of the same
 * entry). Only a literal value qualifies: a location's name keys its stored schedule and sensor state, so
 * it must not change with the environment.
 */
function defaultLocationName(
  value: EnvText,
  from: string,
  derive: (text: string) => string,
  ctx: DecodeContext,
): string | undefined {
  const reject = (message: string) => {
    ctx.issues.push({ code: "custom", message, input: undefined, path: ["location_name"] });
    return undefined;
  };
  if (value instanceof PendingEnvValue) {
    return reject(
      `location_name is required when ${from} is given as { env: ... }: stored schedule and sensor state is keyed by the location name, so it must not depend on the environment`,
    );
  }
  const name = derive(value);
  return LOCATION_NAME.test(name)
    ? name
    : reject(`the default location name "${name}" (from ${from}) is not valid; set location_name`);
}

const locationNameField = () =>
  stringField({ regex: LOCATION_NAME, expected: LOCATION_NAME_EXPECTED }).optional();

/** A location Worker reached through a service binding; the name defaults to `EXAMPLE_LOCATION` → `example-location`. */
export const ServiceBindingLocationSchema = z.codec(
  z.strictObject({ binding: bindingNameField(), location_name: locationNameField() }, NOT_A_MAPPING),
  z.custom<{ type: "service_binding"; locationName: EnvText; binding: EnvText }>(),
  {
    decode: ({ binding, location_name }, ctx) => {
      const locationName =
        location_name ??
        defaultLocationName(binding, "binding", (text) => text.toLowerCase().replaceAll("_", "-"), ctx);
      return locationName === undefined
        ? z.NEVER
        : { type: "service_binding" as const, locationName, binding };
    },
    encode: ({ binding, locationName }) => ({ binding, location_name: locationName }),
  },
);

/** A location served over HTTP (the same protocol as JSON); the name defaults to the URL's host name. */
export const UrlLocationSchema = z.codec(
  z.strictObject(
    { url: httpUrlField(), location_name: locationNameField(), headers: headersField().default({}) },
    NOT_A_MAPPING,
  ),
  z.custom<{ type: "url"; locationName: EnvText; url: EnvText; headers: Record<string, EnvText> }>(),
  {
    decode: ({ url, location_name, headers }, ctx) => {
      const locationName =
        location_name ?? defaultLocationName(url, "url", (text) => new URL(text).hostname, ctx);
      return locationName === undefined ? z.NEVER : { type: "url" as const, locationName, url, headers };
    },
    encode: ({ url, locationName, headers }) => ({ url, location_name: locationName, headers }),
  },
);

/** One `load_from` entry: a mapping with exactly one key naming the kind of location. */
const LocationEntrySchema = z.codec(
  z.strictObject(
    { service_binding: ServiceBindingLocationSchema.optional(), url: UrlLocationSchema.optional() },
    NOT_A_MAPPING,
  ),
  z.custom<z.output<typeof ServiceBindingLocationSchema> | z.output<typeof UrlLocationSchema>>(),
  {
    decode: ({ service_binding: binding, url }, ctx) => {
      if (binding !== undefined && url === undefined) return binding;
      if (url !== undefined && binding === undefined) return url;
      ctx.issues.push({
        code: "custom",
        message: "a load_from entry needs exactly one of: service_binding, url",
        input: undefined,
      });
      return z.NEVER;
    },
    encode: (location) => (location.type === "url" ? { url: location } : { service_binding: location }),
  },
);

export const WorkspaceConfigSchema = z.codec(
  z.strictObject({ load_from: listOf(LocationEntrySchema).default([]) }, NOT_A_MAPPING),
  z.custom<{ locations: z.output<typeof LocationEntrySchema>[] }>(),
  {
    decode: ({ load_from }) => ({ locations: load_from }),
    encode: ({ locations }) => ({ load_from: locations }),
  },
);

/** Names must be unique; names still waiting for an env value are checked when the Worker resolves them. */
function uniqueLocationNames({ locations }: z.output<typeof WorkspaceConfigSchema>): RawConfigIssue[] {
  const firstIndex = new Map<string, number>();
  return locations.flatMap(({ locationName: name }, index): RawConfigIssue[] => {
    if (typeof name !== "string") return [];
    const first = firstIndex.get(name);
    if (first === undefined) firstIndex.set(name, index);
    return first === undefined
      ? []
      : [
          {
            path: ["load_from", index],
            message: `location name "${name}" is already used by load_from[${first}]`,
          },
        ];
  });
}

export const WORKSPACE_CONFIG_FILE: ConfigFileDefinition<typeof WorkspaceConfigSchema> = {
  schema: WorkspaceConfigSchema,
  validate: uniqueLocationNames,
};

export type WorkspaceConfig = Resolved<z.output<typeof WorkspaceConfigSchema>>;
export type CodeLocationConfig = WorkspaceConfig["locations"][number];
export type ServiceBindingLocationConfig = Extract<CodeLocationConfig, { type: "service_binding" }>;
export type UrlLocationConfig = Extract<CodeLocationConfig, { type: "url" }>;

/**
 * Parses workspace.yaml text (or the DAGFLARE_WORKSPACE_YAML var) into a frozen list of code locations,
 * reading every `{ env: NAME }` from `env`. Absent or empty text means no code locations. Pure.
 * @throws ConfigError listing every problem with key path and line:column.
 */
export function loadWorkspaceConfig(
  text: string | null | undefined,
  options: { source: string; env: Record<string, unknown> },
): WorkspaceConfig {
  const { value } = readYamlConfig(text, WORKSPACE_CONFIG_FILE, {
    source: options.source,
    lookup: { env: options.env, unset: "error" },
  });
  return asResolved(value);
}

/**
 * The effective workspace for the UI, in the file's form with every location name filled and every
 * `{ env: NAME }` kept as the reference.
 * @throws ConfigError if the text is invalid in any way that does not depend on the env.
 */
export function workspaceConfigForDisplay(
  text: string | null | undefined,
  source: string,
): Record<string, unknown> {
  return displayYamlConfig(text, WORKSPACE_CONFIG_FILE, source);
}
