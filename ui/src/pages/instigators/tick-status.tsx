/** A tick's status and time, or "No ticks yet": the last-tick cell of both list pages. */
import { StatusBadge } from "../../components/status-badge";
import { Timestamp } from "../../components/timestamp";

export type LatestTick = { readonly id: string; readonly status: string; readonly timestamp: number };

export function LatestTickCell({ tick }: { tick: LatestTick | undefined }) {
  if (!tick) return <span className="muted">No ticks yet</span>;
  return (
    <div className="latest-tick">
      <StatusBadge status={tick.status} />
      <span className="muted small">
        <Timestamp value={tick.timestamp} />
      </span>
    </div>
  );
}
