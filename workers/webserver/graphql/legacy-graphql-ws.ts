/**
 * Dagster's `/graphql` WebSocket: Apollo's legacy subscriptions-transport-ws protocol (subprotocol
 * `graphql-ws`), which the Dagster UI speaks before falling back to polling. Operations run through the
 * same Yoga envelope as HTTP requests (same schema, context and error masking).
 * @module
 */
import { GraphQLError, type DocumentNode, type ExecutionResult } from "graphql";
import { isAsyncIterable } from "graphql-yoga";
import { z } from "zod";
import type { Instance } from "../../../shared/instance/instance";
import { yoga } from "./yoga";

/** The protocol's subprotocol name (not the newer graphql-transport-ws). */
export const LEGACY_GRAPHQL_WS_PROTOCOL = "graphql-ws";

const startPayload = z.object({
  query: z.string(),
  variables: z.record(z.string(), z.unknown()).nullish(),
  // Dagster reads a snake-case operation_name; either spelling is accepted.
  operationName: z.string().nullish(),
  operation_name: z.string().nullish(),
});
const clientMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("connection_init"), payload: z.unknown().optional() }),
  z.object({ type: z.literal("start"), id: z.string(), payload: startPayload }),
  z.object({ type: z.literal("stop"), id: z.string() }),
  z.object({ type: z.literal("connection_terminate") }),
]);
type StartPayload = z.infer<typeof startPayload>;

type ServerMessage =
  | { type: "connection_ack" }
  | { type: "data"; id: string; payload: ExecutionResult }
  | { type: "error"; id?: string; payload: { message: string } }
  | { type: "complete"; id: string };

/**
 * Answers a WebSocket upgrade request with the server end of a legacy-protocol connection. Each `start`
 * runs until its stream completes or the client sends `stop` (or closes the socket). Malformed messages
 * are answered with an `error` message naming the problem; the connection stays open.
 */
export function acceptLegacyGraphQLWebSocket(request: Request, instance: Instance): Response {
  const { 0: client, 1: socket } = new WebSocketPair();
  socket.accept();
  const operations = new Map<string, AsyncIterator<ExecutionResult>>();
  const send = (message: ServerMessage) => socket.send(JSON.stringify(message));
  const stop = (id: string) => {
    void operations.get(id)?.return?.();
    operations.delete(id);
  };
  const stopAll = () => [...operations.keys()].forEach(stop);

  socket.addEventListener("message", (event) => {
    const parsed = clientMessage.safeParse(parseJson(event.data));
    if (!parsed.success)
      return send({
        type: "error",
        payload: { message: `invalid graphql-ws message: ${z.prettifyError(parsed.error)}` },
      });
    const message = parsed.data;
    if (message.type === "connection_init") return send({ type: "connection_ack" });
    if (message.type === "stop") return stop(message.id);
    if (message.type === "connection_terminate") return socket.close(1000, "terminated by the client");
    stop(message.id);
    void runOperation(request, instance, message.payload, operations, message.id, send).catch(
      (error: unknown) => {
        console.error(error);
        send({ type: "error", id: message.id, payload: { message: "Unexpected error." } });
      },
    );
  });
  socket.addEventListener("close", stopAll);
  socket.addEventListener("error", stopAll);
  return new Response(null, {
    status: 101,
    webSocket: client,
    headers: { "Sec-WebSocket-Protocol": LEGACY_GRAPHQL_WS_PROTOCOL },
  });
}

/** Executes one `start`: every result as `data`, then `complete` unless the client stopped it first. */
async function runOperation(
  request: Request,
  instance: Instance,
  payload: StartPayload,
  operations: Map<string, AsyncIterator<ExecutionResult>>,
  id: string,
  send: (message: ServerMessage) => void,
): Promise<void> {
  const operationName = payload.operationName ?? payload.operation_name ?? undefined;
  const params = { query: payload.query, variables: payload.variables ?? undefined, operationName };
  const envelope = yoga.getEnveloped({ instance, request, params });
  let document: DocumentNode;
  try {
    document = envelope.parse(payload.query);
  } catch (error) {
    if (error instanceof GraphQLError)
      return send({ type: "error", id, payload: { message: error.message } });
    throw error;
  }
  const errors: readonly GraphQLError[] = envelope.validate(envelope.schema, document);
  if (errors.length > 0)
    return send({ type: "error", id, payload: { message: errors.map((error) => error.message).join("\n") } });
  const args = {
    schema: envelope.schema,
    document,
    variableValues: payload.variables,
    operationName,
    contextValue: await envelope.contextFactory(),
  };
  const isSubscription = document.definitions.some(
    (definition) => definition.kind === "OperationDefinition" && definition.operation === "subscription",
  );
  const result: unknown = await (isSubscription ? envelope.subscribe(args) : envelope.execute(args));
  if (!isAsyncIterable(result)) {
    send({ type: "data", id, payload: result as ExecutionResult });
    return send({ type: "complete", id });
  }
  const iterator = (result as AsyncIterable<ExecutionResult>)[Symbol.asyncIterator]();
  operations.set(id, iterator);
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    if (operations.get(id) !== iterator) return;
    send({ type: "data", id, payload: next.value });
  }
  if (operations.get(id) !== iterator) return;
  operations.delete(id);
  send({ type: "complete", id });
}

function parseJson(data: unknown): unknown {
  if (typeof data !== "string") return undefined;
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
}
