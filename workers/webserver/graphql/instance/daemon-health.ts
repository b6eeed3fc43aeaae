/**
 * Which sub-daemons the instance's config requires and whether each heartbeated recently (Dagster's rule).
 * @module
 */
import type { InstanceConfig } from "../../../../shared/config/instance-config";
import { retentionEnabled } from "../../../../shared/daemon/retention/retention-sub-daemon";
import type { DaemonHeartbeat, DaemonType } from "../../../../shared/storage/daemon-storage";
import type { DaemonStatus } from "../__generated__/resolvers-types";
import { presentPythonError } from "../errors/python-error";

/** Dagster: a daemon is healthy if it heartbeated within its 30 s interval plus 300 s of tolerance. */
const HEARTBEAT_INTERVAL_SECONDS = 30;
const HEARTBEAT_TOLERANCE_SECONDS = 300;

export const ALL_DAEMON_TYPES: DaemonType[] = [
  "SCHEDULER",
  "SENSOR",
  "QUEUED_RUN_COORDINATOR",
  "MONITORING",
  "EVENT_LOG_CONSUMER",
  "RETENTION",
];

export function requiredDaemons(config: InstanceConfig): Set<DaemonType> {
  const required = new Set<DaemonType>(["SCHEDULER", "SENSOR"]);
  if (config.runCoordinator.type === "queued") required.add("QUEUED_RUN_COORDINATOR");
  if (config.runMonitoring.enabled) required.add("MONITORING");
  if (config.runRetries.enabled) required.add("EVENT_LOG_CONSUMER");
  if (retentionEnabled(config.retention)) required.add("RETENTION");
  return required;
}

export function daemonStatus(
  daemonType: DaemonType,
  required: boolean,
  heartbeats: DaemonHeartbeat[],
): DaemonStatus {
  const heartbeat = heartbeats.find((beat) => beat.daemonType === daemonType);
  const fresh =
    heartbeat !== undefined &&
    Date.now() / 1000 <= heartbeat.timestamp + HEARTBEAT_INTERVAL_SECONDS + HEARTBEAT_TOLERANCE_SECONDS;
  return {
    id: daemonType,
    daemonType,
    required,
    healthy: required ? fresh && heartbeat.errors.length === 0 : null,
    lastHeartbeatTime: heartbeat?.timestamp ?? null,
    lastHeartbeatErrors: (heartbeat?.errors ?? []).map(presentPythonError),
  };
}
