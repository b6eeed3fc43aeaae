/**
 * The runs list's filters and page position live in the URL (`?status=FAILURE&status=CANCELED&job=etl_job
 * &tag=team%3Ddata&cursor=<runId>`), so a filtered list survives a reload and can be shared. This module
 * reads and writes that query string and turns it into Dagster's RunsFilter.
 * @module
 */
import { FILTERABLE_STATUSES, type RunStatus } from "./run-status";

export type RunTag = { readonly key: string; readonly value: string };

export type RunsFilterState = {
  readonly statuses: readonly RunStatus[];
  readonly job: string | null;
  readonly tags: readonly RunTag[];
  /** runId of the last run on the previous page; null for the newest page. */
  readonly cursor: string | null;
};

const STATUS_SET: ReadonlySet<string> = new Set(FILTERABLE_STATUSES);

/** A `key=value` tag filter, or null when the text has no key or no `=`. */
export function parseTag(text: string): RunTag | null {
  const separator = text.indexOf("=");
  if (separator <= 0) return null;
  return { key: text.slice(0, separator).trim(), value: text.slice(separator + 1).trim() };
}

export const formatTag = (tag: RunTag) => `${tag.key}=${tag.value}`;

/** The filter the URL describes; unknown statuses and malformed tags are dropped (a hand-edited URL). */
export function filterFromSearch(search: URLSearchParams): RunsFilterState {
  return {
    statuses: search.getAll("status").filter((status): status is RunStatus => STATUS_SET.has(status)),
    job: search.get("job") || null,
    tags: search.getAll("tag").flatMap((text) => parseTag(text) ?? []),
    cursor: search.get("cursor") || null,
  };
}

export function searchFromFilter(
  filter: RunsFilterState,
): Record<string, string | readonly string[] | undefined> {
  return {
    status: filter.statuses,
    job: filter.job ?? undefined,
    tag: filter.tags.map(formatTag),
    cursor: filter.cursor ?? undefined,
  };
}

/** Dagster's RunsFilter input, with unset criteria left out. */
export function toGraphQLFilter(filter: RunsFilterState): Record<string, unknown> {
  return {
    ...(filter.statuses.length ? { statuses: filter.statuses } : {}),
    ...(filter.job ? { pipelineName: filter.job } : {}),
    ...(filter.tags.length ? { tags: filter.tags } : {}),
  };
}

export const hasCriteria = (filter: RunsFilterState) =>
  filter.statuses.length > 0 || filter.job !== null || filter.tags.length > 0;
