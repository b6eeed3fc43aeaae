import { describe, expect, it } from "vitest";
import {
  ExecuteStepResultSchema,
  LoadResultSchema,
  PingResultSchema,
  RunWorkerHealthSchema,
  StartRunResultSchema,
  TerminateRunResultSchema,
  TickEvaluationSchema,
} from "../../shared/protocol/code-location-protocol";
import { EXTRACT_CONFIG, exampleLocation, startRequest, stepRequest } from "./example-location";

const location = exampleLocation();
const call = (path: string, init?: RequestInit) =>
  location.fetch(new Request(`http://example-location${path}`, init));
const post = (method: string, body: unknown) =>
  call(`/__dagflare/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

async function errorOf(response: Response): Promise<string> {
  const body: unknown = await response.json();
  if (typeof body !== "object" || body === null || !("error" in body) || typeof body.error !== "string")
    throw new Error(`no error in ${JSON.stringify(body)}`);
  return body.error;
}

describe("the example location over HTTP", () => {
  it("answers GET ping for liveness and POST ping with the echo", async () => {
    const probe = await call("/__dagflare/ping?echo=alive");
    expect(probe.status).toBe(200);
    expect(PingResultSchema.parse(await probe.json()).echo).toBe("alive");
    expect(PingResultSchema.parse(await (await post("ping", { echo: "posted" })).json()).echo).toBe("posted");
  });

  it("serves loadDefinitions, evaluateSchedule and executeStep as JSON", async () => {
    const loaded = LoadResultSchema.parse(await (await post("loadDefinitions", {})).json());
    expect(loaded.ok && loaded.snapshot.jobs.map((job) => job.name)).toContain("etl_job");
    const evaluation = TickEvaluationSchema.parse(
      await (
        await post("evaluateSchedule", { scheduleName: "every_minute", scheduledExecutionTime: 0 })
      ).json(),
    );
    expect(evaluation).toMatchObject({ ok: true, runRequests: [{ jobName: "hello_job" }] });
    const result = ExecuteStepResultSchema.parse(
      await (
        await post("executeStep", stepRequest("etl_job", "extract", { runConfig: EXTRACT_CONFIG }))
      ).json(),
    );
    expect(result).toMatchObject({
      status: "SUCCESS",
      outputs: { rows: expect.arrayContaining(["https://files.example.com/a.csv#0"]) },
    });
  });

  it("answers 400 with the bad field for a malformed request", async () => {
    const response = await post("evaluateSensor", {
      sensorName: "file_sensor",
      cursor: 7,
      lastTickTime: null,
      lastRunKey: null,
    });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatch(/evaluateSensor: malformed request: request\.cursor/);
  });

  it("answers 400 for a body that is not JSON", async () => {
    const response = await call("/__dagflare/executeStep", { method: "POST", body: "{not json" });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatch(/not valid JSON/);
  });

  it("answers 404 for unknown methods and paths, 405 for a wrong verb", async () => {
    const unknown = await post("dropTables", {});
    expect(unknown.status).toBe(404);
    expect(await errorOf(unknown)).toMatch(/unknown method "dropTables"/);
    expect((await call("/")).status).toBe(404);
    const wrongVerb = await call("/__dagflare/executeStep");
    expect(wrongVerb.status).toBe(405);
    expect(wrongVerb.headers.get("Allow")).toBe("POST");
  });

  it("serves the run worker host methods as JSON", async () => {
    expect(
      RunWorkerHealthSchema.parse(await (await post("runWorkerHealth", { runId: "never-started" })).json())
        .status,
    ).toBe("NOT_FOUND");
    expect(
      TerminateRunResultSchema.parse(await (await post("terminateRun", { runId: "never-started" })).json())
        .accepted,
    ).toBe(false);
    const started = StartRunResultSchema.parse(
      await (await post("startRun", startRequest("nope_job"))).json(),
    );
    expect(started).toMatchObject({ ok: false, error: { className: "DagflareError[NOT_FOUND]" } });
  });

  it("answers 400 naming the field for a malformed run worker request", async () => {
    const response = await post("runWorkerHealth", { run_id: "r" });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatch(/runWorkerHealth: malformed request: request\.runId/);
  });
});
