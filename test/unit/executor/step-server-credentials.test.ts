/**
 * Credentials for the step-server executors stay out of run config: a plain-text credential header is
 * refused at launch (with the value redacted from the error) and when the run worker builds its
 * executor, and a `{ env: NAME }` reference is read from the run worker's environment and sent with
 * every step request (checked against a real HTTP server on loopback).
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineDefinitions, defineJob } from "../../../shared/definitions";
import { createExecutor } from "../../../shared/executor/create-executor";
import { validateRunConfig } from "../../../shared/run-config/validate-run-config";
import { RunHarness } from "../run-worker/run-harness";
import { emitOne } from "./sample-jobs";

const SECRET = "Bearer s3cr3t-token";
const definitions = defineDefinitions({
  jobs: [defineJob({ name: "one_job", graph: () => void emitOne() })],
});
const remote = (url: string, headers: Record<string, unknown>) => ({
  execution: { config: { remote: { url, headers } } },
});

let received: IncomingHttpHeaders[] = [];
const server = createServer((request, response) => {
  received.push(request.headers);
  request.resume();
  response.writeHead(503, { "content-type": "text/plain" }).end("not a step server");
});
let url = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("step-server credentials", () => {
  it("refuses a credential written into run config at launch, at its path, without echoing it", async () => {
    const harness = new RunHarness(definitions);
    const schema = (await harness.job("one_job")).runConfigSchema;
    const errors = validateRunConfig(
      remote(url, { Authorization: SECRET, "X-Api-Key": "k", Accept: "application/json" }),
      schema,
    );
    expect(errors.map((error) => error.path.join("."))).toEqual([
      "execution.config.remote.headers.Authorization",
      "execution.config.remote.headers.X-Api-Key",
    ]);
    expect(errors[0]?.message).toMatch(
      /root:execution:config:remote:headers:'Authorization':value.*write \{ env: NAME \}/,
    );
    expect(JSON.stringify(errors)).not.toContain("s3cr3t");
    expect(
      validateRunConfig(
        remote(url, { Authorization: { env: "STEP_SERVER_AUTH" }, Accept: "application/json" }),
        schema,
      ),
    ).toEqual([]);
  });

  it("refuses a credential written as a number without quoting it, and a reference outside STEP_SERVER_", async () => {
    const schema = (await new RunHarness(definitions).job("one_job")).runConfigSchema;
    const numeric = validateRunConfig(remote(url, { "X-Auth-Key": 123456 }), schema);
    expect(numeric.map((error) => error.path.join("."))).toEqual([
      "execution.config.remote.headers.X-Auth-Key",
    ]);
    expect(JSON.stringify(numeric)).not.toContain("123456");
    const outside = validateRunConfig(remote(url, { Authorization: { env: "INSTANCE_TOKEN" } }), schema);
    expect(outside).toHaveLength(1);
    expect(outside[0]?.path.join(".")).toBe("execution.config.remote.headers.Authorization.env");
    expect(outside[0]?.message).toContain("STEP_SERVER_");
  });

  it("refuses it again when the run worker builds its executor", () => {
    expect(() => createExecutor(remote(url, { authorization: SECRET }))).toThrow(
      expect.objectContaining({
        code: "INVALID_RUN_CONFIG",
        message: expect.stringContaining(
          "execution.config.remote.headers.authorization: a credential is not written into run config",
        ),
      }),
    );
  });

  it("fails the run naming the header and variable when the worker's environment lacks it", async () => {
    const outcome = await new RunHarness(definitions).execute(
      "one_job",
      { runConfig: remote(url, { Authorization: { env: "STEP_SERVER_AUTH" } }) },
      { env: {} },
    );
    expect(outcome.status).toBe("FAILURE");
    expect(outcome.error?.message).toContain(
      "execution.config.remote.headers.Authorization: environment variable STEP_SERVER_AUTH is not set in the run worker's environment",
    );
  });

  it("sends the referenced credential with every step request", async () => {
    received = [];
    await new RunHarness(definitions).execute(
      "one_job",
      { runConfig: remote(url, { Authorization: { env: "STEP_SERVER_AUTH" }, "X-Trace": "on" }) },
      { env: { STEP_SERVER_AUTH: SECRET } },
    );
    expect(received.length).toBeGreaterThan(0);
    for (const headers of received) expect(headers).toMatchObject({ authorization: SECRET, "x-trace": "on" });
  });
});
