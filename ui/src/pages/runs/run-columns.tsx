/**
 * The columns every table of runs shows (the runs page and the job page's recent runs): the run id
 * linking to its page, status, when it was created and how long it took.
 * @module
 */
import type { Column } from "../../components/data-table";
import { RunIdLink } from "../../components/run-id-link";
import { StatusBadge } from "../../components/status-badge";
import { Duration, Timestamp } from "../../components/timestamp";
import ui from "../../components/ui.module.css";
import styles from "./runs.module.css";

type Run = {
  readonly runId: string;
  readonly status: string;
  readonly creationTime: number;
  readonly startTime: number | null;
  readonly endTime: number | null;
};

export const runIdColumn: Column<Run> = {
  header: "Run ID",
  cell: (run) => <RunIdLink runId={run.runId} className={styles.runId} />,
};
export const statusColumn: Column<Run> = {
  header: "Status",
  cell: (run) => <StatusBadge status={run.status} />,
};
export const createdColumn: Column<Run> = {
  header: "Created",
  className: ui.nowrap,
  cell: (run) => <Timestamp value={run.creationTime} />,
};
export const durationColumn: Column<Run> = {
  header: "Duration",
  className: ui.nowrap,
  cell: (run) => <Duration start={run.startTime} end={run.endTime} />,
};
