/**
 * Daemon health as Dagster reports it (`instance.daemonHealth.allDaemonStatuses`), and the one reading
 * of it both the overview and the deployment page show: healthy, unhealthy, not running or not enabled.
 * @module
 */
import { graphql } from "../../gql";
import type { DaemonHealthFieldsFragment } from "../../gql/graphql";
import type { Verdict } from "./verdict-badge";

export const DaemonHealthFields = graphql(`
  fragment DaemonHealthFields on Instance {
    daemonHealth { id allDaemonStatuses { id daemonType required healthy lastHeartbeatTime lastHeartbeatErrors { ...PythonErrorFields } } }
  }
`);

export type DaemonHealth = DaemonHealthFieldsFragment;
export type DaemonStatus = DaemonHealth["daemonHealth"]["allDaemonStatuses"][number];

/** The sub-daemons' names as Dagster's UI spells them. */
const DAEMON_LABELS: Record<string, string> = {
  SCHEDULER: "Scheduler",
  SENSOR: "Sensors",
  QUEUED_RUN_COORDINATOR: "Run queue",
  MONITORING: "Run monitoring",
  EVENT_LOG_CONSUMER: "Run retries",
  BACKFILL: "Backfills",
  ASSET: "Auto-materializing",
  RETENTION: "Retention",
};

export const daemonLabel = (daemonType: string): string => DAEMON_LABELS[daemonType] ?? daemonType;

export function daemonVerdict(daemon: DaemonStatus): Verdict {
  if (!daemon.required) return { status: "SKIPPED", label: "Not enabled" };
  if (daemon.healthy) return { status: "SUCCESS", label: "Running" };
  if (daemon.lastHeartbeatTime === null) return { status: "FAILURE", label: "Not running" };
  return { status: "FAILURE", label: daemon.lastHeartbeatErrors.length ? "Errors" : "No recent heartbeat" };
}
