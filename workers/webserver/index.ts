/**
 * The webserver Worker's entry: wiring only.
 * @module
 */
import { daemonStub } from "../../durable-objects/daemon/daemon-stub";
import { app } from "./app";
import type { WebserverEnv } from "./env";
import { consumeRunQueue } from "./queue-consumer";
import { pokeDaemon } from "./scheduled";

export { Daemon } from "../../durable-objects/daemon/daemon";
export { InstanceApiEntrypoint as InstanceApi } from "./instance-api";

export default {
  fetch: app.fetch,
  queue: (batch, env) => consumeRunQueue(batch, daemonStub(env)),
  scheduled: (_controller, env) => pokeDaemon(env),
} satisfies ExportedHandler<WebserverEnv>;
