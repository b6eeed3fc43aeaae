/**
 * Stands in for shared/run-worker/adapter/container where there is no Docker: a Worker of the same name whose
 * `RunWorkerContainer` Durable Object forwards each request to the run-worker image's entrypoint running
 * as a local process (RUN_WORKER_PROCESS_URL) instead of to a container. The webserver's binding, the
 * launcher and the protocol are the real ones: only the hop from the object to the container is swapped.
 */
import { DurableObject } from "cloudflare:workers";

type Env = { RUN_WORKER_PROCESS_URL: string };

export class RunWorkerContainer extends DurableObject<Env> {
  override fetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    return fetch(new Request(`${this.env.RUN_WORKER_PROCESS_URL}${url.pathname}${url.search}`, request));
  }
}

export default {
  fetch: () =>
    new Response("the container stand-in answers only through its Durable Object", { status: 404 }),
} satisfies ExportedHandler<Env>;
