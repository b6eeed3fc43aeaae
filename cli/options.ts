/**
 * Parsers for repeated and typed flags; a bad value names its flag (commander prefixes the flag to the
 * InvalidArgumentError's message).
 * @module
 */
import { InvalidArgumentError } from "commander";
import { RUN_STATUSES } from "../shared/storage/run-status";
import type { Tag } from "./graphql/runs";

/** `--tag key=value`, repeatable. */
export function collectTag(text: string, tags: Tag[] = []): Tag[] {
  const at = text.indexOf("=");
  if (at <= 0) throw new InvalidArgumentError(`expected key=value, got "${text}"`);
  return [...tags, { key: text.slice(0, at), value: text.slice(at + 1) }];
}

/** A repeatable flag whose values may also be comma-separated (`--status FAILURE,CANCELED`). */
export function collectList(text: string, values: string[] = []): string[] {
  return [
    ...values,
    ...text
      .split(",")
      .map((value) => value.trim())
      .filter(Boolean),
  ];
}

export function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new InvalidArgumentError(`expected a positive whole number, got "${text}"`);
  return value;
}

/** Every run status, as `--status` takes them (the instance's own list). */
const STATUS_NAMES: readonly string[] = RUN_STATUSES;

export function collectStatus(text: string, statuses: string[] = []): string[] {
  const given = collectList(text.toUpperCase());
  const unknown = given.filter((status) => !STATUS_NAMES.includes(status));
  if (unknown.length)
    throw new InvalidArgumentError(`unknown status ${unknown.join(", ")}; one of ${RUN_STATUSES.join(", ")}`);
  return [...statuses, ...given];
}

/** An ISO 8601 time, as epoch seconds. */
export function isoTime(text: string): number {
  const millis = Date.parse(text);
  if (Number.isNaN(millis))
    throw new InvalidArgumentError(`"${text}" is not an ISO 8601 time (e.g. 2026-01-01T09:00:00Z)`);
  return millis / 1000;
}
