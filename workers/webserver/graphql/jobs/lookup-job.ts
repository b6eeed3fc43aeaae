/**
 * Selector → job lookups shared by resolvers, answering with Dagster's error members.
 * @module
 */
import type { JobSnapshot } from "../../../../shared/protocol/code-location-protocol";
import { DagflareError } from "../../../../shared/errors/dagflare-error";
import { resolveOpSelection, subsetJob } from "../../../../shared/planning/op-selection";
import { findJob, type RepositoryRef } from "../../../../shared/workspace/lookup";
import type { PipelineNotFoundError, ResolversParentTypes } from "../__generated__/resolvers-types";
import type { GraphQLContext } from "../context";
import { presentPythonError, type PythonErrorModel } from "../errors/python-error";
import type { Typed } from "../typed";

export type PipelineSelectorInput = {
  pipelineName?: string | null;
  jobName?: string | null;
  repositoryName: string;
  repositoryLocationName: string;
  solidSelection?: string[] | null;
};

type Found = { kind: "found"; repository: RepositoryRef; job: JobSnapshot; selection: string[] | null };
type LookupError =
  | PythonErrorModel
  | Typed<PipelineNotFoundError, "PipelineNotFoundError">
  | (ResolversParentTypes["InvalidSubsetError"] & { __typename: "InvalidSubsetError" });

/** The selected job (subset to `solidSelection` when given), or the error member to return. */
export async function lookupJob(
  selector: PipelineSelectorInput,
  context: GraphQLContext,
): Promise<Found | { kind: "error"; error: LookupError }> {
  const jobName = selector.pipelineName ?? selector.jobName ?? "";
  const lookup = findJob(await context.locationEntries(), {
    locationName: selector.repositoryLocationName,
    repositoryName: selector.repositoryName,
    jobName,
  });
  if (lookup.kind === "load_error") return { kind: "error", error: presentPythonError(lookup.error) };
  if (lookup.kind === "not_found") {
    return {
      kind: "error",
      error: {
        __typename: "PipelineNotFoundError" as const,
        pipelineName: jobName,
        repositoryName: selector.repositoryName,
        repositoryLocationName: selector.repositoryLocationName,
        message: `Could not find Pipeline ${selector.repositoryLocationName}.${selector.repositoryName}.${jobName}`,
      },
    };
  }
  if (!selector.solidSelection?.length) return { ...lookup, selection: null };
  try {
    const selection = resolveOpSelection(lookup.job, selector.solidSelection);
    return { ...lookup, job: subsetJob(lookup.job, selection), selection };
  } catch (thrown) {
    if (!(thrown instanceof DagflareError)) throw thrown;
    return {
      kind: "error",
      error: { __typename: "InvalidSubsetError" as const, message: thrown.message, pipeline: lookup },
    };
  }
}
