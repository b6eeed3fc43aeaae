/**
 * Type helpers shared by the define* functions.
 * @module
 */
import type { z } from "zod";

export type Awaitable<T> = T | Promise<T>;

/** The parsed value of an optional config schema; `{}` when there is none. */
export type ConfigValue<C> = C extends z.ZodType ? z.output<C> : Record<string, never>;

/** Tags on jobs, ops, schedules and runs: string to string, as in Dagster. */
export type Tags = Readonly<Record<string, string>>;

type OptionalKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/** `T` with every key whose value type admits undefined made optional. */
export type PartialWhereUndefined<T> = { [K in Exclude<keyof T, OptionalKeys<T>>]: T[K] } & {
  [K in OptionalKeys<T>]?: T[K];
};
