/**
 * The value constraints zod puts in JSON Schema (bounds, lengths, patterns, item counts). Dagster's
 * config types have none, but zod enforces them when the op parses its config, so checking them at
 * launch turns a step failure into a launch-time config error.
 * @module
 */
import type { JsonSchema } from "../protocol/code-location-protocol";
import { DagflareError } from "../errors/dagflare-error";

type Rule = readonly [
  keyword: string,
  broken: (limit: number) => boolean,
  problem: (limit: number) => string,
];

/**
 * What `value` breaks among `schema`'s constraints, each worded "must ..."; empty when it breaks none.
 * Throws DagflareError("INVALID_DEFINITION") when the schema's `pattern` is not a valid regular expression.
 */
export function constraintProblems(schema: JsonSchema, value: unknown): string[] {
  if (typeof value === "number") {
    return broken(schema, [
      ["minimum", (limit) => value < limit, (limit) => `must be at least ${limit}`],
      ["maximum", (limit) => value > limit, (limit) => `must be at most ${limit}`],
      ["exclusiveMinimum", (limit) => value <= limit, (limit) => `must be greater than ${limit}`],
      ["exclusiveMaximum", (limit) => value >= limit, (limit) => `must be less than ${limit}`],
      [
        "multipleOf",
        (limit) => !Number.isInteger(value / limit),
        (limit) => `must be a multiple of ${limit}`,
      ],
    ]);
  }
  if (typeof value === "string") {
    // zod counts UTF-16 code units, so this does too.
    const lengths = broken(schema, [
      ["minLength", (limit) => value.length < limit, (limit) => `must be at least ${limit} characters long`],
      ["maxLength", (limit) => value.length > limit, (limit) => `must be at most ${limit} characters long`],
    ]);
    return typeof schema.pattern === "string" && !compile(schema.pattern).test(value)
      ? [...lengths, `must match the pattern /${schema.pattern}/`]
      : lengths;
  }
  if (Array.isArray(value)) {
    return broken(schema, [
      ["minItems", (limit) => value.length < limit, (limit) => `must have at least ${limit} items`],
      ["maxItems", (limit) => value.length > limit, (limit) => `must have at most ${limit} items`],
    ]);
  }
  return [];
}

function broken(schema: JsonSchema, rules: readonly Rule[]): string[] {
  return rules.flatMap(([keyword, isBroken, problem]) => {
    const limit = schema[keyword];
    return typeof limit === "number" && isBroken(limit) ? [problem(limit)] : [];
  });
}

function compile(pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch (error) {
    throw new DagflareError(
      "INVALID_DEFINITION",
      `Invalid run config schema: pattern /${pattern}/ is not a valid regular expression.`,
      { cause: error },
    );
  }
}
