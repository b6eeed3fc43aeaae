/**
 * The instance host Worker's entry (wrangler.toml `main`): the webserver's routes, the run queue's consumer,
 * the cron watchdog, the Daemon object and the InstanceApi entrypoint, all over one instance built from the
 * bundled config. Wiring only: the webserver and the daemon never import each other or this host.
 * @module
 */
import { ConcurrencyObject } from "../../durable-objects/concurrency/concurrency-object";
import { DaemonObject } from "../../durable-objects/daemon/daemon";
import { createWebserver } from "../webserver/app";
import { daemonStub } from "./daemon-stub";
import type { InstanceHostEnv } from "./env";
import { getInstance } from "./get-instance";
import { consumeRunQueue } from "./queue-consumer";
import { pokeDaemon } from "./watchdog";

export { InstanceApiEntrypoint as InstanceApi } from "./instance-api-entrypoint";

/** The daemon over this host's instance. */
export class Daemon extends DaemonObject<InstanceHostEnv> {
  protected override instance() {
    return getInstance(this.env);
  }
}

/** The op concurrency pools' coordinator, with the pool defaults of this host's instance config. */
export class ConcurrencyCoordinator extends ConcurrencyObject<InstanceHostEnv> {
  protected override poolDefaults() {
    return getInstance(this.env).config.concurrency.pools;
  }
}

const webserver = createWebserver<InstanceHostEnv>({ instance: getInstance, daemon: daemonStub });

export default {
  fetch: webserver.fetch,
  queue: (batch, env) => consumeRunQueue(batch, daemonStub(env)),
  scheduled: (_controller, env) => pokeDaemon(env),
} satisfies ExportedHandler<InstanceHostEnv>;
