/**
 * Which steps a re-execution of a run executes (Dagster's retry strategies FROM_FAILURE and ALL_STEPS).
 * @module
 */
import { mappedStepKey, parseStepKey, UNRESOLVED_MAPPING_KEY } from "../definitions/step-key";
import type { StepStats } from "../storage/event-log-storage";
import type { ExecutionPlan, ExecutionStep } from "./execution-plan";

export type ReexecutionStrategy = "FROM_FAILURE" | "ALL_STEPS";

/**
 * The step keys a re-execution of the parent run executes, in plan order. Pass the parent's own plan
 * (built with the parent's stepKeysToExecute), so a parent that was itself a re-execution only
 * re-executes what it was asked to run. FROM_FAILURE: every step that did not succeed in the parent
 * (failed, skipped, interrupted or never started; a step missing from `parentStepStatuses` did not
 * run) plus everything downstream of one; empty when every step succeeded. A mapped node's steps are
 * the parent's (`node[k]` for each mapping key it ran), or `node[?]` when its dynamic output is produced
 * again. ALL_STEPS: every step.
 */
export function reexecutionStepKeys(
  plan: ExecutionPlan,
  parentStepStatuses: Readonly<Record<string, StepStats["status"] | undefined>>,
  strategy: ReexecutionStrategy,
): string[] {
  if (strategy === "ALL_STEPS") return plan.steps.map((step) => step.key);
  // Sets, so fan-outs of thousands of mapped steps stay linear; insertion order is plan order.
  const chosen = new Set<string>();
  const chosenNodes = new Set<string>();
  const isChosen = (stepKey: string): boolean => {
    const { nodeName, mappingKey } = parseStepKey(stepKey);
    return (
      chosen.has(stepKey) ||
      (mappingKey !== undefined && chosen.has(mappedStepKey(nodeName, UNRESOLVED_MAPPING_KEY)))
    );
  };
  // Plan order is topological, so an upstream step is decided before anything that reads from it.
  for (const step of plan.steps) {
    for (const key of parentKeysOf(step, parentStepStatuses, isChosen)) {
      if (parentStepStatuses[key] !== "SUCCESS" || upstreamChosen(step, key, isChosen, chosenNodes)) {
        chosen.add(key);
        chosenNodes.add(parseStepKey(key).nodeName);
      }
    }
  }
  return [...chosen];
}

/**
 * The parent's step keys for a plan step: itself, or for `node[?]` each `node[k]` the parent ran; `node[?]`
 * itself when its dynamic output is re-executed (its mapping keys may change) or the parent never
 * resolved it.
 */
function parentKeysOf(
  step: ExecutionStep,
  statuses: Readonly<Record<string, unknown>>,
  isChosen: (stepKey: string) => boolean,
): string[] {
  const mapped = step.mapped;
  if (mapped?.mappingKey !== UNRESOLVED_MAPPING_KEY) return [step.key];
  if (isChosen(mapped.root.stepKey)) return [step.key];
  const instances = Object.keys(statuses).filter((key) => {
    const parsed = parseStepKey(key);
    return (
      parsed.nodeName === mapped.nodeName &&
      parsed.mappingKey !== undefined &&
      parsed.mappingKey !== UNRESOLVED_MAPPING_KEY
    );
  });
  return instances.length > 0 || statuses[mapped.root.stepKey] === "SUCCESS" ? instances : [step.key];
}

/** Whether step `key` (one step of `step`) reads from a step the re-execution executes. */
function upstreamChosen(
  step: ExecutionStep,
  key: string,
  isChosen: (stepKey: string) => boolean,
  chosenNodes: ReadonlySet<string>,
): boolean {
  const { mappingKey } = parseStepKey(key);
  return step.inputs.some((input) => {
    if (input.sources.some((source) => isChosen(source.stepKey))) return true;
    const pending = input.pending;
    if (pending === undefined) return false;
    if (isChosen(pending.root.stepKey)) return true;
    if (pending.node === pending.root.stepKey) return false;
    // Mapped: the same mapping key's upstream step; collected: any step of the upstream node.
    if (pending.kind === "MAPPED" && mappingKey !== undefined && mappingKey !== UNRESOLVED_MAPPING_KEY)
      return isChosen(mappedStepKey(pending.node, mappingKey));
    return chosenNodes.has(pending.node);
  });
}
