/**
 * The runs list (`/runs`): every run newest first, filtered by status, job and tags, a page of
 * PAGE_SIZE at a time (cursor paging, so it stays fast over thousands of runs), refreshed every few
 * seconds while the newest page is shown. Rows can be selected for bulk terminate / re-execute.
 * @module
 */
import { useMemo, useRef, useState } from "react";
import { useQuery } from "../../api/use-query";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import type { Tag } from "../../components/tag-list";
import type { PageProps } from "../../page-props";
import { Link, paths, setSearchParams, useLocation } from "../../router";
import { BulkActions } from "./bulk-actions";
import {
  filterFromSearch,
  hasCriteria,
  searchFromFilter,
  toGraphQLFilter,
  type RunsFilterState,
} from "./runs-filter";
import { RunsFilterBar } from "./runs-filter-bar";
import { FILTER_OPTIONS_QUERY, PAGE_SIZE, RUNS_QUERY, type RunsQueryData } from "./runs-query";
import { RunsTable } from "./runs-table";
import { useRowSelection } from "./use-row-selection";
import ui from "../../components/ui.module.css";
import styles from "./runs.module.css";

/** How often the newest page is refreshed. */
const POLL_MS = 3000;

export function RunsPage(_props: PageProps) {
  const { search } = useLocation();
  const searchText = search.toString();
  const filter = useMemo(() => filterFromSearch(new URLSearchParams(searchText)), [searchText]);
  const criteriaKey = JSON.stringify({ ...filter, cursor: null });
  const variables = useMemo(
    () => ({ filter: toGraphQLFilter(filter), cursor: filter.cursor, limit: PAGE_SIZE + 1 }),
    [filter],
  );
  const runs = useQuery(RUNS_QUERY, variables, { pollMs: filter.cursor ? undefined : POLL_MS });
  const options = useQuery(FILTER_OPTIONS_QUERY, {});
  const paging = useNewerCursors(criteriaKey);

  // While the next page loads, the previous one stays on screen (dimmed) rather than flashing a spinner.
  const lastAnswer = useRef<RunsQueryData | undefined>(undefined);
  if (runs.data) lastAnswer.current = runs.data;
  const answer = runs.data ?? lastAnswer.current;
  const result = answer?.runsOrError;
  const page = result && "results" in result ? result : undefined;
  const rows = useMemo(() => page?.results.slice(0, PAGE_SIZE) ?? [], [page]);
  const hasOlder = (page?.results.length ?? 0) > PAGE_SIZE;
  const ids = useMemo(() => rows.map((run) => run.runId), [rows]);
  const selection = useRowSelection(ids, searchText);
  const selectedRows = rows.filter((run) => selection.selected.has(run.runId));

  const change = (next: Partial<RunsFilterState>) =>
    setSearchParams(searchFromFilter({ ...filter, cursor: null, ...next }));
  const addTag = (tag: Tag) => {
    if (!filter.tags.some((each) => each.key === tag.key && each.value === tag.value))
      change({ tags: [...filter.tags, tag] });
  };
  const goOlder = () => {
    const last = rows.at(-1);
    if (!last) return;
    paging.push(filter.cursor);
    change({ cursor: last.runId });
    window.scrollTo({ top: 0 });
  };
  const goNewer = () => {
    change({ cursor: paging.pop() });
    window.scrollTo({ top: 0 });
  };

  return (
    <>
      <PageHeader
        title="Runs"
        actions={
          <span className={ui.muted}>
            {page?.count != null ? countLabel(page.count, hasCriteria(filter)) : null}
          </span>
        }
      />
      <RunsFilterBar filter={filter} options={options.data} onChange={change} />
      <BulkActions selected={selectedRows} onClear={selection.clear} onChanged={() => void runs.refetch()} />
      {result && !page ? (
        <ErrorBox
          title="Could not list runs"
          error={"message" in result ? result.message : result.__typename}
        />
      ) : null}
      {runs.error ? <ErrorBox title="Could not load runs" error={runs.error} /> : null}
      {!answer && runs.loading ? <Loading what="runs" /> : null}
      {page && rows.length === 0 ? (
        <NoRuns
          filtered={hasCriteria(filter)}
          onClear={() => change({ statuses: [], job: null, tags: [] })}
        />
      ) : null}
      {rows.length > 0 ? (
        <RunsTable runs={rows} selection={selection} onTag={addTag} stale={!runs.data} />
      ) : null}
      {page && (filter.cursor || hasOlder) ? (
        <nav className={styles.pager} aria-label="Pages of runs">
          <button type="button" onClick={goNewer} disabled={!filter.cursor}>
            ← {paging.depth > 0 ? "Newer" : "Newest"}
          </button>
          <span className={ui.muted}>{pageLabel(paging.depth, rows.length, filter.cursor !== null)}</span>
          <button type="button" onClick={goOlder} disabled={!hasOlder}>
            Older →
          </button>
        </nav>
      ) : null}
    </>
  );
}

/**
 * The cursors of the pages before this one, so "Newer" can go back; cursor paging only goes forward.
 * Changing the filters starts over. After a reload mid-list the stack is gone, and "Newer" leads to the
 * newest page.
 */
function useNewerCursors(criteriaKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | null)[] }>({
    key: criteriaKey,
    stack: [],
  });
  const stack = state.key === criteriaKey ? state.stack : [];
  return {
    depth: stack.length,
    push: (cursor: string | null) => setState({ key: criteriaKey, stack: [...stack, cursor] }),
    pop: (): string | null => {
      setState({ key: criteriaKey, stack: stack.slice(0, -1) });
      return stack.at(-1) ?? null;
    },
  };
}

function countLabel(count: number, filtered: boolean): string {
  return `${count.toLocaleString()} ${filtered ? "matching " : ""}run${count === 1 ? "" : "s"}`;
}

function pageLabel(depth: number, count: number, paged: boolean): string {
  if (paged && depth === 0) return `Older runs (${count})`;
  const first = depth * PAGE_SIZE + 1;
  return `Runs ${first.toLocaleString()}–${(first + count - 1).toLocaleString()}`;
}

function NoRuns({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  if (filtered) {
    return (
      <EmptyState title="No runs match these filters">
        <button type="button" onClick={onClear}>
          Clear filters
        </button>
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No runs yet">
      Launch one from a job's <Link to={paths.jobs()}>launchpad</Link>.
    </EmptyState>
  );
}
