/**
 * The container Worker's front door: `/containers/<name>/<path>` goes to `<path>` on the container named
 * `<name>` (started on first use), so run workers anywhere (a RunWorker Durable Object, a Node service in
 * another container) can send each step to a container of its own: the `container` executor. Requests
 * need `Authorization: Bearer <RUN_WORKER_TOKEN>`, which is also forwarded to the service in the container.
 * No Cloudflare imports: the namespace is passed in, so a local stand-in can serve the same routes.
 * @module
 */
import { bearerTokenMatches } from "../../../http/bearer-token";
import type { ContainerNamespace } from "../../../run-launcher/container-run-launcher";

export const CONTAINER_ROUTE_PREFIX = "/containers/";

export type GatewayOptions = {
  readonly containers: ContainerNamespace;
  /** RUN_WORKER_TOKEN; without it the gateway refuses everything, as a request may start a container. */
  readonly token: string | undefined;
};

export async function routeToContainer(request: Request, options: GatewayOptions): Promise<Response> {
  const url = new URL(request.url);
  const match = /^\/containers\/([^/]+)(\/.*)$/.exec(url.pathname);
  if (match === null)
    return Response.json(
      { error: `no route for ${url.pathname}: send ${CONTAINER_ROUTE_PREFIX}<container name>/<path>` },
      { status: 404 },
    );
  if (options.token === undefined || options.token === "") {
    return Response.json(
      {
        error:
          "the container gateway is disabled: set the Worker secret RUN_WORKER_TOKEN (also given to the containers)",
      },
      { status: 403 },
    );
  }
  if (!(await bearerTokenMatches(options.token, request.headers.get("authorization")))) {
    return Response.json(
      { error: "missing or wrong bearer token: send Authorization: Bearer <RUN_WORKER_TOKEN>" },
      { status: 401 },
    );
  }
  const [, segment = "", path = "/"] = match;
  const name = decodeSegment(segment);
  if (name === null)
    return Response.json(
      { error: `the container name "${segment}" in the path is not valid percent-encoding` },
      { status: 400 },
    );
  const target = new URL(`${path}${url.search}`, "http://run-worker.container");
  return options.containers.getByName(name).fetch(new Request(target, request));
}

/** The segment percent-decoded, or null when it is malformed (decodeURIComponent throws on "%zz"). */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
