/**
 * The runs list's GraphQL: one page of runs (Dagster's `runsOrError`, newest first, `cursor` = the last
 * runId seen) with the total count, and the options the filter bar offers (job names, known tags).
 * @module
 */
import { graphql } from "../../gql";
import type { RunsFilterOptionsQuery, RunsPageQuery } from "../../gql/graphql";

/** Rows per page; one more is asked for, to know whether an older page exists. */
export const PAGE_SIZE = 50;

export const RUNS_QUERY = graphql(`query RunsPage($filter: RunsFilter, $cursor: String, $limit: Int) {
  runsOrError(filter: $filter, cursor: $cursor, limit: $limit) {
    __typename
    ... on Runs {
      count
      results { ...RunSummaryFields canTerminate tags { key value } }
    }
    ... on Error { message }
  }
}`);

export type RunsQueryData = RunsPageQuery;
export type RunRow = Extract<RunsQueryData["runsOrError"], { __typename: "Runs" }>["results"][number];

export const FILTER_OPTIONS_QUERY = graphql(`query RunsFilterOptions {
  repositoriesOrError { ... on RepositoryConnection { nodes { pipelines { name } } } }
  runTagsOrError(limit: 20) { ... on RunTags { tags { key values } } }
}`);

export type FilterOptionsData = RunsFilterOptionsQuery;
