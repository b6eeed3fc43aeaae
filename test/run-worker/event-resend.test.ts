/**
 * A run worker's events re-sent over the HTTP instance API after a write that committed but whose answer
 * was lost (the client's deadline passed): the event writer's idempotency keys keep every event stored
 * once, so a duplicate RUN_SUCCESS cannot reach a consumer of run ends such as a run status sensor (a
 * worker's later attempt re-sends its run's start and end under fixed keys: see execute-run.test.ts).
 */
import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { HttpInstanceApiClient } from "../../shared/instance-api/http-instance-api-client";
import { createEventWriter } from "../../shared/executor/event-writer";
import { incoming } from "../fixtures/incoming-request";
import instanceHost from "../../workers/instance-host/index";
import { newEvent } from "../contracts/storage-fixtures";
import type { InstanceHostEnv } from "../../workers/instance-host/env";
import { addStartingRun, eventsOf, storage, typesOf } from "./launched-runs";

const TOKEN = "event-resend-test-token";
const webserverEnv = { ...env, DAGFLARE_INSTANCE_TOKEN: TOKEN } as InstanceHostEnv;

/** The webserver's instance API over HTTP; `loseNextAnswer()` drops the answer of the next call, which is served all the same. */
function lossyInstanceApi() {
  let answersToLose = 0;
  const client = new HttpInstanceApiClient({
    url: "http://dagflare",
    token: TOKEN,
    fetch: async (request) => {
      const context = createExecutionContext();
      const response = await instanceHost.fetch(incoming(request), webserverEnv, context);
      await waitOnExecutionContext(context);
      if (answersToLose === 0) return response;
      answersToLose -= 1;
      throw new Error("no answer within 30 s");
    },
  });
  return {
    client,
    loseNextAnswer: () => {
      answersToLose += 1;
    },
  };
}

describe("events re-sent after a write whose answer was lost", () => {
  it("are stored once, and the run ends once", async () => {
    const run = await addStartingRun("hello_job");
    const { cursor } = await storage.events.getEventRecords({ eventTypes: ["RUN_SUCCESS"] }, { limit: 0 });
    const { client, loseNextAnswer } = lossyInstanceApi();
    const writer = createEventWriter({ sink: (batch) => client.storeEvents(batch), maxDelayMs: 60_000 });
    writer.write(newEvent(run.runId, "RUN_START", Date.now(), { message: "started" }));
    writer.write(
      newEvent(run.runId, "STEP_START", Date.now(), { message: "step started", stepKey: "hello" }),
    );
    writer.write(
      newEvent(run.runId, "STEP_SUCCESS", Date.now(), { message: "step succeeded", stepKey: "hello" }),
    );
    writer.write(newEvent(run.runId, "RUN_SUCCESS", Date.now(), { message: "finished" }));
    loseNextAnswer();
    await expect(writer.flush()).rejects.toThrow("no answer within 30 s");
    expect(typesOf(await eventsOf(run.runId))).toEqual([
      "RUN_START",
      "STEP_START",
      "STEP_SUCCESS",
      "RUN_SUCCESS",
    ]);

    // The retry sends the kept events again, now in one batch with an event written since.
    writer.write(newEvent(run.runId, null, Date.now(), { message: "one more line" }));
    await writer.flush();
    const events = await eventsOf(run.runId);
    expect(events.map((stored) => stored.message)).toEqual([
      "started",
      "step started",
      "step succeeded",
      "finished",
      "one more line",
    ]);
    expect(await storage.runs.getRun(run.runId)).toMatchObject({ status: "SUCCESS" });
    const runEnds = await storage.events.getEventRecords({
      eventTypes: ["RUN_SUCCESS"],
      afterCursor: cursor,
    });
    expect(runEnds.events.filter((end) => end.runId === run.runId)).toHaveLength(1);
  });

  it("never take the place of a resumed worker's own events: a new writer's keys are its own", async () => {
    const run = await addStartingRun("hello_job");
    const { client } = lossyInstanceApi();
    const evicted = createEventWriter({ sink: (batch) => client.storeEvents(batch) });
    evicted.write(newEvent(run.runId, "RUN_START", Date.now(), { message: "started" }));
    evicted.write(
      newEvent(run.runId, "STEP_START", Date.now(), { message: "step started", stepKey: "hello" }),
    );
    await evicted.flush();
    // Resumed after an eviction, the run's worker writes with a new writer, counting from the start again.
    const resumed = createEventWriter({ sink: (batch) => client.storeEvents(batch) });
    resumed.write(newEvent(run.runId, "ENGINE_EVENT", Date.now(), { message: "resumed" }));
    resumed.write(
      newEvent(run.runId, "STEP_START", Date.now(), { message: "step started again", stepKey: "hello" }),
    );
    await resumed.flush();
    expect((await eventsOf(run.runId)).map((stored) => stored.message)).toEqual([
      "started",
      "step started",
      "resumed",
      "step started again",
    ]);
  });
});
