/**
 * The job snapshot a run executes: its job from the location's definitions, cut down to the run's op
 * selection (unselected upstream ops are not wired, as in Dagster's subset jobs).
 * @module
 */
import type { JobSnapshot, RepositorySnapshot, StartRunRequest } from "../protocol/code-location-protocol";
import { DagflareError } from "../errors/dagflare-error";
import { subsetJob } from "../planning/op-selection";

/**
 * @throws DagflareError NOT_FOUND naming the job when the location has no such job.
 * @throws DagflareError BAD_REQUEST naming each op of the selection the job does not have.
 */
export function jobForRun(repository: RepositorySnapshot, request: StartRunRequest): JobSnapshot {
  const job = repository.jobs.find((candidate) => candidate.name === request.jobName);
  if (job === undefined) {
    const jobs = repository.jobs.map((candidate) => candidate.name).join(", ") || "none";
    throw new DagflareError(
      "NOT_FOUND",
      `run ${request.runId}: this code location has no job "${request.jobName}" (jobs: ${jobs})`,
    );
  }
  if (request.opSelection === null) return job;
  const unknown = request.opSelection.filter((name) => !job.ops.some((node) => node.name === name));
  if (unknown.length > 0) {
    throw new DagflareError(
      "BAD_REQUEST",
      `run ${request.runId}: opSelection: job "${job.name}" has no op(s) ${unknown.map((name) => `"${name}"`).join(", ")}`,
    );
  }
  return subsetJob(job, request.opSelection);
}
