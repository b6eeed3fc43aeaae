/**
 * The `Instance` object: which components the config chose and the health of each sub-daemon.
 * @module
 */
import { stringify } from "yaml";
import { instanceConfigForDisplay, type InstanceConfig } from "../../../../shared/config/instance-config";
import type { DaemonHeartbeat, DaemonType } from "../../../../shared/storage/daemon-storage";
import type { GraphQLContext } from "../context";
import { presentPythonError } from "./errors";

/** Dagster: a daemon is healthy if it heartbeated within its 30 s interval plus 300 s of tolerance. */
const HEARTBEAT_INTERVAL_SECONDS = 30;
const HEARTBEAT_TOLERANCE_SECONDS = 300;

const ALL_DAEMON_TYPES: DaemonType[] = ["SCHEDULER", "SENSOR", "QUEUED_RUN_COORDINATOR", "MONITORING", "EVENT_LOG_CONSUMER"];

export function presentInstance(context: GraphQLContext) {
  const { config, storage } = context.instance;
  const queued = config.runCoordinator.type === "queued" ? config.runCoordinator : null;
  const heartbeats = () => storage.daemon.getHeartbeats();
  return {
    id: "Instance",
    // The config in effect, as dagster.yaml's `info` is; `{ env: NAME }` stays a reference, never a value.
    info: () => stringify(instanceConfigForDisplay(context.instance.sources.instance.text, context.instance.sources.instance.source)),
    hasInfo: true,
    runLauncher: { name: launcherName(config) },
    runQueuingSupported: queued !== null,
    runQueueConfig: queued && {
      maxConcurrentRuns: queued.maxConcurrentRuns,
      tagConcurrencyLimitsYaml: queued.tagConcurrencyLimits.length ? stringify(queued.tagConcurrencyLimits) : null,
      isOpConcurrencyAware: false,
    },
    executablePath: "",
    autoMaterializePaused: true,
    supportsConcurrencyLimits: false,
    useAutoMaterializeSensors: false,
    daemonHealth: {
      id: "daemonHealth",
      allDaemonStatuses: async () => {
        const beats = await heartbeats();
        return ALL_DAEMON_TYPES.map((type) => presentDaemonStatus(type, requiredDaemons(config).has(type), beats));
      },
      daemonStatus: async ({ daemonType }: { daemonType?: string | null }) => {
        const type = (daemonType ?? "SCHEDULER") as DaemonType;
        return presentDaemonStatus(type, requiredDaemons(config).has(type), await heartbeats());
      },
    },
  };
}

function launcherName(config: InstanceConfig): string {
  const names = { durable_object: "DurableObjectRunLauncher", remote: "RemoteRunLauncher", container: "ContainerRunLauncher" } as const;
  return names[config.runLauncher.type];
}

function requiredDaemons(config: InstanceConfig): Set<DaemonType> {
  const required = new Set<DaemonType>(["SCHEDULER", "SENSOR"]);
  if (config.runCoordinator.type === "queued") required.add("QUEUED_RUN_COORDINATOR");
  if (config.runMonitoring.enabled) required.add("MONITORING");
  if (config.runRetries.enabled) required.add("EVENT_LOG_CONSUMER");
  return required;
}

function presentDaemonStatus(daemonType: DaemonType, required: boolean, heartbeats: DaemonHeartbeat[]) {
  const heartbeat = heartbeats.find((beat) => beat.daemonType === daemonType);
  const fresh = heartbeat !== undefined && Date.now() / 1000 <= heartbeat.timestamp + HEARTBEAT_INTERVAL_SECONDS + HEARTBEAT_TOLERANCE_SECONDS;
  return {
    id: daemonType,
    daemonType,
    required,
    healthy: required ? fresh && heartbeat.errors.length === 0 : null,
    lastHeartbeatTime: heartbeat?.timestamp ?? null,
    lastHeartbeatErrors: (heartbeat?.errors ?? []).map(presentPythonError),
  };
}
