/**
 * Step keys of mapped steps, in Dagster's format: `node[mapping_key]` for one mapped instance of a node
 * downstream of a dynamic output, `node[?]` while the mapping keys are not known yet (an unresolved step).
 * @module
 */

/** The mapping key of a step not resolved yet (Dagster's `[?]`). */
export const UNRESOLVED_MAPPING_KEY = "?";

const MAPPED_STEP_KEY = /^([A-Za-z0-9_]+)\[([A-Za-z0-9_]+|\?)\]$/;

/** `node[mappingKey]`. */
export function mappedStepKey(nodeName: string, mappingKey: string): string {
  return `${nodeName}[${mappingKey}]`;
}

/** The node a step key executes and, for a mapped step, its mapping key (`?` when unresolved). */
export function parseStepKey(stepKey: string): { nodeName: string; mappingKey?: string } {
  const match = MAPPED_STEP_KEY.exec(stepKey);
  return match
    ? { nodeName: match[1] ?? stepKey, mappingKey: match[2] ?? UNRESOLVED_MAPPING_KEY }
    : { nodeName: stepKey };
}
