/** Every sub-daemon with its health, last heartbeat and the errors it reported with that heartbeat. */
import { DataTable } from "../../components/data-table";
import { PythonErrorDetails } from "../../components/python-error-details";
import { TimeAgo } from "../../components/time-ago";
import { daemonLabel, daemonVerdict, type DaemonStatus } from "./daemon-status";
import { VerdictBadge } from "./verdict-badge";
import ui from "../../components/ui.module.css";
import styles from "./deployment.module.css";

export function DaemonStatusTable({ daemons }: { daemons: readonly DaemonStatus[] }) {
  return (
    <DataTable
      label="Daemon statuses"
      rows={daemons}
      rowKey={(daemon) => daemon.daemonType}
      columns={[
        {
          header: "Daemon",
          cell: (daemon) => (
            <>
              <div>{daemonLabel(daemon.daemonType)}</div>
              <code className={ui.muted}>{daemon.daemonType}</code>
            </>
          ),
        },
        { header: "Status", cell: (daemon) => <VerdictBadge verdict={daemonVerdict(daemon)} /> },
        { header: "Last heartbeat", cell: (daemon) => <TimeAgo value={daemon.lastHeartbeatTime} /> },
        {
          header: "Last errors",
          className: styles.daemonErrors,
          cell: (daemon) =>
            daemon.lastHeartbeatErrors.length === 0 ? (
              <span className={ui.muted}>None</span>
            ) : (
              daemon.lastHeartbeatErrors.map((error, index) => (
                <PythonErrorDetails key={index} error={error} />
              ))
            ),
        },
      ]}
    />
  );
}
