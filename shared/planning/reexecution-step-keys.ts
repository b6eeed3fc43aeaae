/**
 * Which steps a re-execution of a run executes (Dagster's retry strategies FROM_FAILURE and ALL_STEPS).
 * @module
 */
import type { StepStats } from "../storage/event-log-storage";
import type { ExecutionPlan } from "./execution-plan";

export type ReexecutionStrategy = "FROM_FAILURE" | "ALL_STEPS";

/**
 * The step keys a re-execution of the parent run executes, in plan order. Pass the parent's own plan
 * (built with the parent's stepKeysToExecute), so a parent that was itself a re-execution only
 * re-executes what it was asked to run. FROM_FAILURE: every step that did not succeed in the parent
 * (failed, skipped, interrupted or never started; a step missing from `parentStepStatuses` did not
 * run) plus everything downstream of one; empty when every step succeeded. ALL_STEPS: every step.
 */
export function reexecutionStepKeys(
  plan: ExecutionPlan,
  parentStepStatuses: Readonly<Record<string, StepStats["status"] | undefined>>,
  strategy: ReexecutionStrategy,
): string[] {
  if (strategy === "ALL_STEPS") return plan.steps.map((step) => step.key);
  const chosen = new Set<string>();
  // Plan order is topological, so an upstream step is decided before anything that reads from it.
  for (const step of plan.steps) {
    const upstreamChosen = step.inputs.some((input) => input.sources.some((source) => chosen.has(source.stepKey)));
    if (upstreamChosen || parentStepStatuses[step.key] !== "SUCCESS") chosen.add(step.key);
  }
  return plan.steps.map((step) => step.key).filter((key) => chosen.has(key));
}
