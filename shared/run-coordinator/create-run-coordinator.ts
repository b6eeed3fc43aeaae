/**
 * The run coordinator registry: `run_coordinator.type` in dagflare.yaml picks the implementation. The
 * bindings a choice needs are checked here, so a misconfigured Worker fails at startup naming the binding
 * to add rather than leaving runs stuck.
 * @module
 */
import type { RunCoordinatorConfig } from "../config/run-coordinator-config";
import { DagflareError } from "../errors/dagflare-error";
import { ImmediateRunCoordinator } from "./immediate-run-coordinator";
import type { LaunchDeps } from "./launch-or-fail";
import { QueuedRunCoordinator } from "./queued-run-coordinator";
import type { RunCoordinator } from "./run-coordinator";
import type { RunQueueMessage } from "./run-queue-message";

/** Binding names in the webserver's wrangler.toml. */
export const RUN_QUEUE_BINDING = "RUN_QUEUE";
export const DAEMON_BINDING = "DAEMON";

export type RunCoordinatorDeps = LaunchDeps & {
  /** The Worker's RUN_QUEUE binding as found in its env (checked here): the queued coordinator's wake-ups. */
  runQueue?: unknown;
  /**
   * The Worker's DAEMON binding as found in its env. Only checked: without the daemon nothing would
   * ever dequeue, so a queued coordinator without it is refused.
   */
  daemon?: unknown;
};

/** @throws DagflareError INVALID_CONFIG naming the wrangler.toml binding the chosen coordinator lacks. */
export function createRunCoordinator(config: RunCoordinatorConfig, deps: RunCoordinatorDeps): RunCoordinator {
  const { storage, launcher } = deps;
  switch (config.type) {
    case "immediate":
      return new ImmediateRunCoordinator({ storage, launcher });
    case "queued": {
      if (!isQueue(deps.runQueue)) {
        throw missingBinding(
          `a queue producer binding ${RUN_QUEUE_BINDING} in wrangler.toml ([[queues.producers]] queue = "dagflare-run-queue", binding = "${RUN_QUEUE_BINDING}")`,
        );
      }
      if (!isDurableObjectNamespace(deps.daemon)) {
        throw missingBinding(
          `the Daemon Durable Object bound as ${DAEMON_BINDING} in wrangler.toml ([[durable_objects.bindings]] name = "${DAEMON_BINDING}", class_name = "Daemon"): it starts queued runs`,
        );
      }
      return new QueuedRunCoordinator({ storage, launcher, runQueue: deps.runQueue });
    }
  }
}

function missingBinding(what: string): DagflareError {
  return new DagflareError("INVALID_CONFIG", `run_coordinator.type queued needs ${what}`);
}

function isQueue(value: unknown): value is Queue<RunQueueMessage> {
  return typeof value === "object" && value !== null && "send" in value && typeof value.send === "function";
}

function isDurableObjectNamespace(value: unknown): value is DurableObjectNamespace {
  return (
    typeof value === "object" &&
    value !== null &&
    "idFromName" in value &&
    typeof value.idFromName === "function"
  );
}
