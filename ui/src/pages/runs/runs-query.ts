/**
 * The runs list's GraphQL: one page of runs (Dagster's `runsOrError`, newest first, `cursor` = the last
 * runId seen) with the total count, and the options the filter bar offers (job names, known tags).
 * @module
 */
import { RUN_SUMMARY_FIELDS, type RunSummary } from "../../api/run-summary";
import type { Tag } from "../../components/tag-list";

/** Rows per page; one more is asked for, to know whether an older page exists. */
export const PAGE_SIZE = 50;

export const RUNS_QUERY = `query RunsPage($filter: RunsFilter, $cursor: String, $limit: Int) {
  runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {
    __typename
    ... on Runs {
      count
      results { ${RUN_SUMMARY_FIELDS} canTerminate tags { key value } }
    }
    ... on Error { message }
  }
}`;

export type RunRow = RunSummary & {
  readonly canTerminate: boolean;
  readonly tags: readonly Tag[];
};

export type RunsQueryData = {
  runsOrError: { __typename: "Runs"; count: number | null; results: RunRow[] } | { __typename: string; message: string };
};

export const FILTER_OPTIONS_QUERY = `query RunsFilterOptions {
  repositoriesOrError { ... on RepositoryConnection { nodes { pipelines { name } } } }
  runTagsOrError(limit: 20) { ... on RunTags { tags { key values } } }
}`;

export type FilterOptionsData = {
  repositoriesOrError: { nodes?: { pipelines: { name: string }[] }[] };
  runTagsOrError: { tags?: { key: string; values: string[] }[] } | null;
};
