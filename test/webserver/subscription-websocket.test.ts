/**
 * The pipelineRunLogs subscription over Dagster's legacy graphql-ws WebSocket protocol inside workerd,
 * with events stored through the real D1 storage while the socket is open.
 */
import { SELF } from "cloudflare:test";
import { afterEach, describe, expect, it } from "vitest";
import { instanceStorage } from "../setup/instance-storage";
import type { NewEvent } from "../../shared/storage/event-log-storage";
import { PIPELINE_RUN_LOGS, type PipelineRunLogs } from "./subscription-sse";

const storage = instanceStorage();
type ServerMessage = {
  type: string;
  id?: string;
  payload?: { data?: PipelineRunLogs; errors?: unknown[]; message?: string };
};

/** A client socket whose messages are read in order, each within a deadline. */
async function connect() {
  const response = await SELF.fetch("http://dagflare/graphql", {
    headers: { upgrade: "websocket", "sec-websocket-protocol": "graphql-ws" },
  });
  const socket = response.webSocket;
  if (response.status !== 101 || !socket)
    throw new Error(`expected a WebSocket upgrade, got ${response.status}`);
  expect(response.headers.get("sec-websocket-protocol")).toBe("graphql-ws");
  socket.accept();
  const received: ServerMessage[] = [];
  const waiters: (() => void)[] = [];
  socket.addEventListener("message", (event) => {
    received.push(JSON.parse(String(event.data)) as ServerMessage);
    waiters.splice(0).forEach((wake) => wake());
  });
  const next = async (timeoutMs = 5000): Promise<ServerMessage | undefined> => {
    const deadline = Date.now() + timeoutMs;
    while (received.length === 0 && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return received.shift();
  };
  const send = (message: object) => socket.send(JSON.stringify(message));
  open.push(socket);
  return { send, next };
}
const open: WebSocket[] = [];
afterEach(() => open.splice(0).forEach((socket) => socket.close()));

async function addRun(): Promise<string> {
  const runId = `ws-${crypto.randomUUID()}`;
  await storage.runs.addRun({
    runId,
    jobName: "hello_job",
    locationName: "example",
    repositoryName: "__repository__",
    runConfig: {},
    tags: {},
    createTime: 1_800_000_000,
  });
  return runId;
}
const event = (runId: string, eventType: NewEvent["eventType"]): NewEvent => ({
  runId,
  timestamp: Date.now(),
  level: "INFO",
  message: eventType ?? "line",
  eventType,
});
const eventTypes = (message: ServerMessage | undefined) =>
  message?.payload?.data?.pipelineRunLogs.messages?.map((logged) => logged.eventType);

describe("the legacy graphql-ws WebSocket", () => {
  it("acknowledges the connection, streams history and live events, then completes", async () => {
    const runId = await addRun();
    await storage.events.storeEvents([event(runId, "RUN_START")]);
    const client = await connect();
    client.send({ type: "connection_init", payload: {} });
    expect(await client.next()).toEqual({ type: "connection_ack" });

    client.send({ type: "start", id: "1", payload: { query: PIPELINE_RUN_LOGS, variables: { runId } } });
    const history = await client.next();
    expect(history).toMatchObject({ type: "data", id: "1" });
    expect(eventTypes(history)).toEqual(["RUN_START"]);

    await storage.events.storeEvents([event(runId, "STEP_START")]);
    expect(eventTypes(await client.next())).toEqual(["STEP_START"]);
    await storage.events.storeEvents([event(runId, "RUN_SUCCESS")]);
    const last = await client.next();
    expect(eventTypes(last)).toEqual(["RUN_SUCCESS"]);
    expect(last?.payload?.data?.pipelineRunLogs.run?.status).toBe("SUCCESS");
    expect(await client.next()).toEqual({ type: "complete", id: "1" });
  });

  it("stops sending an operation's results after stop", async () => {
    const runId = await addRun();
    const client = await connect();
    client.send({
      type: "start",
      id: "watch",
      payload: { query: PIPELINE_RUN_LOGS, variables: { runId, cursor: null } },
    });
    expect(await client.next()).toMatchObject({ type: "data", id: "watch" });
    client.send({ type: "stop", id: "watch" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await storage.events.storeEvents([event(runId, "RUN_START"), event(runId, "RUN_SUCCESS")]);
    expect(await client.next(2000)).toBeUndefined();
  });

  it("answers unknown runs in-band and bad messages and documents with an error message", async () => {
    const client = await connect();
    client.send({
      type: "start",
      id: "missing",
      payload: { query: PIPELINE_RUN_LOGS, variables: { runId: "nope" } },
    });
    expect(await client.next()).toMatchObject({
      type: "data",
      id: "missing",
      payload: {
        data: {
          pipelineRunLogs: {
            __typename: "PipelineRunLogsSubscriptionFailure",
            message: "Could not load run with id nope",
          },
        },
      },
    });
    expect(await client.next()).toEqual({ type: "complete", id: "missing" });

    client.send({ type: "start", id: "bad", payload: { query: "subscription { nope }" } });
    const invalid = await client.next();
    expect(invalid).toMatchObject({ type: "error", id: "bad" });
    expect(invalid?.payload?.message).toContain("nope");

    client.send({ type: "launch" });
    const unknown = await client.next();
    expect(unknown?.type).toBe("error");
    expect(unknown?.payload?.message).toContain("type");
  });
});
