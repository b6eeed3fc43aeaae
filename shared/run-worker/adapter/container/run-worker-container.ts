/**
 * RunWorkerContainer: the Container class (a Durable Object that starts and proxies to a Cloudflare
 * Container) running the run-worker service image, shared/run-worker/adapter/node-service/Dockerfile. The service gets the
 * instance's URL and token and its own token from this Worker's vars and secrets, plus the `env_vars` the
 * run launcher sends; it exits once idle (no run executing, no request in flight), which stops the
 * container, so activity timeouts never cut a long step short.
 * @module
 */
import { Container } from "@cloudflare/containers";
import { z } from "zod";
import { CONTAINER_ENV_HEADER, type ContainerNamespace } from "../../../run-launcher/container-run-launcher";

/** The port the image's service listens on (its PORT). */
export const SERVICE_PORT = 8080;
/** How long a service with no run executing and no request in flight stays up. */
const IDLE_EXIT_SECONDS = 120;
const NO_TOKEN =
  "the run worker container cannot start its service without a token: set this Worker's secret RUN_WORKER_TOKEN (npx wrangler secret put RUN_WORKER_TOKEN -c shared/run-worker/adapter/container/wrangler.toml) and send it as Authorization: Bearer <token>";

export type RunWorkerContainerEnv = {
  RUN_WORKER_CONTAINER: ContainerNamespace;
  /** The webserver's URL: where the service reports events. */
  INSTANCE_URL?: string;
  /** Secret: the webserver's DAGFLARE_INSTANCE_TOKEN. */
  INSTANCE_TOKEN?: string;
  /** Secret: the bearer token the gateway and the services require. */
  RUN_WORKER_TOKEN?: string;
};

export class RunWorkerContainer extends Container<RunWorkerContainerEnv> {
  override defaultPort = SERVICE_PORT;
  override pingEndpoint = "localhost/__dagflare/ping";
  override envVars = serviceEnvVars(this.env);

  /**
   * The first request starts the container, with the launcher's `env_vars` added. The service listens on
   * 0.0.0.0 there, so it refuses to start without its token: say so here rather than fail to connect.
   */
  override async fetch(request: Request): Promise<Response> {
    if (!this.ctx.container?.running) {
      const extra = request.headers.get(CONTAINER_ENV_HEADER);
      const envVars = { ...serviceEnvVars(this.env), ...(extra === null ? {} : parseEnvVars(extra)) };
      if (
        envVars.RUN_WORKER_TOKEN === undefined &&
        !INSECURE_NO_AUTH.safeParse(envVars.DAGFLARE_INSECURE_NO_AUTH).data
      ) {
        return Response.json({ error: NO_TOKEN }, { status: 403 });
      }
      this.envVars = envVars;
    }
    return super.fetch(request);
  }

  /** The service exits by itself once idle (DAGFLARE_IDLE_EXIT_SECONDS); until then its run or step goes on. */
  override async onActivityExpired(): Promise<void> {}
}

/** Read as the service reads DAGFLARE_INSECURE_NO_AUTH ("0" and "false" mean no). */
const INSECURE_NO_AUTH = z.stringbool();

function serviceEnvVars(env: RunWorkerContainerEnv): Record<string, string> {
  const optional = {
    INSTANCE_URL: env.INSTANCE_URL,
    INSTANCE_TOKEN: env.INSTANCE_TOKEN,
    RUN_WORKER_TOKEN: env.RUN_WORKER_TOKEN,
  };
  const given = Object.entries(optional).flatMap(([name, value]) =>
    value === undefined || value === "" ? [] : [[name, value] as const],
  );
  return {
    PORT: String(SERVICE_PORT),
    DAGFLARE_IDLE_EXIT_SECONDS: String(IDLE_EXIT_SECONDS),
    ...Object.fromEntries(given),
  };
}

/** The header's JSON object of strings; anything else adds nothing (the launcher always sends one). */
function parseEnvVars(text: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return {};
    return Object.fromEntries(
      Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
  } catch {
    return {};
  }
}
