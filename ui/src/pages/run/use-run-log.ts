/**
 * A run and its event log, kept current: the run and its stored events are read page by page
 * (`logsForRun`, by cursor), then, while the run is not finished, new events and status changes arrive
 * over the `pipelineRunLogs` subscription (SSE) from the last cursor, re-opened if it breaks off. If no
 * subscription can be kept open, the run and its new events are polled every POLL_MS until the run finishes.
 * @module
 */
import { useCallback, useEffect, useReducer } from "react";
import { request } from "../../api/graphql";
import { isFinished } from "../runs/run-status";
import { subscribe, SubscriptionUnavailableError } from "./graphql-sse";
import {
  EVENTS_PAGE_SIZE,
  EVENTS_QUERY,
  RUN_AND_EVENTS_QUERY,
  RUN_LOGS_SUBSCRIPTION,
  RUN_QUERY,
  RUN_STATUS_AND_EVENTS_QUERY,
  type RawEvent,
  type RunDetail,
  type RunEvent,
  type RunStatus,
} from "./run-query";
import type { EventConnectionFieldsFragment } from "../../gql/graphql";

const POLL_MS = 2000;
const MAX_STREAM_FAILURES = 3;

/**
 * How the page learns of new events: streaming, polling (no stream), or not at all (the run finished);
 * "loading" until every stored event up to page load has been read.
 */
export type LiveMode = "loading" | "streaming" | "polling" | "finished";

type RunLogState = {
  readonly run: RunDetail | undefined;
  /** Why the run could not be shown (not found, server error), when it could not. */
  readonly missing: string | undefined;
  readonly events: readonly RunEvent[];
  readonly error: Error | undefined;
  readonly live: LiveMode;
};

type Action =
  | { type: "run"; run: RunDetail }
  | { type: "status"; fields: RunStatus }
  | { type: "missing"; message: string }
  | { type: "events"; events: readonly RawEvent[] }
  | { type: "live"; mode: LiveMode }
  | { type: "error"; error: Error };

const INITIAL: RunLogState = {
  run: undefined,
  missing: undefined,
  events: [],
  error: undefined,
  live: "loading",
};

function reducer(state: RunLogState, action: Action): RunLogState {
  switch (action.type) {
    case "run":
      return { ...state, run: action.run };
    case "status":
      return state.run ? { ...state, run: { ...state.run, ...action.fields } } : state;
    case "missing":
      return { ...state, missing: action.message, live: "finished" };
    case "events":
      if (action.events.length === 0) return state;
      return {
        ...state,
        events: [
          ...state.events,
          ...action.events.map((event, offset) => toRunEvent(event, state.events.length + offset)),
        ],
      };
    case "live":
      return { ...state, live: action.mode };
    case "error":
      return { ...state, error: action.error };
  }
}

/** A LOGS_CAPTURED event names its steps in stepKeys; one that captures a single step is shown and filtered as that step's. */
function toRunEvent({ timestamp, ...event }: RawEvent, index: number): RunEvent {
  const onlyStep = event.stepKeys?.length === 1 ? event.stepKeys[0] : undefined;
  return { ...event, stepKey: event.stepKey ?? onlyStep ?? null, index, time: Number(timestamp) };
}

export function useRunLog(runId: string): RunLogState & { refreshRun: () => Promise<void> } {
  const [state, dispatch] = useReducer(reducer, INITIAL);
  useEffect(() => {
    const abort = new AbortController();
    follow(runId, abort.signal, dispatch).catch((error: unknown) => {
      if (!abort.signal.aborted)
        dispatch({ type: "error", error: error instanceof Error ? error : new Error(String(error)) });
    });
    return () => abort.abort();
  }, [runId]);
  const refreshRun = useCallback(async () => {
    const data = await request(RUN_QUERY, { runId });
    if (isRun(data.runOrError)) dispatch({ type: "run", run: data.runOrError });
  }, [runId]);
  return { ...state, refreshRun };
}

async function follow(runId: string, signal: AbortSignal, dispatch: (action: Action) => void): Promise<void> {
  const first = await request(RUN_AND_EVENTS_QUERY, { runId, limit: EVENTS_PAGE_SIZE }, signal);
  if (!isRun(first.runOrError)) {
    dispatch({ type: "missing", message: first.runOrError.message });
    return;
  }
  dispatch({ type: "run", run: first.runOrError });
  let page = eventPage(first.logsForRun);
  dispatch({ type: "events", events: page.events });
  while (page.hasMore) {
    page = eventPage(
      (await request(EVENTS_QUERY, { runId, afterCursor: page.cursor, limit: EVENTS_PAGE_SIZE }, signal))
        .logsForRun,
    );
    dispatch({ type: "events", events: page.events });
  }
  if (isFinished(first.runOrError.status)) {
    dispatch({ type: "live", mode: "finished" });
    return;
  }

  let cursor = page.cursor;
  // A stream that breaks off (the webserver restarted, a proxy timed out) is opened again from the last
  // cursor; after MAX_STREAM_FAILURES breaks in a row, or if no stream can be opened at all, poll instead.
  for (let failures = 0; failures < MAX_STREAM_FAILURES; ) {
    try {
      dispatch({ type: "live", mode: "streaming" });
      for await (const payload of subscribe(RUN_LOGS_SUBSCRIPTION, { runId, cursor }, signal)) {
        const result = payload.pipelineRunLogs;
        if (result.__typename !== "PipelineRunLogsSubscriptionSuccess")
          throw new SubscriptionUnavailableError(result.message ?? result.__typename);
        failures = 0;
        dispatch({ type: "events", events: result.messages ?? [] });
        if (result.run) dispatch({ type: "status", fields: result.run });
        cursor = result.cursor ?? cursor;
      }
      dispatch({ type: "live", mode: "finished" });
      return;
    } catch (error) {
      if (signal.aborted) return;
      failures = error instanceof SubscriptionUnavailableError ? MAX_STREAM_FAILURES : failures + 1;
      console.warn(`Run ${runId}: the live event stream failed (${failures}/${MAX_STREAM_FAILURES}):`, error);
      if (failures < MAX_STREAM_FAILURES) await sleep(1000 * failures, signal);
    }
  }

  dispatch({ type: "live", mode: "polling" });
  // A read that saw the run finished may have read the log just before its last events: read once more.
  for (let sawFinished = false; ; ) {
    await sleep(POLL_MS, signal);
    const data = await request(
      RUN_STATUS_AND_EVENTS_QUERY,
      { runId, afterCursor: cursor, limit: EVENTS_PAGE_SIZE },
      signal,
    );
    const polled = eventPage(data.logsForRun);
    dispatch({ type: "events", events: polled.events });
    cursor = polled.cursor;
    if (isRun(data.runOrError)) dispatch({ type: "status", fields: data.runOrError });
    if (sawFinished && !polled.hasMore) break;
    sawFinished = isRun(data.runOrError) && isFinished(data.runOrError.status);
  }
  dispatch({ type: "live", mode: "finished" });
}

function isRun<T extends { __typename: string }>(result: T): result is Extract<T, { __typename: "Run" }> {
  return result.__typename === "Run";
}

function eventPage(result: EventConnectionFieldsFragment): {
  events: readonly RawEvent[];
  cursor: string | null;
  hasMore: boolean;
} {
  if (result.__typename !== "EventConnection")
    throw new Error(`Could not read the run's events: ${result.message ?? result.__typename}`);
  return { events: result.events ?? [], cursor: result.cursor ?? null, hasMore: result.hasMore ?? false };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", stop);
      resolve();
    }, ms);
    signal.addEventListener("abort", stop, { once: true });
  });
}
