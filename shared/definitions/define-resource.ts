/**
 * Resources (Dagster's ConfigurableResource / @resource): values an op receives in `ctx.resources`,
 * created per step from `runConfig.resources.<name>.config`.
 * @module
 */
import type { z } from "zod";
import type { Awaitable, ConfigValue } from "./sdk-types";

/** A resource producing values of type `T`. The config type is erased once defined. */
export interface ResourceDefinition<T = unknown> {
  readonly kind: "resource";
  readonly description: string | undefined;
  readonly config: z.ZodType | undefined;
  create(context: { config: unknown }): Awaitable<T>;
}

export interface ResourceSpec<T, C extends z.ZodType | undefined> {
  description?: string;
  /** zod schema of `resources.<name>.config` in the run config. */
  config?: C;
  /** Called once per step that needs the resource; a throw fails that step as a user code error. */
  create: (context: { config: ConfigValue<C> }) => Awaitable<T>;
}

/** Defines a resource. Pure: nothing is created until a step needs it. */
export function defineResource<T, C extends z.ZodType | undefined = undefined>(spec: ResourceSpec<T, C>): ResourceDefinition<T> {
  return { kind: "resource", description: spec.description, config: spec.config, create: spec.create };
}
