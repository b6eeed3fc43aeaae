/**
 * The instance host Worker's bindings. Code location service bindings and secrets referenced from the config
 * files (`{env: NAME}`) are looked up by name at call time, hence the index signature.
 * @module
 */
import type { ConcurrencyObject } from "../../durable-objects/concurrency/concurrency-object";
import type { DaemonObject } from "../../durable-objects/daemon/daemon";
import type { RunQueueMessage } from "../../shared/run-coordinator/run-queue-message";

export type InstanceHostEnv = {
  DB: D1Database;
  /** ui/dist: the UI and the bundled GraphiQL page. */
  ASSETS: Fetcher;
  /** The Daemon Durable Object (one object, named "daemon"): sub-daemons on one alarm, the run queue's dequeuer. */
  DAEMON: DurableObjectNamespace<DaemonObject<InstanceHostEnv>>;
  /** The op concurrency pools' coordinator (one object, named "concurrency"): every run's slots. */
  CONCURRENCY: DurableObjectNamespace<ConcurrencyObject<InstanceHostEnv>>;
  /** Producer of the run queue: wake-ups for the dequeuer when a run is submitted. */
  RUN_QUEUE: Queue<RunQueueMessage>;
  /** When set, replaces the bundled dagflare.yaml (per-environment config without editing the file). */
  DAGFLARE_INSTANCE_YAML?: string;
  /** When set, replaces the bundled workspace.yaml. */
  DAGFLARE_WORKSPACE_YAML?: string;
  [binding: string]: unknown;
};
