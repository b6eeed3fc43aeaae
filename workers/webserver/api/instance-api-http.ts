/**
 * The instance API over HTTP (`POST /api/instance/storeEvents`, `.../getRun`, `.../storeComputeLogs`), for run
 * workers outside Cloudflare; the same calls as the `InstanceApi` entrypoint (shared/instance/instance-api-service.ts). Every
 * request needs `Authorization: Bearer <DAGFLARE_INSTANCE_TOKEN>`; without that secret the API is
 * disabled (403), as writing events is the power to finish any run.
 * @module
 */
import { Hono } from "hono";
import { bearerTokenMatches } from "../../../shared/http/bearer-token";
import {
  ClaimPoolSlotBodySchema,
  FreePoolSlotBodySchema,
  GetRunBodySchema,
  INSTANCE_TOKEN_SECRET,
  StoreComputeLogsBodySchema,
  StoreEventsBodySchema,
} from "../../../shared/instance-api/instance-api-http";
import type { WebserverEnv } from "../webserver-env";
import { instanceApiService } from "../../../shared/instance/instance-api-service";
import { readJson } from "./read-json";

export const instanceApiHttp = new Hono<WebserverEnv>();

instanceApiHttp.use(async (c, next) => {
  const token = c.env[INSTANCE_TOKEN_SECRET];
  if (typeof token !== "string" || token === "") {
    return c.json(
      {
        error: `the instance API over HTTP is disabled: set the webserver's ${INSTANCE_TOKEN_SECRET} secret (\`wrangler secret put ${INSTANCE_TOKEN_SECRET}\`) and give run workers the same token`,
        code: "FORBIDDEN",
      },
      403,
    );
  }
  if (!(await bearerTokenMatches(token, c.req.header("authorization")))) {
    c.header("WWW-Authenticate", 'Bearer realm="dagflare-instance"');
    return c.json(
      {
        error: `missing or wrong bearer token: send Authorization: Bearer <${INSTANCE_TOKEN_SECRET}>`,
        code: "UNAUTHORIZED",
      },
      401,
    );
  }
  return next();
});

instanceApiHttp.post("/storeEvents", async (c) => {
  const { events } = StoreEventsBodySchema.parse(await readJson(c.req.raw));
  await instanceApiService({
    instance: c.var.instance,
    daemon: c.var.daemon,
    waitUntil: (work) => c.executionCtx.waitUntil(work),
  }).storeEvents(events);
  return c.json({ stored: events.length });
});

instanceApiHttp.post("/getRun", async (c) => {
  const { runId } = GetRunBodySchema.parse(await readJson(c.req.raw));
  return c.json({
    run: await instanceApiService({
      instance: c.var.instance,
      daemon: c.var.daemon,
      waitUntil: (work) => c.executionCtx.waitUntil(work),
    }).getRun(runId),
  });
});

instanceApiHttp.post("/storeComputeLogs", async (c) => {
  const { batch } = StoreComputeLogsBodySchema.parse(await readJson(c.req.raw));
  await instanceApiService({
    instance: c.var.instance,
    daemon: c.var.daemon,
    waitUntil: (work) => c.executionCtx.waitUntil(work),
  }).storeComputeLogs(batch);
  return c.json({ chunks: batch.chunks.length });
});

instanceApiHttp.post("/claimPoolSlot", async (c) => {
  const { claim } = ClaimPoolSlotBodySchema.parse(await readJson(c.req.raw));
  return c.json({
    result: await instanceApiService({
      instance: c.var.instance,
      daemon: c.var.daemon,
      waitUntil: (work) => c.executionCtx.waitUntil(work),
    }).claimPoolSlot(claim),
  });
});

instanceApiHttp.post("/freePoolSlot", async (c) => {
  const { runId, stepKey } = FreePoolSlotBodySchema.parse(await readJson(c.req.raw));
  await instanceApiService({
    instance: c.var.instance,
    daemon: c.var.daemon,
    waitUntil: (work) => c.executionCtx.waitUntil(work),
  }).freePoolSlot(runId, stepKey);
  return c.json({ freed: true });
});
