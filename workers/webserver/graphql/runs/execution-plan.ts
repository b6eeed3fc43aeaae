/**
 * A run's execution plan (Dagster's `ExecutionPlan`), rebuilt from the job snapshot the run was created
 * from, its op selection and its step keys. Null when the job is no longer in its code location.
 * @module
 */
import { mappedStepKey, UNRESOLVED_MAPPING_KEY } from "../../../../shared/definitions/step-key";
import {
  buildExecutionPlan,
  isUnresolved,
  type ExecutionStep,
} from "../../../../shared/planning/execution-plan";
import { subsetJob } from "../../../../shared/planning/op-selection";
import type { JobSnapshot } from "../../../../shared/protocol/code-location-protocol";
import type { RunRecord } from "../../../../shared/storage/run-storage";
import { findJob } from "../../../../shared/workspace/lookup";
import type { ExecutionPlan, ExecutionStep as ExecutionStepModel } from "../__generated__/resolvers-types";
import type { GraphQLContext } from "../context";

export async function executionPlan(run: RunRecord, context: GraphQLContext): Promise<ExecutionPlan | null> {
  const lookup = findJob(await context.locationEntries(), run);
  if (lookup.kind !== "found") return null;
  const job = run.opSelection ? subsetJob(lookup.job, run.opSelection) : lookup.job;
  return presentExecutionPlan(job, run.stepKeysToExecute);
}

/** The plan of `job` (already subset) as Dagster's ExecutionPlan, limited to `stepKeysToExecute` when given. */
export function presentExecutionPlan(
  job: JobSnapshot,
  stepKeysToExecute: readonly string[] | null,
): ExecutionPlan {
  const plan = buildExecutionPlan(job, { stepKeysToExecute });
  const steps = new Map<string, ExecutionStepModel>();
  for (const step of plan.steps) {
    steps.set(step.key, {
      key: step.key,
      solidHandleID: step.mapped?.nodeName ?? step.key,
      kind: kindOf(step),
      outputs: step.outputs.map((output) => ({ name: output.name })),
      metadata: [],
      inputs: step.inputs.map((input) => ({
        name: input.name,
        // A pending input depends on the mapped (`node[?]`) or dynamic step it will read from.
        dependsOn: [
          ...input.sources.map((source) => source.stepKey),
          ...(input.pending
            ? [input.pending.node, mappedStepKey(input.pending.node, UNRESOLVED_MAPPING_KEY)]
            : []),
        ].flatMap((key) => steps.get(key) ?? []),
      })),
    });
  }
  return { steps: [...steps.values()], artifactsPersisted: true };
}

/** Dagster's StepKind: steps waiting for a dynamic output's mapping keys are UNRESOLVED_MAPPED / _COLLECT. */
function kindOf(step: ExecutionStep): "COMPUTE" | "UNRESOLVED_MAPPED" | "UNRESOLVED_COLLECT" {
  if (!isUnresolved(step)) return "COMPUTE";
  return step.mapped?.mappingKey === UNRESOLVED_MAPPING_KEY ? "UNRESOLVED_MAPPED" : "UNRESOLVED_COLLECT";
}
