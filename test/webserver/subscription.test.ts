/**
 * The pipelineRunLogs subscription over SSE inside workerd: events are stored through the real D1
 * storage while the stream is open (as a run worker stores them) and read back as Dagster's UI reads them.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { instanceStorage } from "../setup/instance-storage";
import type { NewEvent } from "../../shared/storage/event-log-storage";
import {
  collect,
  PIPELINE_RUN_LOGS,
  subscribeOverSse,
  type PipelineRunLogs,
  type SseResult,
} from "./subscription-sse";

const storage = instanceStorage();
let clock = 1_800_000_000_000;

const event = (
  runId: string,
  eventType: NewEvent["eventType"],
  message: string = eventType ?? "log line",
): NewEvent => ({
  runId,
  timestamp: (clock += 10),
  level: "INFO",
  message,
  eventType,
  stepKey: eventType === null || eventType.startsWith("STEP_") ? "work" : null,
});

async function addRun(events: NewEvent["eventType"][]): Promise<string> {
  const runId = `sub-${crypto.randomUUID()}`;
  await storage.runs.addRun({
    runId,
    jobName: "hello_job",
    locationName: "example",
    repositoryName: "__repository__",
    runConfig: {},
    tags: {},
    createTime: 1_800_000_000,
  });
  if (events.length > 0) await storage.events.storeEvents(events.map((eventType) => event(runId, eventType)));
  return runId;
}

const subscribe = (runId: string, cursor?: string) =>
  subscribeOverSse<PipelineRunLogs>(
    (url, init) => SELF.fetch(url, init),
    "http://dagflare/graphql",
    PIPELINE_RUN_LOGS,
    { runId, cursor },
  );

const payloads = (results: SseResult<PipelineRunLogs>[]) =>
  results.map((result) => {
    expect(result.errors).toBeUndefined();
    return result.data?.pipelineRunLogs;
  });
const messagesOf = (results: SseResult<PipelineRunLogs>[]) =>
  payloads(results).flatMap((payload) => payload?.messages ?? []);

describe("pipelineRunLogs over SSE", () => {
  it("sends the history, then each event as it is stored, and ends after the run finishes", async () => {
    const runId = await addRun(["RUN_STARTING", "RUN_START"]);
    const stream = subscribe(runId);

    const history = await stream.next();
    expect(history.done).toBe(false);
    const [first] = payloads(history.value ? [history.value] : []);
    expect(first).toMatchObject({
      __typename: "PipelineRunLogsSubscriptionSuccess",
      hasMorePastEvents: false,
      run: { runId, status: "STARTED" },
    });
    expect(first?.messages?.map((message) => message.eventType)).toEqual(["RUN_STARTING", "RUN_START"]);

    // Stored only now, while the subscription is open: it must arrive as a live payload of its own.
    await storage.events.storeEvents([event(runId, "STEP_START")]);
    const live = await stream.next();
    const [second] = payloads(live.value ? [live.value] : []);
    expect(second?.messages?.map((message) => message.eventType)).toEqual(["STEP_START"]);
    expect(second?.hasMorePastEvents).toBe(false);
    expect(Number(second?.cursor)).toBeGreaterThan(Number(first?.cursor));

    const rest = collect(stream);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await storage.events.storeEvents([event(runId, null, "halfway there"), event(runId, "STEP_SUCCESS")]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await storage.events.storeEvents([event(runId, "RUN_SUCCESS")]);
    const remaining = await rest;
    expect(messagesOf(remaining).map((message) => message.message)).toEqual([
      "halfway there",
      "STEP_SUCCESS",
      "RUN_SUCCESS",
    ]);
    expect(payloads(remaining).at(-1)?.run?.status).toBe("SUCCESS");
  });

  it("answers an unknown run with a failure payload and ends the stream", async () => {
    const results = await collect(subscribe("no-such-run"));
    expect(payloads(results)).toEqual([
      {
        __typename: "PipelineRunLogsSubscriptionFailure",
        message: "Could not load run with id no-such-run",
        missingRunId: "no-such-run",
      },
    ]);
  });

  it("names a bad cursor in a failure payload", async () => {
    const runId = await addRun(["RUN_START"]);
    const [payload] = payloads(await collect(subscribe(runId, "not-a-cursor")));
    expect(payload).toMatchObject({ __typename: "PipelineRunLogsSubscriptionFailure", missingRunId: null });
    expect(payload?.message).toContain('cursor: "not-a-cursor"');
  });

  it("starts after a given cursor, and sends nothing of the history for HEAD", async () => {
    const runId = await addRun(["RUN_STARTING", "RUN_START", "STEP_START", "STEP_SUCCESS", "RUN_SUCCESS"]);
    const all = await collect(subscribe(runId));
    const cursorAfterStart = (await storage.events.getLogsForRun(runId, { limit: 2 })).cursor;

    const fromCursor = await collect(subscribe(runId, String(cursorAfterStart)));
    expect(messagesOf(fromCursor).map((message) => message.eventType)).toEqual([
      "STEP_START",
      "STEP_SUCCESS",
      "RUN_SUCCESS",
    ]);
    expect(messagesOf(all)).toHaveLength(5);
    // The run is over and HEAD skips its whole log: the stream ends with nothing to send.
    expect(await collect(subscribe(runId, "HEAD"))).toEqual([]);
  });

  it("sends only events stored after subscribing when the cursor is HEAD", async () => {
    const runId = await addRun(["RUN_STARTING", "RUN_START", "STEP_START"]);
    const results = collect(subscribe(runId, "HEAD"));
    // Gives the stream time to read through the short history before the new events exist.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await storage.events.storeEvents([
      event(runId, null, "new line"),
      event(runId, "STEP_SUCCESS"),
      event(runId, "RUN_SUCCESS"),
    ]);
    expect(messagesOf(await results).map((message) => message.message)).toEqual([
      "new line",
      "STEP_SUCCESS",
      "RUN_SUCCESS",
    ]);
  });

  it("sends a long history in chunks of 1000 with hasMorePastEvents until the last chunk", async () => {
    const runId = await addRun([]);
    const lines = Array.from({ length: 2499 }, (_, index) => event(runId, null, `line ${index}`));
    await storage.events.storeEvents([...lines, event(runId, "RUN_SUCCESS")]);
    const results = payloads(await collect(subscribe(runId)));
    expect(results.map((payload) => payload?.messages?.length)).toEqual([1000, 1000, 500]);
    expect(results.map((payload) => payload?.hasMorePastEvents)).toEqual([true, true, false]);
    const cursors = results.map((payload) => Number(payload?.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(results[1]?.messages?.[0]?.message).toBe("line 1000");
    expect(results[2]?.messages?.at(-1)?.eventType).toBe("RUN_SUCCESS");
  });
});
