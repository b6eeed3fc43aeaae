/**
 * `instance { info }`, which the Deployment page shows as "the configuration in effect": the whole
 * dagflare.yaml with defaults filled, where every `{ env: NAME }` stays a reference. The instance itself
 * resolves those references (it runs with them), but the secret's value must never reach a client.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createInstance } from "../../shared/instance/instance";
import { yoga } from "../../workers/webserver/graphql/yoga";
import { configSources } from "../../workers/instance-host/get-instance";

const INSTANCE_YAML = `
run_coordinator:
  type: queued
  max_concurrent_runs: { env: MAX_RUNS }
run_launcher:
  type: remote
  url: https://launcher.example.com/runs
  headers:
    authorization: { env: LAUNCHER_TOKEN }
`;
const SECRET = "Bearer s3cr3t-never-shown";

async function queryInstance(): Promise<{
  info: string;
  runQueueConfig: { maxConcurrentRuns: number };
  runLauncher: { name: string };
}> {
  const workerEnv = { ...env, MAX_RUNS: "7", LAUNCHER_TOKEN: SECRET };
  const instance = createInstance(
    { ...configSources(workerEnv), instance: { text: INSTANCE_YAML, source: "DAGFLARE_INSTANCE_YAML" } },
    workerEnv,
  );
  const response = await yoga.fetch(
    "http://dagflare/graphql",
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "{ instance { info runQueueConfig { maxConcurrentRuns } runLauncher { name } } }",
      }),
    },
    { instance, instigatorsChanged: () => undefined },
  );
  const body = (await response.json()) as {
    data: { instance: Awaited<ReturnType<typeof queryInstance>> };
    errors?: unknown;
  };
  expect(body.errors).toBeUndefined();
  return body.data.instance;
}

describe("instance info", () => {
  it("shows the configuration in effect with env references kept and secret values left out", async () => {
    const instance = await queryInstance();
    // The instance runs with the resolved values...
    expect(instance.runQueueConfig.maxConcurrentRuns).toBe(7);
    expect(instance.runLauncher.name).toBe("RemoteRunLauncher");
    // ...while info names the variables instead of their values.
    expect(instance.info).not.toContain("s3cr3t");
    const info = parse(instance.info) as Record<string, Record<string, unknown>>;
    expect(info.run_coordinator).toMatchObject({ type: "queued", max_concurrent_runs: { env: "MAX_RUNS" } });
    expect(info.run_launcher).toEqual({
      type: "remote",
      url: "https://launcher.example.com/runs",
      headers: { authorization: { env: "LAUNCHER_TOKEN" } },
    });
    // Every default is filled in, so the page shows the whole configuration, not only what was written.
    expect(info.storage).toEqual({ type: "d1", binding: "DB" });
    expect(info.sensors).toEqual({ default_minimum_interval_seconds: 30 });
  });
});
