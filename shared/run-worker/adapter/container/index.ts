/**
 * The run worker container Worker (`dagflare-run-worker-container`): the RunWorkerContainer class, which
 * the webserver binds for the `container` run launcher, and the gateway the `container` executor sends
 * steps through. Deployed on its own with Docker at hand; `npm start` does not run it.
 * @module
 */
import { routeToContainer } from "./container-gateway";
import type { RunWorkerContainerEnv } from "./run-worker-container";

export { RunWorkerContainer } from "./run-worker-container";

export default {
  fetch: (request, env) =>
    routeToContainer(request, { containers: env.RUN_WORKER_CONTAINER, token: env.RUN_WORKER_TOKEN }),
} satisfies ExportedHandler<RunWorkerContainerEnv>;
