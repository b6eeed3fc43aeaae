/**
 * The `Instance` object: which components the config chose and the health of each sub-daemon.
 * @module
 */
import { stringify } from "yaml";
import { instanceConfigForDisplay, type InstanceConfig } from "../../../../shared/config/instance-config";
import type { DaemonType } from "../../../../shared/storage/daemon-storage";
import { DAGFLARE_VERSION } from "../../../../shared/version";
import { callerGrants } from "../../../../shared/auth/caller";
import type { Resolvers } from "../__generated__/resolvers-types";
import { ALL_DAEMON_TYPES, daemonStatus, requiredDaemons } from "./daemon-health";
import { callerMay, dagsterPermissions } from "../../../../shared/auth/dagster-permissions";

const LAUNCHER_NAMES = {
  durable_object: "DurableObjectRunLauncher",
  remote: "RemoteRunLauncher",
  container: "ContainerRunLauncher",
} as const;

const queuedCoordinator = (config: InstanceConfig) =>
  config.runCoordinator.type === "queued" ? config.runCoordinator : null;

export const resolvers: Resolvers = {
  Query: {
    version: () => DAGFLARE_VERSION,
    instance: (_, __, context) => context.instance,
    permissions: (_, __, context) => dagsterPermissions(context.caller),
    // Terminating is decided per run's location; a caller who may terminate nowhere gets no bulk action.
    canBulkTerminate: (_, __, context) =>
      callerMay(context.caller, "terminate_run") ||
      Object.keys(callerGrants(context.caller).locationRoles).some((location) =>
        callerMay(context.caller, "terminate_run", location),
      ),
  },
  Instance: {
    id: () => "Instance",
    // The config in effect, as dagster.yaml's `info` is; `{ env: NAME }` stays a reference, never a value.
    info: (instance) =>
      stringify(instanceConfigForDisplay(instance.sources.instance.text, instance.sources.instance.source)),
    hasInfo: () => true,
    runLauncher: (instance) => ({ name: LAUNCHER_NAMES[instance.config.runLauncher.type] }),
    runQueuingSupported: (instance) => queuedCoordinator(instance.config) !== null,
    runQueueConfig: (instance) => {
      const queued = queuedCoordinator(instance.config);
      return (
        queued && {
          maxConcurrentRuns: queued.maxConcurrentRuns,
          tagConcurrencyLimitsYaml: queued.tagConcurrencyLimits.length
            ? stringify(queued.tagConcurrencyLimits)
            : null,
          isOpConcurrencyAware: queued.blockOpConcurrencyLimitedRuns.enabled,
        }
      );
    },
    executablePath: () => "",
    autoMaterializePaused: () => true,
    supportsConcurrencyLimits: () => true,
    useAutoMaterializeSensors: () => false,
    daemonHealth: (instance) => instance,
  },
  DaemonHealth: {
    id: () => "daemonHealth",
    allDaemonStatuses: async (instance) => {
      const beats = await instance.storage.daemon.getHeartbeats();
      const required = requiredDaemons(instance.config);
      return ALL_DAEMON_TYPES.map((type) => daemonStatus(type, required.has(type), beats));
    },
    daemonStatus: async (instance, { daemonType }) => {
      const type = (daemonType ?? "SCHEDULER") as DaemonType;
      return daemonStatus(
        type,
        requiredDaemons(instance.config).has(type),
        await instance.storage.daemon.getHeartbeats(),
      );
    },
  },
};
