/**
 * Resources (Dagster's ConfigurableResource / @resource): values an op receives in `ctx.resources`,
 * created per step from their configured values (`values`, where a value may be an environment variable
 * reference) overlaid by `runConfig.resources.<key>.config`. A resource may depend on other resources
 * (`resources`), created before it and handed to its `create`.
 * @module
 */
import { z } from "zod";
import type { EnvVarRef } from "./env-var";
import type { Awaitable, ConfigValue } from "./sdk-types";

/** A configured value: a scalar written in the definitions, or a reference read at run time. */
export type ConfiguredValue = string | number | boolean | EnvVarRef;

/** A resource producing values of type `T`. The config type is erased once defined. */
export interface ResourceDefinition<T = unknown> {
  readonly kind: "resource";
  /** The resource's type name shown in the UI (Dagster's resource class name); defaults to the key. */
  readonly name: string | undefined;
  readonly description: string | undefined;
  readonly config: z.ZodType | undefined;
  /** The config as run config may give it: configured keys become optional there. */
  readonly runConfigSchema: z.ZodType | undefined;
  readonly values: Readonly<Record<string, ConfiguredValue>>;
  readonly resources: Readonly<Record<string, ResourceDefinition>>;
  create(context: { config: unknown; resources: Readonly<Record<string, unknown>> }): Awaitable<T>;
}

type NestedValues<R> = { [K in keyof R]: R[K] extends ResourceDefinition<infer V> ? V : never };
type ConfigInput<C> = C extends z.ZodType ? z.input<C> : Record<string, never>;

export interface ResourceSpec<
  T,
  C extends z.ZodType | undefined,
  R extends Readonly<Record<string, ResourceDefinition>>,
> {
  name?: string;
  description?: string;
  /** zod schema of the resource's config (`resources.<key>.config` in the run config). */
  config?: C;
  /** Config given in the definitions; `{ env: "NAME" }` (EnvVar) is read where the step runs. */
  values?: { [K in keyof ConfigInput<C>]?: ConfiguredValue };
  /** Resources this one depends on, by key, created first and passed to `create`. */
  resources?: R;
  /** Called once per step that needs the resource; a throw fails that step as a user code error. */
  create: (context: { config: ConfigValue<C>; resources: NestedValues<R> }) => Awaitable<T>;
}

/** Defines a resource. Pure: nothing is created until a step needs it. */
export function defineResource<
  T,
  C extends z.ZodType | undefined = undefined,
  R extends Readonly<Record<string, ResourceDefinition>> = Record<never, never>,
>(spec: ResourceSpec<T, C, R>): ResourceDefinition<T> {
  const values = (spec.values ?? {}) as Record<string, ConfiguredValue>;
  // Only the config's own fields (a value naming another is refused when the definitions load).
  const { config } = spec;
  const configured =
    config instanceof z.ZodObject
      ? Object.keys(values).filter((key) => Object.hasOwn(config.shape, key))
      : [];
  const runConfigSchema =
    config instanceof z.ZodObject && configured.length > 0
      ? config.partial(
          Object.fromEntries(configured.map((key) => [key, true])) as Record<string, true> &
            Record<number, never>,
        )
      : config;
  return {
    kind: "resource",
    name: spec.name,
    description: spec.description,
    config: spec.config,
    runConfigSchema,
    values,
    resources: spec.resources ?? {},
    create: spec.create as ResourceDefinition<T>["create"],
  };
}
