/**
 * The webserver's instance API over HTTP inside workerd (run with the webserver project): disabled until
 * DAGFLARE_INSTANCE_TOKEN is set, then the same calls as the InstanceApi entrypoint behind a bearer token.
 */
import { createExecutionContext, env, SELF, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { incoming } from "../../fixtures/incoming-request";
import instanceHost from "../../../workers/instance-host/index";
import { getInstance } from "../../../workers/instance-host/get-instance";
import type { InstanceHostEnv } from "../../../workers/instance-host/env";
import { newEvent, newRun } from "../../contracts/storage-fixtures";

const TOKEN = "instance-api-test-token";
const withToken = { ...env, DAGFLARE_INSTANCE_TOKEN: TOKEN } as InstanceHostEnv;

async function call(method: string, body: unknown, authorization?: string): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...(authorization === undefined ? {} : { authorization }),
  };
  const context = createExecutionContext();
  const response = await instanceHost.fetch(
    incoming(
      new Request(`http://dagflare/api/instance/${method}`, {
        method: "POST",
        headers,
        body: JSON.stringify(body),
      }),
    ),
    withToken,
    context,
  );
  await waitOnExecutionContext(context);
  return response;
}

describe("instance API over HTTP", () => {
  it("is disabled, saying how to enable it, while the webserver has no DAGFLARE_INSTANCE_TOKEN", async () => {
    const response = await SELF.fetch("http://dagflare/api/instance/getRun", {
      method: "POST",
      headers: { authorization: "Bearer anything" },
      body: '{"runId":"x"}',
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toContain(
      "set the webserver's DAGFLARE_INSTANCE_TOKEN secret",
    );
  });

  it("stores events and reads the run back with the token, and refuses without it", async () => {
    const run = await getInstance(withToken).storage.runs.addRun(newRun({ status: "STARTING" }));
    expect((await call("getRun", { runId: run.runId })).status).toBe(401);
    expect((await call("getRun", { runId: run.runId }, `Bearer ${TOKEN}x`)).status).toBe(401);
    const stored = await call(
      "storeEvents",
      { events: [newEvent(run.runId, "RUN_START", Date.now())] },
      `Bearer ${TOKEN}`,
    );
    expect(await stored.json()).toEqual({ stored: 1 });
    const read = await call("getRun", { runId: run.runId }, `Bearer ${TOKEN}`);
    expect(await read.json()).toMatchObject({ run: { runId: run.runId, status: "STARTED" } });
    expect(await (await call("getRun", { runId: "no-such-run" }, `Bearer ${TOKEN}`)).json()).toEqual({
      run: null,
    });
  });

  it("answers 400 naming the field for a malformed body, and 404 for events of an unknown run", async () => {
    const malformed = await call(
      "storeEvents",
      { events: [{ runId: "r", level: "LOUD" }] },
      `Bearer ${TOKEN}`,
    );
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: string }).error).toContain("events.0.level");
    const unknown = await call(
      "storeEvents",
      { events: [newEvent("no-such-run", null, Date.now())] },
      `Bearer ${TOKEN}`,
    );
    expect(unknown.status).toBe(404);
  });
});
