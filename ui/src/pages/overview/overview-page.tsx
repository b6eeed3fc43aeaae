/**
 * Overview (`/overview`): run counts by status, recent runs on a timeline per job, failing schedules and
 * sensors, and daemon health. Polls every 10 s; the window (1–24 h) lives in the URL (`?hours=6`).
 * @module
 */
import { useMemo, useRef } from "react";
import { useQuery } from "../../api/use-query";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import { useNow } from "../../components/time-ago";
import { setSearchParams, useLocation } from "../../router";
import type { PageProps } from "../../page-props";
import { DaemonHealthSummary } from "./daemon-health-summary";
import { FailingInstigators } from "./failing-instigators";
import { OVERVIEW_QUERY, TIMELINE_RUN_LIMIT, type OverviewData, type RunsResult } from "./overview-query";
import { RunTimeline } from "./run-timeline";
import { StatusCounts } from "./status-counts";
import type { TimelineRun } from "./timeline-layout";
import ui from "../../components/ui.module.css";
import styles from "./overview.module.css";

const POLL_MS = 10_000;
const WINDOW_HOURS = [1, 6, 12, 24] as const;
const DEFAULT_HOURS = 6;
/** The query's window start moves in steps of this many seconds, so each poll is not a new variable set. */
const WINDOW_STEP_SECONDS = 300;

export function OverviewPage(_props: PageProps) {
  const { search } = useLocation();
  const requested = Number(search.get("hours"));
  const hours = (WINDOW_HOURS as readonly number[]).includes(requested) ? requested : DEFAULT_HOURS;
  const now = useNow(POLL_MS) / 1000;
  const windowStart = Math.floor(now / WINDOW_STEP_SECONDS) * WINDOW_STEP_SECONDS - hours * 3600;

  const { data: fresh, error } = useQuery(
    OVERVIEW_QUERY,
    { windowStart, limit: TIMELINE_RUN_LIMIT },
    { pollMs: POLL_MS },
  );
  // Keep showing the last answer while the next window's first answer is on its way (no flash of "Loading").
  const last = useRef<OverviewData | undefined>(undefined);
  if (fresh) last.current = fresh;
  const data = fresh ?? last.current;

  const window = useMemo(() => ({ start: now - hours * 3600, end: now }), [now, hours]);
  const timelineRuns = useMemo(() => (data ? mergeRuns(data.recentRuns, data.ongoingRuns) : []), [data]);
  const windowLabel = `last ${hours} h`;

  return (
    <>
      <PageHeader
        title="Overview"
        actions={
          <label className={styles.overviewWindow}>
            Window
            <select
              value={hours}
              onChange={(event) =>
                setSearchParams({
                  hours: event.target.value === String(DEFAULT_HOURS) ? undefined : event.target.value,
                })
              }
            >
              {WINDOW_HOURS.map((option) => (
                <option key={option} value={option}>
                  Last {option} hour{option === 1 ? "" : "s"}
                </option>
              ))}
            </select>
          </label>
        }
      />
      {error && !data ? <ErrorBox title="Could not load the overview" error={error} /> : null}
      {!data && !error ? <Loading what="the overview" /> : null}
      {data ? (
        <>
          <StatusCounts data={data} windowLabel={windowLabel} />
          <section className={ui.panel} aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Runs in the {windowLabel}</h2>
            <RunsErrors results={[data.recentRuns, data.ongoingRuns]} />
            {timelineRuns.length === 0 ? (
              <EmptyState title="No runs in this window">
                Runs appear here as they are queued, start and finish.
              </EmptyState>
            ) : (
              <RunTimeline runs={timelineRuns} window={window} />
            )}
            {isTruncated(data.recentRuns) ? (
              <p className={`${ui.muted} ${styles.muted} ${styles.overviewNote}`}>
                Showing the latest {TIMELINE_RUN_LIMIT} runs of this window.
              </p>
            ) : null}
          </section>
          <div className={`${ui.grid} ${ui.grid2} ${styles.overviewGrid}`}>
            <FailingInstigators workspace={data.workspaceOrError} />
            <DaemonHealthSummary daemons={data.instance.daemonHealth.allDaemonStatuses} />
          </div>
        </>
      ) : null}
    </>
  );
}

/** Runs that touched the window plus those still in progress from before it, each once. */
function mergeRuns(...results: RunsResult[]): TimelineRun[] {
  const byId = new Map<string, TimelineRun>();
  for (const result of results)
    if (result.__typename === "Runs" && "results" in result)
      for (const run of result.results) byId.set(run.runId, run);
  return [...byId.values()];
}

const isTruncated = (result: RunsResult) =>
  "results" in result && result.results.length >= TIMELINE_RUN_LIMIT;

function RunsErrors({ results }: { results: RunsResult[] }) {
  const messages = results.flatMap((result) => ("message" in result ? [result.message] : []));
  return messages.length ? (
    <ErrorBox title="Some runs could not be listed" error={messages.join("\n")} />
  ) : null;
}
