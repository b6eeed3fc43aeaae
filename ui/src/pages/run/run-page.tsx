/**
 * A run (`/runs/:runId`): its facts and actions, a Gantt chart of its steps, its structured event log
 * and its steps' captured stdout/stderr, all updating live until the run finishes (subscription, or
 * polling when no stream can be opened). Selecting steps in the chart filters the log to them and offers
 * to re-execute them.
 * @module
 */
import { useMemo } from "react";
import { PageHeader } from "../../components/page-header";
import { shortRunId } from "../../components/run-id-link";
import { SegmentedTabs } from "../../components/segmented-tabs";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import type { PageProps } from "../../page-props";
import { Link, paths, setSearchParams, useLocation } from "../../router";
import { CapturedLogs, captureFileKeys } from "./captured-logs";
import { EventLog } from "./event-log";
import { Gantt, type SelectMode } from "./gantt";
import { RunActions } from "./run-actions";
import { RunDetails } from "./run-details";
import { viewFromSearch, viewToSearch, type RunView } from "./run-view";
import { buildStepTimelines } from "./step-timeline";
import { useRunLog, type LiveMode } from "./use-run-log";
import ui from "../../components/ui.module.css";
import styles from "./run.module.css";

const NO_STEPS: readonly string[] = [];

const LOG_TABS: readonly { value: RunView["tab"]; label: string }[] = [
  { value: "events", label: "Events" },
  { value: "logs", label: "Captured stdout / stderr" },
];

export function RunPage({ params }: PageProps) {
  const runId = params.runId ?? "";
  const log = useRunLog(runId);
  const { run, events } = log;
  const { search } = useLocation();
  const searchText = search.toString();
  const view = useMemo(() => viewFromSearch(new URLSearchParams(searchText)), [searchText]);
  const show = (change: Partial<RunView>) => setSearchParams(viewToSearch({ ...view, ...change }));

  const plan = run?.executionPlan;
  const planKeys = useMemo(() => plan?.steps.map((step) => step.key) ?? NO_STEPS, [plan]);
  const status = run?.status ?? "QUEUED";
  const endTime = run?.endTime ?? null;
  const timelines = useMemo(
    () => buildStepTimelines(planKeys, events, { status, endTime }),
    [planKeys, events, status, endTime],
  );
  const stepKeys = useMemo(() => timelines.map((step) => step.key), [timelines]);
  const fileKeys = useMemo(() => captureFileKeys(events), [events]);
  const selected = useMemo(() => new Set(view.filter.steps), [view.filter.steps]);

  if (log.missing !== undefined) {
    return (
      <>
        <PageHeader title="Run not found" crumbs={<Link to={paths.runs()}>Runs</Link>} />
        <EmptyState title={`No run ${runId}`}>
          {log.missing} <Link to={paths.runs()}>Back to the runs list</Link>.
        </EmptyState>
      </>
    );
  }
  if (!run) {
    return (
      <>
        <PageHeader title={`Run ${shortRunId(runId)}`} crumbs={<Link to={paths.runs()}>Runs</Link>} />
        {log.error ? (
          <ErrorBox title="Could not load the run" error={log.error} />
        ) : (
          <Loading what="the run" />
        )}
      </>
    );
  }

  const live = log.live === "streaming" || log.live === "polling";
  const selectStep = (stepKey: string, mode: SelectMode) => {
    const steps = view.filter.steps;
    const next =
      mode === "toggle"
        ? selected.has(stepKey)
          ? steps.filter((key) => key !== stepKey)
          : [...steps, stepKey]
        : steps.length === 1 && steps[0] === stepKey
          ? []
          : [stepKey];
    show({ filter: { ...view.filter, steps: next } });
  };
  const logStep = view.logStep ?? view.filter.steps[0] ?? stepKeys[0] ?? null;

  return (
    <>
      <PageHeader
        title={
          <>
            Run <span className={`${ui.mono} ${styles.runTitleId}`}>{runId}</span>
          </>
        }
        crumbs={
          <>
            <Link to={paths.runs()}>Runs</Link> › {run.jobName}
          </>
        }
        actions={
          <RunActions
            run={run}
            selectedSteps={view.filter.steps}
            onTerminated={() => void log.refreshRun()}
          />
        }
      />
      {log.error ? <ErrorBox title="Live updates stopped" error={log.error} /> : null}
      <RunDetails run={run} />
      <section className={ui.panel} aria-label="Steps">
        <div className={styles.panelTitle}>
          <h2>Steps</h2>
          <LiveBadge mode={log.live} />
          <span className={`${ui.muted} ${styles.muted} ${styles.hint}`}>
            Click a step to filter the log; ctrl-click or tick several to re-execute them.
          </span>
        </div>
        <Gantt
          timelines={timelines}
          runStartTime={run.startTime}
          runEndTime={run.endTime}
          live={live}
          selected={selected}
          onSelect={selectStep}
        />
      </section>
      <section className={ui.panel} aria-label="Logs">
        <SegmentedTabs
          className={styles.tabs}
          label="Log view"
          options={LOG_TABS}
          value={view.tab}
          onChange={(tab) => show({ tab })}
        />
        {view.tab === "events" ? (
          <EventLog
            events={events}
            filter={view.filter}
            onFilter={(filter) => show({ filter })}
            live={live}
            loading={log.live === "loading"}
            onCapturedLogs={(stepKey) => show({ tab: "logs", logStep: stepKey })}
          />
        ) : (
          <CapturedLogs
            runId={runId}
            stepKeys={stepKeys}
            stepKey={logStep}
            fileKeys={fileKeys}
            stream={view.stream}
            live={live}
            onChange={(change) =>
              show({ logStep: change.stepKey ?? view.logStep, stream: change.stream ?? view.stream })
            }
          />
        )}
      </section>
    </>
  );
}

function LiveBadge({ mode }: { mode: LiveMode }) {
  if (mode === "streaming") return <span className={styles.liveBadge}>● Live</span>;
  if (mode === "polling")
    return <span className={`${styles.liveBadge} ${styles.polling}`}>● Live (polling)</span>;
  return null;
}
