/**
 * The run's facts under its title: status, job, who launched it, when it started and ended and how long
 * it took, its parent and root runs (re-executions), its tags and its run config (collapsed).
 * @module
 */
import type { ReactNode } from "react";
import { RunIdLink } from "../../components/run-id-link";
import { StatusBadge } from "../../components/status-badge";
import { TagList } from "../../components/tag-list";
import { Duration, Timestamp } from "../../components/timestamp";
import { useNow } from "../../components/time-ago";
import { Link, navigate, paths } from "../../router";
import { isFinished } from "../runs/run-status";
import { LaunchedBy } from "../runs/launched-by";
import { formatTag } from "../runs/runs-filter";
import type { RunDetail } from "./run-query";
import ui from "../../components/ui.module.css";
import styles from "./run.module.css";

export function RunDetails({ run }: { run: RunDetail }) {
  // Re-render each second while the run goes on, so its duration counts up.
  useNow(isFinished(run.status) ? 3_600_000 : 1000);
  const location = run.repositoryOrigin?.repositoryLocationName;
  return (
    <section className={`${ui.panel} ${styles.runDetails}`} aria-label="Run details">
      <dl className={styles.facts}>
        <Fact label="Status">
          <StatusBadge status={run.status} />
        </Fact>
        <Fact label="Job">
          {location ? <Link to={paths.job(location, run.jobName)}>{run.jobName}</Link> : run.jobName}
        </Fact>
        <Fact label="Launched by">
          <LaunchedBy tags={run.tags} location={location} />
        </Fact>
        <Fact label="Created">
          <Timestamp value={run.creationTime} />
        </Fact>
        <Fact label="Started">
          <Timestamp value={run.startTime} />
        </Fact>
        <Fact label="Ended">
          <Timestamp value={run.endTime} />
        </Fact>
        <Fact label="Duration">
          <Duration start={run.startTime} end={run.endTime} />
        </Fact>
        {run.parentRunId ? (
          <Fact label="Parent run">
            <RunIdLink runId={run.parentRunId} aria-label={`Parent run ${run.parentRunId}`} />
          </Fact>
        ) : null}
        {run.rootRunId && run.rootRunId !== run.parentRunId ? (
          <Fact label="Root run">
            <RunIdLink runId={run.rootRunId} aria-label={`Root run ${run.rootRunId}`} />
          </Fact>
        ) : null}
        {run.stepKeysToExecute ? (
          <Fact label="Steps">{`${run.stepKeysToExecute.length} selected`}</Fact>
        ) : null}
      </dl>
      {run.tags.length ? (
        <div className={styles.runTags}>
          <span className={`${ui.muted} ${styles.muted}`}>Tags</span>
          <TagList
            tags={run.tags}
            onSelect={(tag) =>
              navigate(`${paths.runs()}?${new URLSearchParams({ tag: formatTag(tag) }).toString()}`)
            }
          />
        </div>
      ) : null}
      <details className={styles.runConfig}>
        <summary>Run config</summary>
        {run.runConfigYaml.trim() ? (
          <pre className={styles.configYaml}>{run.runConfigYaml}</pre>
        ) : (
          <p className={`${ui.muted} ${styles.muted}`}>This run has no config.</p>
        )}
      </details>
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.fact}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
