/** A tick's status and time, or "No ticks yet": the last-tick cell of both list pages. */
import { graphql } from "../../gql";
import { StatusBadge } from "../../components/status-badge";
import { Timestamp } from "../../components/timestamp";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

/** A schedule's or sensor's state with its latest tick: the list pages and the overview select this. */
export const LatestTickFields = graphql(`
  fragment LatestTickFields on InstigationState { id status ticks(limit: 1) { id status timestamp error { ...PythonErrorFields } } }
`);

export type LatestTick = { readonly id: string; readonly status: string; readonly timestamp: number };

export function LatestTickCell({ tick }: { tick: LatestTick | undefined }) {
  if (!tick) return <span className={ui.muted}>No ticks yet</span>;
  return (
    <div className={styles.latestTick}>
      <StatusBadge status={tick.status} />
      <span className={`${ui.muted} ${ui.small}`}>
        <Timestamp value={tick.timestamp} />
      </span>
    </div>
  );
}
