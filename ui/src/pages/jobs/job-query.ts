/**
 * The job page's queries: the job with its op graph (Dagster's `solids` with `dependsOn` / `dependedBy`
 * and each op definition's config field, tags and retry policy), and its recent runs, polled separately
 * so the graph is not refetched.
 * @module
 */
import { graphql } from "../../gql";
import type { JobPageQuery } from "../../gql/graphql";

export const JOB_QUERY = graphql(`
  query JobPage($selector: PipelineSelector!) {
    pipelineOrError(params: $selector) {
      __typename
      ... on Pipeline {
        id
        name
        description
        tags { key value }
        schedules { name cronSchedule }
        sensors { name }
        solids {
          name
          definition {
            name
            description
            metadata { key value }
            requiredResources { resourceKey }
            retryPolicy { maxRetries delay backoff jitter }
            configField { configType { ...ConfigTypeFields recursiveConfigTypes { ...ConfigTypeFields } } }
          }
          inputs {
            definition { name description type { displayName } }
            dependsOn { solid { name } definition { name } }
          }
          outputs {
            definition { name description type { displayName } }
            dependedBy { solid { name } definition { name } }
          }
        }
      }
      ... on PipelineNotFoundError { message }
      ... on InvalidSubsetError { message }
      ... on PythonError { message }
    }
  }
`);

export const JOB_RUNS_QUERY = graphql(`
  query JobRuns($selector: PipelineSelector!, $limit: Int!) {
    pipelineOrError(params: $selector) {
      __typename
      ... on Pipeline {
        id
        runs(limit: $limit) { id runId status creationTime startTime endTime tags { key value } }
      }
    }
  }
`);

export type JobData = JobPageQuery;
export type Job = Extract<JobData["pipelineOrError"], { __typename: "Pipeline" }>;
export type Solid = Job["solids"][number];
