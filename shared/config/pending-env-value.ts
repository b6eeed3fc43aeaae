/**
 * Env-sourced values between validation and resolution. Schema validation turns each EnvReference into a
 * PendingEnvValue that knows the schema its text must satisfy; resolution later reads the variable's text,
 * coerces it (env vars are always text: "10" → 10 for an integer key) and checks it. Keeping the two steps
 * apart makes the parsed form independent of the env, so the same parse serves loading, the offline check
 * (unset variables stay pending) and the display form (every reference stays a reference).
 * @module
 */
import { z } from "zod";
import { EnvReference } from "./env-reference";

/** Message of the env branch of every env-able field; issue formatting drops that branch as noise. */
export const NOT_AN_ENV_REFERENCE = "not an { env: ... } reference";

export class PendingEnvValue<T> {
  constructor(
    readonly reference: EnvReference,
    /** Coerces and validates the variable's text. */
    readonly parseText: (text: string) => z.ZodSafeParseResult<T>,
  ) {}
}

/** The parsed config once every env value is in: PendingEnvValue<T> becomes T, and everything is read-only. */
export type Resolved<T> =
  T extends PendingEnvValue<infer V>
    ? Resolved<V>
    : T extends readonly (infer E)[]
      ? readonly Resolved<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Resolved<T[K]> }
        : T;

/**
 * `inner`, or `{ env: NAME }` standing for it. `coerce` turns the variable's text into what `inner`
 * expects; anything it cannot convert is passed on unchanged so the error shows the text that was set.
 */
export function envable<T extends z.ZodType>(inner: T, coerce: (text: string) => unknown = (text) => text) {
  const fromEnv = z.codec(
    z.instanceof(EnvReference, { error: NOT_AN_ENV_REFERENCE }),
    z.custom<PendingEnvValue<z.output<T>>>((value) => value instanceof PendingEnvValue),
    {
      decode: (reference) =>
        new PendingEnvValue(reference, (text) => inner.safeParse(coerce(text), { reportInput: true })),
      encode: (pending) => pending.reference,
    },
  );
  return z.union([inner, fromEnv]);
}

/** "10" → 10 and "-1.5" → -1.5; other text is left for the number schema to reject. */
export function coerceNumber(text: string): unknown {
  return /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text;
}

/** "true"/"false" in any case → boolean; other text is left for the boolean schema to reject. */
export function coerceBoolean(text: string): unknown {
  const word = text.trim().toLowerCase();
  return word === "true" || word === "false" ? word === "true" : text;
}
