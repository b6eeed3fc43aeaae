/**
 * The instance host built over a project's own config files — what the `dagflare/instance-host` package
 * export gives a project outside this repository. Its Worker entry (wrangler.toml `main`) bundles its
 * dagflare.yaml and workspace.yaml and re-exports the host's parts:
 *
 *   import instanceYaml from "./dagflare.yaml";
 *   import workspaceYaml from "./workspace.yaml";
 *   import { createInstanceHost } from "dagflare/instance-host";
 *   const host = createInstanceHost({ instanceYaml, workspaceYaml });
 *   export const { Daemon, ConcurrencyCoordinator, InstanceApi } = host;
 *   export default host.worker;
 *
 * Wiring only: the webserver and the daemon never import each other or this host.
 * @module
 */
import { ConcurrencyObject } from "../../durable-objects/concurrency/concurrency-object";
import { finishedRunIds } from "../../shared/concurrency/finished-runs";
import { DaemonObject } from "../../durable-objects/daemon/daemon";
import type { Instance } from "../../shared/instance/instance";
import { createWebserver } from "../webserver/app";
import { benchCountersResponse, benchEnv } from "./bench-counters";
import { daemonStub } from "./daemon-stub";
import type { InstanceHostEnv } from "./env";
import { defineInstanceApiEntrypoint } from "./instance-api-entrypoint";
import { instanceSource, type BundledConfigFiles } from "./instance-source";
import { consumeRunQueue } from "./queue-consumer";
import { pokeDaemon } from "./watchdog";

export type { BundledConfigFiles } from "./instance-source";

export function createInstanceHost(files: BundledConfigFiles) {
  return instanceHostOver(instanceSource(files).getInstance);
}

/** The webserver's routes, the run queue's consumer, the cron watchdog, the Daemon and ConcurrencyCoordinator objects and the InstanceApi entrypoint over one instance. */
export function instanceHostOver(getBareInstance: (env: InstanceHostEnv) => Instance) {
  // Under the benchmarks' DAGFLARE_BENCH_COUNTERS the instance's bindings are counted (bench-counters.ts).
  const getInstance = (env: InstanceHostEnv) => getBareInstance(benchEnv(env));
  class Daemon extends DaemonObject<InstanceHostEnv> {
    protected override instance() {
      return getInstance(this.env);
    }
  }
  /** The op concurrency pools' coordinator, with the pool defaults of this host's instance config. */
  class ConcurrencyCoordinator extends ConcurrencyObject<InstanceHostEnv> {
    protected override poolDefaults() {
      return getInstance(this.env).config.concurrency.pools;
    }

    protected override finishedRuns(runIds: readonly string[]) {
      return finishedRunIds(getInstance(this.env).storage.runs, runIds);
    }
  }
  const webserver = createWebserver<InstanceHostEnv>({
    instance: getInstance,
    daemon: (env) => daemonStub(benchEnv(env)),
  });
  const worker = {
    fetch: (request, env, ctx) => benchCountersResponse(request, env) ?? webserver.fetch(request, env, ctx),
    queue: (batch, env) => consumeRunQueue(batch, daemonStub(benchEnv(env))),
    scheduled: (_controller, env) => pokeDaemon(env),
  } satisfies ExportedHandler<InstanceHostEnv>;
  return { Daemon, ConcurrencyCoordinator, InstanceApi: defineInstanceApiEntrypoint(getInstance), worker };
}
