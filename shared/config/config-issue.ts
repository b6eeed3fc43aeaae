/**
 * The raw form of a config problem, before it is placed in the YAML text: a key path into the file and a
 * message. Key paths are always in the file's own terms (snake_case keys, list indexes), never in the
 * camelCase of the parsed value, so a user can find the spot the message names.
 * @module
 */

export type KeyPath = readonly (string | number)[];

export type RawConfigIssue = {
  path: KeyPath;
  message: string;
  /** The issue is about the key itself (unknown key, bad header name), so point at the key, not its value. */
  atKey?: boolean;
};

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `["load_from", 1, "url"]` → `load_from[1].url`; keys that are not plain words are quoted: `headers["X.Y"]`. */
export function formatKeyPath(path: KeyPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

const MAX_SHOWN = 60;

/** A short, unambiguous rendering of an offending value for a "got ..." suffix. */
export function describeValue(value: unknown): string {
  const shown = value === undefined ? "nothing" : (JSON.stringify(value) ?? String(value));
  return shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN - 3)}...` : shown;
}
