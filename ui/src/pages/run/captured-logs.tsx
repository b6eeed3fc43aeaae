/**
 * A step's captured stdout and stderr (Dagster's compute logs), read with `capturedLogs(logKey, cursor)`
 * and followed by cursor while the run is live, with download links from `capturedLogsMetadata`. The log
 * key is Dagster's `[runId, "compute_logs", fileKey]`, the file key coming from the step's LOGS_CAPTURED
 * event (the step key when there is none). A server without these fields gets a clear "no captured logs".
 * @module
 */
import { useEffect, useRef, useState } from "react";
import { request, GraphQLRequestError } from "../../api/graphql";
import { SegmentedTabs } from "../../components/segmented-tabs";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import type { RunEvent } from "./run-query";
import { graphql } from "../../gql";
import ui from "../../components/ui.module.css";
import styles from "./run.module.css";

const POLL_MS = 2000;
/** Bytes per stream per read (the server's `limit`), and how many characters the page holds before pointing to the download. */
const READ_BYTES = 256 * 1024;
const SHOWN_CHARS = 4 * 1024 * 1024;

const CAPTURED_LOGS_QUERY = graphql(`query CapturedLogs($logKey: [String!]!, $cursor: String, $limit: Int) {
  capturedLogsMetadata(logKey: $logKey) { stdoutDownloadUrl stderrDownloadUrl }
  capturedLogs(logKey: $logKey, cursor: $cursor, limit: $limit) { stdout stderr cursor }
}`);

export type Stream = "stdout" | "stderr";

const STREAM_TABS = [
  { value: "stdout", label: "stdout" },
  { value: "stderr", label: "stderr" },
] as const satisfies readonly { value: Stream; label: string }[];

type Logs = { stdout: string; stderr: string; urls: Record<Stream, string | null>; truncated: boolean };
type LoadState = { key: string; logs?: Logs; error?: Error; unsupported?: boolean };

/** Step key → file key, from the run's LOGS_CAPTURED events. */
export function captureFileKeys(events: readonly RunEvent[]): ReadonlyMap<string, string> {
  const fileKeys = new Map<string, string>();
  for (const event of events) {
    if (event.eventType !== "LOGS_CAPTURED" || !event.fileKey) continue;
    for (const stepKey of event.stepKeys ?? (event.stepKey ? [event.stepKey] : []))
      fileKeys.set(stepKey, event.fileKey);
  }
  return fileKeys;
}

export function CapturedLogs({
  runId,
  stepKeys,
  stepKey,
  fileKeys,
  stream,
  live,
  onChange,
}: {
  runId: string;
  stepKeys: readonly string[];
  stepKey: string | null;
  fileKeys: ReadonlyMap<string, string>;
  stream: Stream;
  live: boolean;
  onChange: (change: { stepKey?: string; stream?: Stream }) => void;
}) {
  const fileKey = stepKey === null ? null : (fileKeys.get(stepKey) ?? stepKey);
  const state = useCapturedLogs(fileKey === null ? null : [runId, "compute_logs", fileKey], live);
  const text = state?.logs?.[stream] ?? "";
  const url = state?.logs?.urls[stream];

  return (
    <div className={styles.capturedLogs}>
      <div className={`${ui.toolbar} ${styles.toolbar}`}>
        <label>
          Step
          <select value={stepKey ?? ""} onChange={(event) => onChange({ stepKey: event.target.value })}>
            {stepKey === null ? <option value="">Choose a step</option> : null}
            {stepKeys.map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </select>
        </label>
        <SegmentedTabs
          label="Output stream"
          options={STREAM_TABS}
          value={stream}
          onChange={(each) => onChange({ stream: each })}
        />
        {url ? (
          <a className={ui.button} href={url} download>
            Download {stream}
          </a>
        ) : null}
      </div>
      <CapturedLogsBody state={state} stepKey={stepKey} stream={stream} text={text} />
      {state?.logs?.truncated ? (
        <p className={`${ui.muted} ${styles.muted}`}>
          Only the first {SHOWN_CHARS / 1024 / 1024} MB are shown: download the stream for all of it.
        </p>
      ) : null}
    </div>
  );
}

function CapturedLogsBody({
  state,
  stepKey,
  stream,
  text,
}: {
  state: LoadState | null;
  stepKey: string | null;
  stream: Stream;
  text: string;
}) {
  if (stepKey === null)
    return (
      <EmptyState title="No step chosen">Choose a step to see what it wrote to stdout and stderr.</EmptyState>
    );
  if (!state || (!state.logs && !state.error && !state.unsupported))
    return <Loading what={`${stream} of ${stepKey}`} />;
  if (state.unsupported) {
    return (
      <EmptyState title="No captured logs">
        This server does not serve captured stdout/stderr (its GraphQL has no capturedLogs field).
      </EmptyState>
    );
  }
  if (state.error && !state.logs)
    return <ErrorBox title={`Could not load the ${stream} of ${stepKey}`} error={state.error} />;
  if (text === "")
    return (
      <EmptyState title="No captured logs">{`Step ${stepKey} wrote nothing to ${stream}, or its output was not captured.`}</EmptyState>
    );
  return (
    <pre className={styles.capturedOutput} aria-label={`${stream} of ${stepKey}`} tabIndex={0}>
      {text}
    </pre>
  );
}

/**
 * Loads the log key's output in chunks of READ_BYTES per stream, reading on at once while chunks come
 * back non-empty, then (while `live`) every POLL_MS. Stops at SHOWN_CHARS: the rest is left to the download.
 */
function useCapturedLogs(logKey: readonly string[] | null, live: boolean): LoadState | null {
  const key = logKey ? JSON.stringify(logKey) : null;
  const [state, setState] = useState<LoadState | null>(null);
  // `live` is read when scheduling the next poll, so that the run going live or finishing does not restart
  // the read from the start; a read that stopped while the run was not live is woken when it goes live.
  const liveRef = useRef(live);
  liveRef.current = live;
  const wakeRef = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    if (key === null) return undefined;
    const abort = new AbortController();
    let cursor: string | null = null;
    let logs: Logs | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle = false;
    const read = async () => {
      let gotMore = false;
      try {
        const data = await request(
          CAPTURED_LOGS_QUERY,
          { logKey: JSON.parse(key) as string[], cursor, limit: READ_BYTES },
          abort.signal,
        );
        const chunk = data.capturedLogs;
        gotMore = Boolean(chunk?.stdout || chunk?.stderr);
        logs = {
          stdout: (logs?.stdout ?? "") + (chunk?.stdout ?? ""),
          stderr: (logs?.stderr ?? "") + (chunk?.stderr ?? ""),
          urls: {
            stdout: data.capturedLogsMetadata?.stdoutDownloadUrl ?? null,
            stderr: data.capturedLogsMetadata?.stderrDownloadUrl ?? null,
          },
          truncated: false,
        };
        logs.truncated = logs.stdout.length + logs.stderr.length >= SHOWN_CHARS;
        cursor = chunk?.cursor ?? cursor;
        setState({ key, logs });
      } catch (error) {
        if (abort.signal.aborted) return;
        if (isMissingField(error)) return setState({ key, unsupported: true });
        setState({ key, logs, error: error as Error });
      }
      if (abort.signal.aborted || logs?.truncated) return;
      if (gotMore) void read();
      else if (liveRef.current) timer = setTimeout(() => void read(), POLL_MS);
      else idle = true;
    };
    wakeRef.current = () => {
      if (!idle) return;
      idle = false;
      void read();
    };
    void read();
    return () => {
      abort.abort();
      clearTimeout(timer);
      wakeRef.current = undefined;
    };
  }, [key]);
  useEffect(() => {
    if (live) wakeRef.current?.();
  }, [live]);
  return state?.key === key ? state : null;
}

/** GraphQL validation rejecting the capturedLogs fields: the server predates compute logs. */
function isMissingField(error: unknown): boolean {
  return (
    error instanceof GraphQLRequestError && /Cannot query field "capturedLogs(Metadata)?"/.test(error.message)
  );
}
