/**
 * The JSON API for CI systems: launch, read, list, terminate — with the same validation as GraphQL.
 */
import { describe, expect, inject, it } from "vitest";
import { waitForStatus } from "./run-helpers";

const api = (path: string, init?: RequestInit) => fetch(`${inject("webserverUrl")}/api/runs${path}`, init);
const post = (path: string, body: unknown) =>
  api(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("HTTP runs API", () => {
  it("launches a job by name, reads it back and lists it by tag", async () => {
    const launched = await post("", { job: "hello_job", tags: { ci: "pipeline-42" } });
    expect(launched.status).toBe(201);
    const { run } = (await launched.json()) as {
      run: { runId: string; jobName: string; locationName: string; tags: Record<string, string> };
    };
    expect(run).toMatchObject({ jobName: "hello_job", locationName: "example", tags: { ci: "pipeline-42" } });
    expect(await waitForStatus(run.runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");

    const read = await api(`/${run.runId}`);
    expect(((await read.json()) as { run: { status: string } }).run.status).toBe("SUCCESS");
    const listed = await api("?tag=ci%3Dpipeline-42&limit=5");
    const { runs } = (await listed.json()) as { runs: { runId: string }[] };
    expect(runs.map((candidate) => candidate.runId)).toEqual([run.runId]);
  });

  it("rejects bad requests with what was wrong and where", async () => {
    const badConfig = await post("", { job: "etl_job", runConfig: { ops: { extract: { config: {} } } } });
    expect(badConfig.status).toBe(400);
    const config = (await badConfig.json()) as {
      field: string;
      errors: { reason: string; path: string[] }[];
    };
    expect(config.field).toBe("runConfig");
    expect(config.errors).toEqual([
      expect.objectContaining({ reason: "MISSING_REQUIRED_FIELD", path: ["ops", "extract", "config"] }),
    ]);

    const unknownField = await post("", { job: "hello_job", colour: "blue" });
    expect(unknownField.status).toBe(400);
    expect(((await unknownField.json()) as { error: string }).error).toContain("colour");

    const notJson = await api("", { method: "POST", body: "{nope" });
    expect(notJson.status).toBe(400);

    const unknownJob = await post("", { job: "nope_job" });
    expect(unknownJob.status).toBe(404);
    expect(((await unknownJob.json()) as { error: string }).error).toContain("nope_job");

    expect((await api("/no-such-run")).status).toBe(404);
    expect((await api("?status=SLEEPING")).status).toBe(400);
  });

  it("terminates a running run, and refuses to terminate a finished one", async () => {
    const launched = await post("", {
      job: "slow_job",
      runConfig: { ops: { slow_op: { config: { seconds: 20 } } } },
    });
    const { run } = (await launched.json()) as { run: { runId: string } };
    await waitForStatus(run.runId, ["STARTED"]);
    const terminated = await post(`/${run.runId}/terminate`, {});
    expect(terminated.status).toBe(200);
    expect(await waitForStatus(run.runId, ["CANCELED", "SUCCESS", "FAILURE"], 20_000)).toBe("CANCELED");
    const again = await post(`/${run.runId}/terminate`, {});
    expect(again.status).toBe(409);
  });
});
