/**
 * The webserver Worker's entry: wiring only.
 * @module
 */
import { app } from "./app";
import type { WebserverEnv } from "./env";

export { InstanceApiEntrypoint as InstanceApi } from "./instance-api";

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<WebserverEnv>;
