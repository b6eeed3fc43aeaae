/**
 * The webserver's HTTP surface (Dagster's dagster-webserver routes): GraphQL at /graphql, /server_info,
 * and one error handler that turns user errors into clear 4xx answers and masks everything else.
 * @module
 */
import { Hono } from "hono";
import { DagflareError } from "../../shared/errors/dagflare-error";
import { DAGFLARE_VERSION } from "../../shared/version";
import type { WebserverEnv } from "./env";
import { yoga } from "./graphql/yoga";
import { getInstance } from "./instance";

export const app = new Hono<{ Bindings: WebserverEnv }>();

// A browser asking for a page gets GraphiQL, as from dagster-webserver; everything else is GraphQL.
app.get("/graphql", async (c, next) => {
  if (!c.req.header("accept")?.includes("text/html")) return next();
  return c.env.ASSETS.fetch(new URL("/graphiql.html", c.req.url));
});
app.on(["GET", "POST"], "/graphql", (c) => yoga.fetch(c.req.raw, { instance: getInstance(c.env) }));

app.get("/server_info", (c) => c.json(serverInfo()));
app.get("/dagit_info", (c) => c.json(serverInfo()));

app.onError((error, c) => {
  if (error instanceof DagflareError && error.code === "INVALID_CONFIG") {
    return c.json({ error: error.message, code: error.code }, 500);
  }
  if (error instanceof DagflareError && error.isUserError) {
    return c.json({ error: error.message, code: error.code }, 400);
  }
  console.error(error);
  return c.json({ error: "Internal server error", code: "INTERNAL" }, 500);
});

function serverInfo() {
  return {
    dagster_webserver_version: DAGFLARE_VERSION,
    dagster_version: DAGFLARE_VERSION,
    dagster_graphql_version: DAGFLARE_VERSION,
    dagflare_version: DAGFLARE_VERSION,
  };
}
