/**
 * Compute logs end to end: runs of the example jobs in RunWorker objects print (console.log/error) and
 * log (context.log); each step announces its capture with LOGS_CAPTURED, and the text reaches the
 * instance's compute log manager (d1, the default) through the InstanceApi, to be read back over
 * dagster-webserver's download path and GraphQL, as Dagster's UI reads it.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../shared/storage/event-log-storage";
import { graphql } from "../webserver/graphql-client";
import { subscribeOverSse, type SseResult } from "../webserver/subscription-sse";
import { addStartingRun, launchToEnd } from "./launched-runs";

type CapturedLogs = { logKey: string[]; stdout: string | null; stderr: string | null; cursor: string | null };

/** The capture LOGS_CAPTURED announced for `stepKey` (exactly one). */
function captureOf(events: readonly EventRecord[], stepKey: string): { fileKey: string; event: EventRecord } {
  const captures = events.filter(
    (event) =>
      event.eventType === "LOGS_CAPTURED" &&
      (event.data?.stepKeys as string[] | undefined)?.includes(stepKey),
  );
  expect(captures).toHaveLength(1);
  const [event] = captures;
  if (event === undefined) throw new Error(`no LOGS_CAPTURED for ${stepKey}`);
  return { fileKey: String(event.data?.fileKey), event };
}

async function download(path: string): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await SELF.fetch(`http://dagflare${path}`);
  return { status: response.status, text: await response.text(), headers: response.headers };
}

const CAPTURED_LOGS = /* GraphQL */ `
  query ($logKey: [String!]!, $cursor: String, $limit: Int) {
    capturedLogs(logKey: $logKey, cursor: $cursor, limit: $limit) { logKey stdout stderr cursor }
    capturedLogsMetadata(logKey: $logKey) { stdoutDownloadUrl stdoutLocation stderrDownloadUrl stderrLocation }
  }
`;

describe("compute logs of a run", () => {
  it("captures hello's console output and context.log lines, announced by LOGS_CAPTURED, downloadable and served by GraphQL", async () => {
    const run = await addStartingRun("hello_job");
    const events = await launchToEnd(run, "SUCCESS");
    const { fileKey, event } = captureOf(events, "hello");
    expect(fileKey).toMatch(/^hello-[a-z]{8}$/);
    expect(event).toMatchObject({
      stepKey: null,
      level: "DEBUG",
      data: { fileKey, logKey: fileKey, stepKeys: ["hello"] },
    });
    expect(events.indexOf(event)).toBeLessThan(
      events.findIndex((candidate) => candidate.eventType === "STEP_START"),
    );

    const greeting = `Hello from Dagflare (run ${run.runId})`;
    const stdout = await download(`/logs/${run.runId}/compute_logs/${fileKey}/out`);
    expect(stdout).toMatchObject({ status: 200, text: `${greeting}\n` });
    expect(stdout.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(stdout.headers.get("content-disposition")).toBe(
      `attachment; filename="${run.runId}__compute_logs__${fileKey}.out"`,
    );
    const stderr = await download(`/logs/${run.runId}/compute_logs/${fileKey}/err`);
    expect(stderr.status).toBe(200);
    // context.log in Dagster's console format first, then what the op wrote with console.error.
    expect(stderr.text).toMatch(
      new RegExp(
        `^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+0000 - dagster - INFO - hello_job - ${run.runId} - hello - ${greeting.replace(/[()]/g, "\\$&")}\nhello: attempt 1 of step hello\n$`,
      ),
    );

    const logKey = [run.runId, "compute_logs", fileKey];
    const whole = await graphql<{ capturedLogs: CapturedLogs; capturedLogsMetadata: Record<string, string> }>(
      CAPTURED_LOGS,
      { logKey },
    );
    const bytes = (text: string) => new TextEncoder().encode(text).length;
    expect(whole.capturedLogs).toEqual({
      logKey,
      stdout: stdout.text,
      stderr: stderr.text,
      cursor: `${bytes(stdout.text)}:${bytes(stderr.text)}`,
    });
    expect(whole.capturedLogsMetadata).toEqual({
      stdoutDownloadUrl: `/logs/${run.runId}/compute_logs/${fileKey}/out`,
      stdoutLocation: `r2://COMPUTE_LOGS/compute_logs/${run.runId}/compute_logs/${fileKey}.out`,
      stderrDownloadUrl: `/logs/${run.runId}/compute_logs/${fileKey}/err`,
      stderrLocation: `r2://COMPUTE_LOGS/compute_logs/${run.runId}/compute_logs/${fileKey}.err`,
    });
    const paged = await graphql<{ capturedLogs: CapturedLogs }>(CAPTURED_LOGS, { logKey, limit: 6 });
    expect(paged.capturedLogs).toMatchObject({
      stdout: greeting.slice(0, 6),
      stderr: stderr.text.slice(0, 6),
      cursor: "6:6",
    });
    const rest = await graphql<{ capturedLogs: CapturedLogs }>(CAPTURED_LOGS, { logKey, cursor: "6:6" });
    expect(rest.capturedLogs).toMatchObject({ stdout: stdout.text.slice(6), stderr: stderr.text.slice(6) });
    const atEnd = await graphql<{ capturedLogs: CapturedLogs }>(CAPTURED_LOGS, {
      logKey,
      cursor: whole.capturedLogs.cursor,
    });
    expect(atEnd.capturedLogs).toMatchObject({
      stdout: null,
      stderr: null,
      cursor: whole.capturedLogs.cursor,
    });

    const byRun = await graphql<{ runOrError: { capturedLogs: CapturedLogs } }>(
      `query ($runId: ID!, $fileKey: String!) { runOrError(runId: $runId) { ... on Run { capturedLogs(fileKey: $fileKey) { stdout stderr } } } }`,
      {
        runId: run.runId,
        fileKey,
      },
    );
    expect(byRun.runOrError.capturedLogs).toEqual({ stdout: stdout.text, stderr: stderr.text });

    const live: SseResult<{ capturedLogs: CapturedLogs }>[] = [];
    const subscription = `subscription ($logKey: [String!]!, $cursor: String) { capturedLogs(logKey: $logKey, cursor: $cursor) { stdout stderr cursor } }`;
    for await (const result of subscribeOverSse<{ capturedLogs: CapturedLogs }>(
      (url, init) => SELF.fetch(url, init),
      "http://dagflare/graphql",
      subscription,
      { logKey },
    ))
      live.push(result);
    // The capture is complete: everything in one payload, then the stream ends.
    expect(live.map((result) => result.data?.capturedLogs)).toEqual([
      { stdout: stdout.text, stderr: stderr.text, cursor: whole.capturedLogs.cursor },
    ]);

    // Deleting the run deletes its captured logs too.
    const deleted = await graphql<{ deleteRun: { __typename: string } }>(
      `mutation ($runId: String!) { deleteRun(runId: $runId) { __typename } }`,
      { runId: run.runId },
    );
    expect(deleted.deleteRun.__typename).toBe("DeletePipelineRunSuccess");
    expect((await download(`/logs/${run.runId}/compute_logs/${fileKey}/out`)).status).toBe(404);
  });

  it("keeps the output of steps running at once (multi executor) apart", async () => {
    const runConfig = {
      ops: { extract: { config: { source_url: "s3://bucket/rows.csv", limit: 3 } } },
      execution: { config: { multi: {} } },
    };
    const run = await addStartingRun("etl_job", { runConfig });
    const events = await launchToEnd(run, "SUCCESS");
    // The transforms did overlap: each started before the other finished.
    const at = (type: string, stepKey: string) =>
      events.findIndex((event) => event.eventType === type && event.stepKey === stepKey);
    expect(at("STEP_START", "transform_b")).toBeLessThan(at("STEP_SUCCESS", "transform_a"));
    expect(at("STEP_START", "transform_a")).toBeLessThan(at("STEP_SUCCESS", "transform_b"));

    for (const step of ["transform_a", "transform_b"]) {
      const { fileKey } = captureOf(events, step);
      expect((await download(`/logs/${run.runId}/compute_logs/${fileKey}/out`)).text).toBe(
        `${step}: counting 3 rows\n${step}: counted\n`,
      );
      const stderr = (await download(`/logs/${run.runId}/compute_logs/${fileKey}/err`)).text;
      expect(stderr.split("\n").filter((line) => line !== "")).toEqual([
        expect.stringMatching(
          new RegExp(` - dagster - INFO - etl_job - ${run.runId} - ${step} - ${step} counted 3 rows$`),
        ),
      ]);
    }
    // A step that printed nothing still has its (empty) capture.
    const { fileKey: extractKey } = captureOf(events, "extract");
    expect(await download(`/logs/${run.runId}/compute_logs/${extractKey}/out`)).toMatchObject({
      status: 200,
      text: "",
    });
  });

  it("answers 404 for a capture that does not exist, and names what is wrong with a bad path or argument", async () => {
    expect(await download("/logs/no-such-run/compute_logs/nothing/out")).toMatchObject({
      status: 404,
      text: expect.stringContaining("nothing was captured under no-such-run/compute_logs/nothing"),
    });
    expect(await download("/logs/no-such-run/compute_logs/nothing/txt")).toMatchObject({
      status: 404,
      text: expect.stringContaining("must end in /out (stdout) or /err (stderr)"),
    });
    expect(await download("/logs/no-such-run//out")).toMatchObject({
      status: 400,
      text: expect.stringContaining("the log key in the path"),
    });
    const response = await SELF.fetch("http://dagflare/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `{ capturedLogs(logKey: ["run", "compute_logs", "a"], cursor: "later") { stdout } }`,
      }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toContain('cursor: "later" is not a captured-logs cursor');
    const empty = await graphql<{ capturedLogs: CapturedLogs }>(
      `{ capturedLogs(logKey: ["no-such-run", "compute_logs", "x"]) { logKey stdout stderr cursor } }`,
    );
    expect(empty.capturedLogs).toEqual({
      logKey: ["no-such-run", "compute_logs", "x"],
      stdout: null,
      stderr: null,
      cursor: "0:0",
    });
  });
});
