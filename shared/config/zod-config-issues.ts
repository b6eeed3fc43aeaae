/**
 * zod issues → config issues a user can act on: one issue per unknown key (pointing at the key), the
 * offending value appended ("got ..."), and unions reduced to the branch the value was meant for, so a
 * value that is neither form gets "expected A or B" rather than zod's nested report.
 * @module
 */
import type { z } from "zod";
import { describeValue, type KeyPath, type RawConfigIssue } from "./config-issue";
import { EnvReference } from "./env-reference";
import { NOT_AN_ENV_REFERENCE } from "./pending-env-value";

type ZodIssue = z.core.$ZodIssue;
type UnionIssue = z.core.$ZodIssueInvalidUnion;

/** Converts zod issues, prefixing each path with `base` (the place the parsed value came from). */
export function fromZodIssues(issues: readonly ZodIssue[], base: KeyPath = []): RawConfigIssue[] {
  return issues.flatMap((issue) => fromZodIssue(issue, [...base, ...issue.path.map(keyOf)]));
}

function keyOf(segment: PropertyKey): string | number {
  return typeof segment === "symbol" ? String(segment) : segment;
}

function fromZodIssue(issue: ZodIssue, path: KeyPath): RawConfigIssue[] {
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ path: [...path, key], message: "unknown key", atKey: true }));
    case "invalid_key":
      return fromZodIssues(issue.issues, path).map((keyIssue) => ({ ...keyIssue, atKey: true }));
    case "invalid_union":
      return fromUnionIssue(issue, path);
    case "custom":
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: withInput(issue.message, issue.input) }];
  }
}

const ONLY_SCALARS_FROM_ENV = "an env reference can only stand for a single text, number or true/false value";

/**
 * `message, got <input>`, or `missing required key (message)` when nothing was given; an env reference
 * given where it cannot be used gets `envNote` to say why.
 */
export function withInput(message: string, input: unknown, envNote = ONLY_SCALARS_FROM_ENV): string {
  if (input === undefined) return `missing required key (${message})`;
  if (input instanceof EnvReference) return `${message}, got { env: ${input.name} }; ${envNote}`;
  return `${message}, got ${describeValue(input)}`;
}

function fromUnionIssue(issue: UnionIssue, path: KeyPath): RawConfigIssue[] {
  if (issue.errors.length === 0) return fromDiscriminatorIssue(issue, path);
  const branches = meaningfulBranches(issue);
  const chosen = branches.find(fitsShape) ?? (branches.length === 1 ? branches[0] : undefined);
  if (chosen !== undefined) return fromZodIssues(chosen, path);
  const expected = [...new Set(branches.flatMap(expectations))].map((text, index) =>
    index === 0 ? text : text.replace(/^expected /, ""),
  );
  return [{ path, message: withInput(expected.join(" or "), issue.input) }];
}

/** No option has the value's discriminator; the path already ends at the discriminator key. */
function fromDiscriminatorIssue(issue: UnionIssue, path: KeyPath): RawConfigIssue[] {
  const discriminator = issue.discriminator;
  const value =
    discriminator !== undefined && isRecord(issue.input) ? issue.input[discriminator] : issue.input;
  const options =
    "options" in issue && issue.options !== undefined ? issue.options.map(String).join(", ") : "";
  return [
    {
      path,
      message: withInput(
        `expected one of: ${options}`,
        value,
        "the type is chosen in the file, not by an env reference",
      ),
    },
  ];
}

/** Drops the `{ env: ... }` branch of env-able fields unless the value was a reference. */
function meaningfulBranches(issue: UnionIssue): ZodIssue[][] {
  return issue.errors.filter(
    (branch) => !(branch.length === 1 && branch[0]?.message === NOT_AN_ENV_REFERENCE),
  );
}

/** A branch fits when the value had the branch's shape and only something inside it was wrong. */
function fitsShape(branch: readonly ZodIssue[]): boolean {
  return branch.every((issue) => {
    if (issue.path.length > 0) return true;
    if (issue.code === "invalid_type") return false;
    if (issue.code === "invalid_union" && issue.errors.length > 0)
      return meaningfulBranches(issue).some(fitsShape);
    return true;
  });
}

function expectations(branch: readonly ZodIssue[]): string[] {
  return branch
    .filter((issue) => issue.path.length === 0)
    .flatMap((issue) =>
      issue.code === "invalid_union" && issue.errors.length > 0
        ? meaningfulBranches(issue).flatMap(expectations)
        : [issue.message],
    );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
