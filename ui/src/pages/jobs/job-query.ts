/**
 * The job page's queries: the job with its op graph (Dagster's `solids` with `dependsOn` / `dependedBy`
 * and each op definition's config field, tags and retry policy), and its recent runs, polled separately
 * so the graph is not refetched.
 * @module
 */
import { CONFIG_TYPE_FRAGMENT, type ConfigType } from "../../components/config-types";

export const JOB_QUERY = /* GraphQL */ `
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
  ${CONFIG_TYPE_FRAGMENT}
`;

export const JOB_RUNS_QUERY = /* GraphQL */ `
  query JobRuns($selector: PipelineSelector!, $limit: Int!) {
    pipelineOrError(params: $selector) {
      __typename
      ... on Pipeline {
        id
        runs(limit: $limit) { id runId status creationTime startTime endTime tags { key value } }
      }
    }
  }
`;

type IoDefinition = { readonly name: string; readonly description: string | null; readonly type: { readonly displayName: string } };
type IoRef = { readonly solid: { readonly name: string }; readonly definition: { readonly name: string } };

export type Solid = {
  readonly name: string;
  readonly definition: {
    readonly name: string;
    readonly description: string | null;
    readonly metadata: ReadonlyArray<{ readonly key: string; readonly value: string }>;
    readonly requiredResources: ReadonlyArray<{ readonly resourceKey: string }>;
    readonly retryPolicy: { readonly maxRetries: number; readonly delay: number | null; readonly backoff: string | null; readonly jitter: string | null } | null;
    readonly configField: { readonly configType: ConfigType & { readonly recursiveConfigTypes: readonly ConfigType[] } } | null;
  };
  readonly inputs: ReadonlyArray<{ readonly definition: IoDefinition; readonly dependsOn: readonly IoRef[] }>;
  readonly outputs: ReadonlyArray<{ readonly definition: IoDefinition; readonly dependedBy: readonly IoRef[] }>;
};

export type Job = {
  readonly __typename: "Pipeline";
  readonly id: string;
  readonly name: string;
  readonly description: string | null;
  readonly tags: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly schedules: ReadonlyArray<{ readonly name: string; readonly cronSchedule: string }>;
  readonly sensors: ReadonlyArray<{ readonly name: string }>;
  readonly solids: readonly Solid[];
};

export type JobData = {
  readonly pipelineOrError: Job | { readonly __typename: "PipelineNotFoundError" | "InvalidSubsetError" | "PythonError"; readonly message: string };
};

export type JobRun = {
  readonly id: string;
  readonly runId: string;
  readonly status: string;
  readonly creationTime: number;
  readonly startTime: number | null;
  readonly endTime: number | null;
  readonly tags: ReadonlyArray<{ readonly key: string; readonly value: string }>;
};

export type JobRunsData = { readonly pipelineOrError: { readonly __typename: "Pipeline"; readonly runs: readonly JobRun[] } | { readonly __typename: string } };
