/**
 * Creating the runs a tick requested, through the launchRun operation (so they go through the same
 * checks and the run coordinator as runs launched from the UI). Each run id is derived from the request,
 * so a tick delivered twice meets RUN_CONFLICT: the run already exists and is reported as such (launchRun
 * submits it if a crash left it unsubmitted, as Dagster's daemons resume such runs).
 * @module
 */
import { z } from "zod";
import type { SerializableError } from "../../errors/serializable-error";
import { DAEMON_CALLER } from "../../operations/authorize";
import { launchRun, type LaunchOutcome } from "../../operations/launch-run";
import type { TickDeps } from "./tick-deps";

/** A run a tick requested, with its id fixed; a schema because sensors keep the runs of a tick in flight. */
export const TickRunSchema = z.object({
  runId: z.string(),
  runKey: z.string().nullable(),
  jobName: z.string(),
  runConfig: z.record(z.string(), z.unknown()),
  tags: z.record(z.string(), z.string()),
});
export type TickRun = z.infer<typeof TickRunSchema>;

export type TickRunsResult = {
  launched: TickRun[];
  /** Runs that existed already (same run id): a duplicate delivery or a run key used before. */
  existing: TickRun[];
  /** Why each run that could not be created was refused. */
  failures: string[];
};

/** @throws what storage or the coordinator throw; refused launches are `failures`. */
export async function launchTickRuns(
  deps: TickDeps,
  where: { locationName: string; repositoryName: string },
  runs: readonly TickRun[],
): Promise<TickRunsResult> {
  const result: TickRunsResult = { launched: [], existing: [], failures: [] };
  const instance = { storage: deps.storage, workspace: deps.workspace, runCoordinator: deps.coordinator };
  for (const run of runs) {
    const request = {
      ...where,
      jobName: run.jobName,
      runConfig: run.runConfig,
      tags: run.tags,
      runId: run.runId,
    };
    const outcome = await launchRun(instance, request, deps.now, DAEMON_CALLER);
    if (outcome.kind === "launched") {
      result.launched.push(run);
    } else if (outcome.kind === "run_conflict") {
      result.existing.push(run);
    } else {
      result.failures.push(`Run ${run.runId} of ${run.jobName}: ${refusalMessage(outcome)}`);
    }
  }
  return result;
}

function refusalMessage(outcome: Exclude<LaunchOutcome, { kind: "launched" | "run_conflict" }>): string {
  switch (outcome.kind) {
    case "job_not_found":
    case "invalid_subset":
      return outcome.message;
    case "location_error":
      return outcome.error.message;
    case "invalid_run_config":
      return `invalid run config for ${outcome.jobName}: ${outcome.errors.map((error) => error.message).join("; ")}`;
    case "invalid_step":
      return `no step ${outcome.stepKey}`;
  }
}

/** The error a tick ends with when some of its runs were refused, listing each refusal. */
export function launchFailureError(failures: readonly string[]): SerializableError {
  return {
    message: `Some runs could not be created:\n${failures.join("\n")}`,
    className: "RunLaunchError",
    stack: [],
  };
}
