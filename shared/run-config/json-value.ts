/**
 * Small helpers for the JSON values a run config is made of (what JSON.parse or YAML yields).
 * @module
 */

/** True for a JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The JSON type of a value, splitting numbers into integer and number as JSON Schema does. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** A value as a user would write it in a message: strings bare, anything else as JSON. */
export function displayValue(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}

/** Quotes each name and joins them: `"a", "b"`. */
export function quoteList(names: readonly string[]): string {
  return names.map((name) => JSON.stringify(name)).join(", ");
}

/** Orders strings by code unit, the same in every locale (keys and messages must not depend on one). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
