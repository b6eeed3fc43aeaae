/** Daemon health at a glance: one line per sub-daemon, with a link to the full table on the deployment page. */
import { TimeAgo } from "../../components/time-ago";
import { Link, paths } from "../../router";
import { daemonLabel, daemonVerdict, type DaemonStatus } from "../deployment/daemon-status";
import { VerdictBadge } from "../deployment/verdict-badge";
import ui from "../../components/ui.module.css";
import styles from "./overview.module.css";

export function DaemonHealthSummary({ daemons }: { daemons: readonly DaemonStatus[] }) {
  const unhealthy = daemons.filter((daemon) => daemon.required && !daemon.healthy).length;
  return (
    <section className={ui.panel} aria-labelledby="daemons-heading">
      <h2 id="daemons-heading">Daemon health</h2>
      <p className={`${ui.muted} ${styles.muted} ${styles.overviewNote}`}>
        {unhealthy === 0
          ? "Every required daemon is running."
          : `${unhealthy} required daemon${unhealthy === 1 ? " is" : "s are"} not healthy.`}{" "}
        <Link to={paths.deployment()}>Details</Link>
      </p>
      <ul className={styles.daemonSummary} aria-label="Daemon statuses">
        {daemons.map((daemon) => (
          <li key={daemon.daemonType}>
            <span>{daemonLabel(daemon.daemonType)}</span>
            <VerdictBadge verdict={daemonVerdict(daemon)} />
            <span className={`${ui.muted} ${styles.muted}`}>
              <TimeAgo value={daemon.lastHeartbeatTime} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
