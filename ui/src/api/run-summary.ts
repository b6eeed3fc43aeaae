import { graphql } from "../gql";
import type { RunSummaryFieldsFragment } from "../gql/graphql";

/** The GraphQL selection of a `Run` giving a RunSummary: spread `...RunSummaryFields`. */
export const RunSummaryFields = graphql(`
  fragment RunSummaryFields on Run { runId status jobName creationTime startTime endTime repositoryOrigin { repositoryLocationName } }
`);

/** The fields of a run every run list shows (GraphQL `Run`, times in epoch seconds). */
export type RunSummary = RunSummaryFieldsFragment;
