// The exact "most runs ever in progress" check shared by the benchmarks that load the run queue: computed
// afterwards from the event log (a sweep over RUN_STARTING and terminal events in storage order), not
// sampled while running, so a short overshoot cannot slip between polls.
import { graphql } from "./lib.mjs";

const TERMINAL = ["RUN_SUCCESS", "RUN_FAILURE", "RUN_CANCELED"];
const EVENT_TYPES = `query ($runId: ID!) { logsForRun(runId: $runId) { ... on EventConnection { events { ... on MessageEvent { eventType } } } } }`;
const CURSORS = `query ($runId: ID!, $starting: Int!, $terminal: Int!) {
  s: logsForRun(runId: $runId, limit: $starting) { ... on EventConnection { cursor } }
  t: logsForRun(runId: $runId, limit: $terminal) { ... on EventConnection { cursor } } }`;

/**
 * The storage ids of a run's RUN_STARTING and terminal events. The API hands out an event's storage id only
 * as the cursor after a page, so the page ending exactly at each event (limit = its position + 1) is read.
 */
export async function transitions(url, runId) {
  const types = (await graphql(url, EVENT_TYPES, { runId })).logsForRun.events.map(
    (event) => event.eventType,
  );
  const starting = types.indexOf("RUN_STARTING");
  const terminal = types.findIndex((type) => TERMINAL.includes(type));
  if (starting < 0) return null; // never started (e.g. canceled while queued): never counted against the limit
  const cursors = await graphql(url, CURSORS, {
    runId,
    starting: starting + 1,
    terminal: Math.max(terminal, 0) + 1,
  });
  return { start: Number(cursors.s.cursor), end: terminal >= 0 ? Number(cursors.t.cursor) : Infinity };
}

/** Highest count of runs in progress over the event log: +1 at RUN_STARTING, -1 at the terminal event. */
export function maxInProgress(spans) {
  const points = spans.flatMap((span) => [
    { at: span.start, delta: 1 },
    { at: span.end, delta: -1 },
  ]);
  // Storage ids are unique, so no two points tie; the sort is total.
  points.sort((a, b) => a.at - b.at);
  let current = 0;
  let highest = 0;
  for (const point of points) {
    current += point.delta;
    highest = Math.max(highest, current);
  }
  return highest;
}

/** Runs `task(index)` for 0..count-1 with at most `width` in flight at once. */
export async function pool(count, width, task) {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(width, count) }, worker));
}

/** The highest number of the given runs ever in progress at once, from their event logs. */
export async function maxRunsInProgress(url, runIds, width = 10) {
  const spans = [];
  await pool(runIds.length, width, async (index) => {
    const span = await transitions(url, runIds[index]);
    if (span) spans.push(span);
  });
  return { highest: maxInProgress(spans), started: spans.length };
}
