/** Every sub-daemon with its health, last heartbeat and the errors it reported with that heartbeat. */
import { PythonErrorDetails } from "../../components/python-error-details";
import { TimeAgo } from "../../components/time-ago";
import { daemonLabel, daemonVerdict, type DaemonStatus } from "./daemon-status";
import { VerdictBadge } from "./verdict-badge";
import ui from "../../components/ui.module.css";
import styles from "./deployment.module.css";

export function DaemonStatusTable({ daemons }: { daemons: readonly DaemonStatus[] }) {
  return (
    <div className={ui.tableWrap}>
      <table className={ui.table} aria-label="Daemon statuses">
        <thead>
          <tr>
            <th>Daemon</th>
            <th>Status</th>
            <th>Last heartbeat</th>
            <th>Last errors</th>
          </tr>
        </thead>
        <tbody>
          {daemons.map((daemon) => (
            <tr key={daemon.daemonType}>
              <td>
                <div>{daemonLabel(daemon.daemonType)}</div>
                <code className={ui.muted}>{daemon.daemonType}</code>
              </td>
              <td>
                <VerdictBadge verdict={daemonVerdict(daemon)} />
              </td>
              <td>
                <TimeAgo value={daemon.lastHeartbeatTime} />
              </td>
              <td className={styles.daemonErrors}>
                {daemon.lastHeartbeatErrors.length === 0 ? (
                  <span className={ui.muted}>None</span>
                ) : (
                  daemon.lastHeartbeatErrors.map((error, index) => <PythonErrorDetails key={index} error={error} />)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
