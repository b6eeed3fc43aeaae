/**
 * The webserver's HTTP surface (Dagster's dagster-webserver routes): GraphQL at /graphql, /server_info,
 * and one error handler that turns user errors into clear 4xx answers and masks everything else.
 * @module
 */
import { Hono } from "hono";
import { ZodError } from "zod";
import { DagflareError } from "../../shared/errors/dagflare-error";
import { DAGFLARE_VERSION } from "../../shared/version";
import { computeLogsDownload } from "./api/compute-logs-download";
import { instanceApiHttp } from "./api/instance-api-http";
import { runsApi } from "./api/runs-api";
import { requireCaller } from "./auth/identity-middleware";
import { acceptLegacyGraphQLWebSocket } from "./graphql/legacy-graphql-ws";
import { yoga } from "./graphql/yoga";
import type { WebserverBindings, WebserverEnv, WebserverHost } from "./webserver-env";

/** The webserver's routes over the instance and daemon the host gives it. */
export function createWebserver<Bindings extends WebserverBindings>(
  host: WebserverHost<Bindings>,
): Hono<{ Bindings: Bindings; Variables: WebserverEnv["Variables"] }> {
  const app = new Hono<{ Bindings: Bindings; Variables: WebserverEnv["Variables"] }>();
  app.use(async (c, next) => {
    c.set("instance", () => host.instance(c.env));
    c.set("daemon", () => host.daemon(c.env));
    await next();
  });

  // A browser asking for a page gets GraphiQL, as from dagster-webserver (a static page: no sign-in needed
  // to load it, only to query); everything else is GraphQL.
  app.get("/graphql", async (c, next) => {
    if (!c.req.header("accept")?.includes("text/html") || c.req.header("upgrade")) return next();
    return c.env.ASSETS.fetch(new URL("/graphiql.html", c.req.url));
  });
  // Everything a user reads or changes goes through the identity gate; /api/instance has its own credential.
  for (const path of ["/graphql", "/api/runs", "/api/runs/*", "/logs/*"]) app.use(path, requireCaller);
  // Dagster's UI opens its subscriptions over a WebSocket on the same path (legacy graphql-ws protocol).
  app.get("/graphql", async (c, next) => {
    if (c.req.header("upgrade")?.toLowerCase() !== "websocket") return next();
    return acceptLegacyGraphQLWebSocket(c.req.raw, c.var.instance());
  });
  app.on(["GET", "POST"], "/graphql", (c) =>
    yoga.fetch(c.req.raw, {
      instance: c.var.instance(),
      caller: c.var.caller,
      instigatorsChanged: () =>
        c.executionCtx.waitUntil(
          c.var
            .daemon()
            .instigatorsChanged()
            .catch((error: unknown) => console.error("Waking the daemon failed", error)),
        ),
    }),
  );

  app.route("/api/runs", runsApi);
  app.route("/logs", computeLogsDownload);
  app.route("/api/instance", instanceApiHttp);

  app.get("/server_info", (c) => c.json(serverInfo()));
  app.get("/dagit_info", (c) => c.json(serverInfo()));

  // Everything else is the UI: a file from ui/dist, or index.html for a page path so deep links load.
  // API paths keep answering JSON, so a typo in an API URL is not mistaken for a page.
  app.notFound((c) => {
    if (/^\/(api|graphql|logs)(\/|$)/.test(c.req.path))
      return c.json({ error: `no route for ${c.req.method} ${c.req.path}`, code: "NOT_FOUND" }, 404);
    return c.env.ASSETS.fetch(c.req.raw);
  });

  app.onError((error, c) => {
    if (error instanceof DagflareError && error.code === "INVALID_CONFIG") {
      return c.json({ error: error.message, code: error.code }, 500);
    }
    if (error instanceof ZodError) {
      const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
      return c.json(
        {
          error: issues.map((issue) => `${issue.path || "body"}: ${issue.message}`).join("; "),
          code: "BAD_REQUEST",
          issues,
        },
        400,
      );
    }
    if (error instanceof DagflareError && error.isUserError) {
      const status =
        error.code === "NOT_FOUND"
          ? 404
          : error.code === "RUN_CONFLICT"
            ? 409
            : error.code === "FORBIDDEN"
              ? 403
              : 400;
      return c.json({ error: error.message, code: error.code }, status);
    }
    console.error(error);
    return c.json({ error: "Internal server error", code: "INTERNAL" }, 500);
  });
  return app;
}

function serverInfo() {
  return {
    dagster_webserver_version: DAGFLARE_VERSION,
    dagster_version: DAGFLARE_VERSION,
    dagster_graphql_version: DAGFLARE_VERSION,
    dagflare_version: DAGFLARE_VERSION,
  };
}
