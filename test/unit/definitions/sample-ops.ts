// Small ops and a helper shared by the SDK unit tests.
import { z } from "zod";
import { expect } from "vitest";
import { defineOp, defineResource } from "../../../shared/definitions";
import { DagflareError } from "../../../shared/errors/dagflare-error";

export const source = defineOp({ name: "source", out: z.number(), fn: async () => 1 });
export const double = defineOp({
  name: "double",
  ins: { value: z.number() },
  out: z.number(),
  fn: async (_ctx, { value }) => value * 2,
});
export const sum = defineOp({
  name: "sum",
  ins: { values: z.array(z.number()) },
  out: z.number(),
  fn: async (_ctx, { values }) => values.reduce((a, b) => a + b, 0),
});
export const counter = defineResource({
  config: z.object({ start: z.number().default(0) }),
  create: ({ config }) => ({ next: () => config.start + 1 }),
});

/** Asserts `build` throws INVALID_DEFINITION whose message matches every pattern; returns the message. */
export function expectInvalid(build: () => unknown, patterns: readonly (string | RegExp)[]): string {
  let thrown: unknown;
  try {
    build();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DagflareError);
  const error = thrown instanceof DagflareError ? thrown : new DagflareError("INTERNAL", "not thrown");
  expect(error.code).toBe("INVALID_DEFINITION");
  for (const pattern of patterns) expect(error.message).toMatch(pattern);
  return error.message;
}
