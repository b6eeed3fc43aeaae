/**
 * A run's execution plan (Dagster's `ExecutionPlan`), rebuilt from the job snapshot the run was created
 * from, its op selection and its step keys. Null when the job is no longer in its code location.
 * @module
 */
import { buildExecutionPlan } from "../../../../shared/planning/execution-plan";
import { subsetJob } from "../../../../shared/planning/op-selection";
import type { RunRecord } from "../../../../shared/storage/run-storage";
import { findJob } from "../../../../shared/workspace/lookup";
import type { GraphQLContext } from "../context";

export async function presentExecutionPlan(run: RunRecord, context: GraphQLContext) {
  const lookup = findJob(await context.locationEntries(), run);
  if (lookup.kind !== "found") return null;
  const job = run.opSelection ? subsetJob(lookup.job, run.opSelection) : lookup.job;
  const plan = buildExecutionPlan(job, { stepKeysToExecute: run.stepKeysToExecute });
  type StepModel = { key: string; solidHandleID: string; kind: "COMPUTE"; inputs: unknown[]; outputs: { name: string }[]; metadata: [] };
  const steps = new Map<string, StepModel>();
  for (const step of plan.steps) {
    steps.set(step.key, {
      key: step.key,
      solidHandleID: step.key,
      kind: "COMPUTE",
      outputs: step.outputs.map((output) => ({ name: output.name })),
      metadata: [],
      inputs: step.inputs.map((input) => ({
        name: input.name,
        dependsOn: input.sources.flatMap((source) => steps.get(source.stepKey) ?? []),
      })),
    });
  }
  return { steps: [...steps.values()], artifactsPersisted: true };
}
