/**
 * Resources with configured values, env var references and nested resources: created per step with
 * their dependencies first, env vars read where the step runs (never into the snapshot), run config
 * overriding configured values, and load-time errors naming the resource.
 */
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineDefinitions, defineJob, defineOp, defineResource, EnvVar } from "../../../shared/definitions";

const base = defineResource({
  config: z.object({ prefix: z.string() }),
  values: { prefix: "db" },
  create: ({ config }) => ({ prefix: config.prefix }),
});
const client = defineResource({
  name: "ApiClient",
  config: z.object({ token: z.string(), region: z.string().default("eu") }),
  values: { token: EnvVar("TEST_RESOURCE_TOKEN") },
  resources: { base },
  create: ({ config, resources }) => `${resources.base.prefix}:${config.region}:${config.token}`,
});
const useClient = defineOp({
  name: "use_client",
  out: z.string(),
  requiredResources: { client },
  fn: async (ctx) => ctx.resources.client,
});
const definitions = () =>
  defineDefinitions({
    jobs: [
      defineJob({
        name: "client_job",
        resources: { client, base },
        graph: () => {
          useClient();
        },
      }),
    ],
  });
const run = (runConfig: Record<string, unknown> = {}) =>
  definitions().executeStep({
    runId: "r1",
    jobName: "client_job",
    stepKey: "use_client",
    runConfig,
    inputs: {},
    attempt: 0,
  } as never);

afterEach(() => {
  delete process.env.TEST_RESOURCE_TOKEN;
});

describe("resources", () => {
  it("creates nested resources first and reads env vars where the step runs", async () => {
    process.env.TEST_RESOURCE_TOKEN = "s3cret";
    const result = await run();
    expect(result).toMatchObject({ status: "SUCCESS", outputs: { result: "db:eu:s3cret" } });
  });

  it("lets run config override a configured value", async () => {
    process.env.TEST_RESOURCE_TOKEN = "s3cret";
    const result = await run({
      resources: { client: { config: { token: "from-run-config", region: "us" } } },
    });
    expect(result).toMatchObject({ status: "SUCCESS", outputs: { result: "db:us:from-run-config" } });
  });

  it("fails the step naming the resource path and the variable when it is not set", async () => {
    const result = await run();
    expect(result.status).toBe("FAILURE");
    expect(JSON.stringify(result)).toContain(
      "resources.client.config.token: environment variable TEST_RESOURCE_TOKEN is not set where the step runs",
    );
  });

  it("keeps configured fields optional in the job's run config schema and env var values out of the snapshot", async () => {
    process.env.TEST_RESOURCE_TOKEN = "s3cret";
    const snapshot = await definitions().snapshot();
    expect(JSON.stringify(snapshot)).not.toContain("s3cret");
    const clientSnapshot = snapshot.resources.find((resource) => resource.name === "client");
    expect(clientSnapshot).toMatchObject({
      resourceType: "ApiClient",
      configuredValues: [{ key: "token", type: "ENV_VAR", value: "TEST_RESOURCE_TOKEN" }],
      nestedResources: [{ name: "base", type: "TOP_LEVEL", resourceKey: "base" }],
    });
    const schema = snapshot.jobs[0]?.runConfigSchema as {
      properties: { resources: { required?: string[] } };
    };
    expect(schema.properties.resources.required ?? []).not.toContain("client");
  });

  it("refuses configured values that are not fields of the config, naming the resource", () => {
    const bad = defineResource({
      config: z.object({ host: z.string() }),
      values: { hots: "x" } as never,
      create: () => 1,
    });
    const op = defineOp({ name: "needs_bad", requiredResources: { bad }, fn: async () => undefined });
    expect(() =>
      defineDefinitions({
        jobs: [
          defineJob({
            name: "bad_job",
            resources: { bad },
            graph: () => {
              op();
            },
          }),
        ],
      }),
    ).toThrow(/resource "bad": values "hots" is not a field of its config \(fields: host\)/);
  });
});
