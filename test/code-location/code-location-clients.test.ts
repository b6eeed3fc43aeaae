import { EXAMPLE_JOB_NAMES } from "../fixtures/example-jobs";
import { describe, expect, it } from "vitest";
import {
  createCodeLocationClient,
  HttpCodeLocationClient,
  type CodeLocationClient,
} from "../../shared/code-location/client";
import { DagflareError } from "../../shared/errors/dagflare-error";
import { EXTRACT_CONFIG, exampleLocation, startRequest, stepRequest } from "./example-location";

const location = exampleLocation();
const viaBinding = createCodeLocationClient(
  { locationName: "example", type: "service_binding", binding: "EXAMPLE_LOCATION" },
  { EXAMPLE_LOCATION: location },
);
const viaHttp = new HttpCodeLocationClient({
  locationName: "example",
  url: "http://example-location",
  fetch: (request) => location.fetch(request),
});

async function unavailable(call: () => unknown): Promise<string> {
  let thrown: unknown;
  try {
    await call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DagflareError);
  expect(thrown instanceof DagflareError && thrown.code).toBe("CODE_LOCATION_UNAVAILABLE");
  return thrown instanceof Error ? thrown.message : "";
}

describe.each([
  ["service binding", viaBinding],
  ["HTTP", viaHttp],
] as const)("the %s client", (_transport, client: CodeLocationClient) => {
  it("pings and loads the definitions", async () => {
    expect((await client.ping("hi")).echo).toBe("hi");
    const loaded = await client.loadDefinitions();
    expect(loaded.ok && loaded.snapshot.jobs.map((job) => job.name)).toEqual(EXAMPLE_JOB_NAMES);
  });

  it("evaluates ticks and executes steps", async () => {
    expect(
      await client.evaluateSchedule({ scheduleName: "every_minute", scheduledExecutionTime: 0 }),
    ).toMatchObject({ ok: true, runRequests: [{ jobName: "hello_job" }] });
    expect(
      await client.evaluateSensor({
        sensorName: "file_sensor",
        cursor: null,
        lastTickTime: null,
        lastRunKey: null,
      }),
    ).toMatchObject({ ok: true, runRequests: [{ jobName: "etl_job" }] });
    expect(
      await client.executeStep(stepRequest("etl_job", "extract", { runConfig: EXTRACT_CONFIG })),
    ).toMatchObject({ status: "SUCCESS" });
  });

  it("asks the location's run workers for health, termination and starts", async () => {
    expect((await client.runWorkerHealth({ runId: "never-started" })).status).toBe("NOT_FOUND");
    expect(await client.terminateRun({ runId: "never-started" })).toMatchObject({ accepted: false });
    expect(await client.startRun(startRequest("nope_job"))).toMatchObject({
      ok: false,
      error: { className: "DagflareError[NOT_FOUND]" },
    });
  });
});

describe("both clients", () => {
  it("see the same snapshot", async () => {
    expect(await viaHttp.loadDefinitions()).toEqual(await viaBinding.loadDefinitions());
  });
});

describe("createCodeLocationClient", () => {
  it("names a missing binding and says where to add it", async () => {
    const message = await unavailable(() =>
      createCodeLocationClient({ locationName: "orders", type: "service_binding", binding: "ORDERS" }, {}),
    );
    expect(message).toMatch(/^orders: the Worker has no binding "ORDERS"; add it to wrangler.toml/);
  });

  it("refuses a binding that is not a service binding", async () => {
    const message = await unavailable(() =>
      createCodeLocationClient(
        { locationName: "orders", type: "service_binding", binding: "ORDERS" },
        { ORDERS: "a plain var" },
      ),
    );
    expect(message).toMatch(/^orders: binding "ORDERS" is not a service binding/);
  });

  it("builds an HTTP client for a url entry", () => {
    expect(
      createCodeLocationClient(
        { locationName: "remote", type: "url", url: "https://remote.example.com" },
        {},
      ),
    ).toBeInstanceOf(HttpCodeLocationClient);
  });
});

describe("the HTTP client", () => {
  it("appends the protocol path to the base URL and sends the configured headers", async () => {
    const seen: Array<{ url: string; token: string | null }> = [];
    const client = new HttpCodeLocationClient({
      locationName: "example",
      url: "http://example-location/base/",
      headers: { authorization: "Bearer t0ken" },
      fetch: (request) => {
        seen.push({ url: request.url, token: request.headers.get("authorization") });
        return location.fetch(new Request(request.url.replace("/base", ""), request));
      },
    });
    expect((await client.ping("x")).echo).toBe("x");
    expect(seen).toEqual([{ url: "http://example-location/base/__dagflare/ping", token: "Bearer t0ken" }]);
  });

  it("turns a 400 into CODE_LOCATION_UNAVAILABLE carrying the location's error", async () => {
    const malformed = JSON.parse(
      '{"runId":"r","jobName":"hello_job","stepKey":"hello","runConfig":{},"inputs":{},"attempt":"first"}',
    );
    expect(await unavailable(() => viaHttp.executeStep(malformed))).toMatch(
      /^example: executeStep failed: HTTP 400 .*request\.attempt/,
    );
  });

  it("turns a run worker answer that is not the protocol into CODE_LOCATION_UNAVAILABLE", async () => {
    const client = new HttpCodeLocationClient({
      locationName: "odd",
      url: "http://odd",
      fetch: async () => Response.json({ status: "ALIVE" }),
    });
    expect(await unavailable(() => client.runWorkerHealth({ runId: "r" }))).toMatch(
      /^odd: runWorkerHealth answered something that is not protocol v1: answer\.status/,
    );
  });

  it("turns answers that are not JSON or not the protocol into CODE_LOCATION_UNAVAILABLE", async () => {
    const answering = (body: string, status = 200) =>
      new HttpCodeLocationClient({
        locationName: "odd",
        url: "http://odd",
        fetch: async () => new Response(body, { status }),
      });
    expect(await unavailable(() => answering("<html>").ping("x"))).toMatch(
      /^odd: ping failed: the answer from http:\/\/odd\/__dagflare\/ping is not JSON/,
    );
    expect(await unavailable(() => answering('{"ok":true}').loadDefinitions())).toMatch(
      /^odd: loadDefinitions answered something that is not protocol v1: answer\.snapshot/,
    );
    expect(await unavailable(() => answering("boom", 502).ping("x"))).toMatch(
      /^odd: ping failed: HTTP 502 .*: boom/,
    );
  });

  it("turns a network failure into CODE_LOCATION_UNAVAILABLE", async () => {
    const client = new HttpCodeLocationClient({ locationName: "gone", url: "http://127.0.0.1:9" });
    expect(await unavailable(() => client.ping("x"))).toMatch(/^gone: ping failed: /);
  });
});
