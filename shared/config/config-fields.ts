/**
 * The building blocks of the config schemas. Every scalar field accepts `{ env: NAME }` in place of its
 * value and carries one message saying what it expects, used for both a wrong type and a wrong range
 * ("expected an integer >= -1, got "ten"").
 * @module
 */
import { z } from "zod";
import { IDENTIFIER } from "./env-reference";
import { coerceBoolean, coerceNumber, envable } from "./pending-env-value";
import { NOT_A_MAPPING } from "./yaml-mapping";

/** An HTTP header name (an RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function stringField(pattern?: { regex: RegExp; expected: string }) {
  const text = z.string({ error: pattern?.expected ?? "expected a string" });
  return envable(pattern === undefined ? text : text.regex(pattern.regex, { error: pattern.expected }));
}

export function bindingNameField() {
  return stringField({
    regex: IDENTIFIER,
    expected: "expected a Worker binding name (letters, digits and _, not starting with a digit)",
  });
}

export function httpUrlField() {
  return envable(z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }));
}

export function integerField(min: number) {
  const expected = `expected an integer >= ${min}`;
  return envable(z.int({ error: expected }).min(min, { error: expected }), coerceNumber);
}

/** A duration in seconds, fractions allowed; `positive` excludes 0. */
export function secondsField(bound: "positive" | "non-negative") {
  const expected = `expected a number of seconds ${bound === "positive" ? "> 0" : ">= 0"}`;
  const number = z.number({ error: expected });
  return envable(
    bound === "positive" ? number.gt(0, { error: expected }) : number.min(0, { error: expected }),
    coerceNumber,
  );
}

export function booleanField() {
  return envable(z.boolean({ error: "expected true or false" }), coerceBoolean);
}

export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item, { error: "expected a list" });
}

/** Environment variables to set (for a container): variable names to text values. */
export function envVarsField() {
  return z.record(
    z.string().regex(IDENTIFIER, { error: "expected an environment variable name" }),
    stringField(),
    NOT_A_MAPPING,
  );
}

/** HTTP headers to send: names must be valid header names. */
export function headersField() {
  return z.record(
    z.string().regex(HEADER_NAME, { error: "expected an HTTP header name" }),
    stringField(),
    NOT_A_MAPPING,
  );
}
