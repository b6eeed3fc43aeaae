/**
 * A strict YAML mapping whose snake_case keys become camelCase in the parsed value, reversibly: decoding
 * gives `{ maxConcurrentRuns }` to TypeScript, encoding gives `{ max_concurrent_runs }` back for display.
 * Strict because a misspelt key must fail, not be ignored.
 * @module
 */
import { z } from "zod";

type CamelCase<S extends string> = S extends `${infer Head}_${infer Rest}`
  ? `${Head}${Capitalize<CamelCase<Rest>>}`
  : S;

/** The same object with snake_case keys renamed to camelCase. */
export type CamelKeys<T> = { [K in keyof T as K extends string ? CamelCase<K> : K]: T[K] };

/** Error text for a mapping that is something else; other issues keep their own messages. */
export const NOT_A_MAPPING = {
  error: (issue: { code: string }) => (issue.code === "invalid_type" ? "expected a mapping" : undefined),
};

function camelCase(key: string): string {
  return key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

function renameKeys(value: object, names: ReadonlyMap<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [names.get(key) ?? key, item]));
}

/** A strict mapping with the given snake_case `shape`, parsed to camelCase keys. */
export function yamlMapping<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const input = z.strictObject(shape, NOT_A_MAPPING);
  const toCamel = new Map(Object.keys(shape).map((key) => [key, camelCase(key)]));
  const toSnake = new Map([...toCamel].map(([snake, camel]) => [camel, snake]));
  type Snake = z.output<typeof input>;
  // Renaming keys is beyond what the checker can follow; the key maps are built from the shape itself.
  return z.codec(input, z.custom<CamelKeys<Snake>>(), {
    decode: (value) => renameKeys(value, toCamel) as CamelKeys<Snake>,
    encode: (value) => renameKeys(value, toSnake) as Snake,
  });
}
