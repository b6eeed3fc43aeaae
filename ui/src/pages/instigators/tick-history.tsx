/**
 * A schedule's or sensor's ticks, newest first, a page at a time (`ticks(limit, cursor)`, the cursor being
 * the last tick shown): status, time, duration, the runs each tick requested (links), its skip reason or
 * error (expandable) and, for sensors, the cursor it left. A status filter narrows the list. The newest
 * page is polled so new ticks appear on their own.
 * @module
 */
import { useState } from "react";
import { useQuery } from "../../api/use-query";
import { type Column, DataTable } from "../../components/data-table";
import { PythonErrorDetails } from "../../components/python-error-details";
import { RunIdLink } from "../../components/run-id-link";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import { StatusBadge } from "../../components/status-badge";
import { Duration, Timestamp } from "../../components/timestamp";
import { graphql } from "../../gql";
import type { InstigationTickStatus, InstigatorTicksQuery } from "../../gql/graphql";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

const PAGE_SIZE = 20;
/** The newest page is re-read this often; detail pages poll at the same pace so a tick and its effects show together. */
export const TICK_POLL_MS = 5000;
const STATUSES: readonly InstigationTickStatus[] = ["SUCCESS", "SKIPPED", "FAILURE", "STARTED"];

const TICKS_QUERY = graphql(`
  query InstigatorTicks($id: String!, $limit: Int!, $cursor: String, $statuses: [InstigationTickStatus!]) {
    instigationStateOrError(id: $id) {
      __typename
      ... on InstigationState {
        id
        ticks(limit: $limit, cursor: $cursor, statuses: $statuses) {
          id tickId status timestamp endTimestamp skipReason cursor runKeys
          error { ...PythonErrorFields }
          runs { id runId status }
        }
      }
      ... on Error { message }
    }
  }`);

type Tick = Extract<
  InstigatorTicksQuery["instigationStateOrError"],
  { __typename: "InstigationState" }
>["ticks"][number];

export function TickHistory({ stateId, showCursor }: { stateId: string; showCursor: boolean }) {
  /** The cursors of the pages before this one; the last is this page's cursor. */
  const [cursors, setCursors] = useState<readonly string[]>([]);
  const [status, setStatus] = useState<InstigationTickStatus | "">("");
  const cursor = cursors.at(-1) ?? null;
  const { data, error } = useQuery(
    TICKS_QUERY,
    { id: stateId, limit: PAGE_SIZE, cursor, statuses: status ? [status] : null },
    // Only the newest page changes as ticks arrive; older pages hold still while being read.
    { pollMs: cursor === null ? TICK_POLL_MS : undefined },
  );
  const result = data?.instigationStateOrError;
  const ticks = result && "ticks" in result ? result.ticks : undefined;

  return (
    <section className={ui.panel} aria-labelledby="ticks-heading">
      <div className={styles.panelHead}>
        <h2 id="ticks-heading">Tick history</h2>
        <label className={styles.inlineLabel}>
          Status
          <select
            value={status}
            onChange={(event) => {
              setStatus(STATUSES.find((option) => option === event.target.value) ?? "");
              setCursors([]);
            }}
          >
            <option value="">All ticks</option>
            {STATUSES.map((option) => (
              <option key={option} value={option}>
                {option.charAt(0) + option.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && !data ? <ErrorBox title="Could not load the ticks" error={error} /> : null}
      {result && "message" in result ? (
        <ErrorBox title="Could not load the ticks" error={result.message} />
      ) : null}
      {!data && !error ? <Loading what="ticks" /> : null}
      {ticks && ticks.length === 0 ? (
        <EmptyState
          title={cursor ? "No older ticks" : status ? `No ${status.toLowerCase()} ticks` : "No ticks yet"}
        >
          {cursor || status ? null : "Ticks appear here once it is turned on and evaluated."}
        </EmptyState>
      ) : null}
      {ticks && ticks.length > 0 ? (
        <DataTable
          label="Ticks"
          className={styles.tickTable}
          rows={ticks}
          rowKey={(tick) => tick.id}
          rowProps={() => ({ "data-testid": "tick-row" })}
          columns={tickColumns(showCursor)}
        />
      ) : null}
      <div className={styles.tickPager}>
        <button type="button" onClick={() => setCursors([])} disabled={cursor === null}>
          Newest
        </button>
        <button type="button" onClick={() => setCursors(cursors.slice(0, -1))} disabled={cursor === null}>
          ‹ Newer
        </button>
        <button
          type="button"
          onClick={() => {
            const last = ticks?.at(-1);
            if (last) setCursors([...cursors, last.tickId]);
          }}
          disabled={!ticks || ticks.length < PAGE_SIZE}
        >
          Older ›
        </button>
      </div>
    </section>
  );
}

function tickColumns(showCursor: boolean): readonly (Column<Tick> | false)[] {
  return [
    { header: "Status", cell: (tick) => <StatusBadge status={tick.status} /> },
    { header: "Time", className: ui.nowrap, cell: (tick) => <Timestamp value={tick.timestamp} /> },
    {
      header: "Duration",
      className: ui.nowrap,
      cell: (tick) =>
        tick.endTimestamp ? (
          <Duration start={tick.timestamp} end={tick.endTimestamp} />
        ) : (
          <span className={ui.muted}>—</span>
        ),
    },
    {
      header: "Runs",
      cell: (tick) =>
        tick.runs.length === 0 ? (
          <span className={ui.muted}>None</span>
        ) : (
          <ul className={styles.tickRuns}>
            {tick.runs.map((run) => (
              <li key={run.runId}>
                <RunIdLink runId={run.runId} aria-label={`Run ${run.runId}`} />{" "}
                <StatusBadge status={run.status} />
              </li>
            ))}
          </ul>
        ),
    },
    {
      header: "Details",
      className: styles.tickDetails,
      cell: (tick) => (
        <>
          {tick.error ? <PythonErrorDetails error={tick.error} /> : null}
          {tick.skipReason ? <span>{tick.skipReason}</span> : null}
          {tick.runKeys.length ? (
            <div className={`${ui.muted} ${ui.small}`}>Run keys: {tick.runKeys.join(", ")}</div>
          ) : null}
          {!tick.error && !tick.skipReason && !tick.runKeys.length ? (
            <span className={ui.muted}>—</span>
          ) : null}
        </>
      ),
    },
    showCursor && {
      header: "Cursor",
      cell: (tick) =>
        tick.cursor === null ? (
          <span className={ui.muted}>—</span>
        ) : (
          <code className={styles.cursorValue} data-testid="tick-cursor">
            {tick.cursor}
          </code>
        ),
    },
  ];
}
