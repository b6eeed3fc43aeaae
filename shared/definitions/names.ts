/**
 * Definition names, checked like Dagster's (`^[A-Za-z0-9_]+$`): they become step keys, URL segments
 * and storage keys, so anything else is rejected when the code location loads.
 * @module
 */

const NAME_PATTERN = /^[A-Za-z0-9_]+$/;

/** The problem with `name` as a list: empty when valid, one line otherwise. */
export function nameProblems(what: string, name: string): string[] {
  return NAME_PATTERN.test(name)
    ? []
    : [`${what} name "${name}" is invalid: use only letters, digits and underscores`];
}

/** Problem lines for every name that occurs more than once. */
export function duplicateProblems(what: string, names: readonly string[]): string[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) reported.add(name);
    seen.add(name);
  }
  return [...reported].map((name) => `duplicate ${what} name "${name}"`);
}
