/**
 * What a dry run (`scheduleDryRun` / `sensorDryRun`) says a tick would do: the runs it would request
 * (job, run key, tags, run config), or why it would skip, or the error it raised, and the cursor a
 * sensor would move to. Nothing was stored by the evaluation.
 * @module
 */
import type { ReactNode } from "react";
import { PYTHON_ERROR_FIELDS, PythonErrorDetails, type PythonErrorData } from "../../components/python-error-details";
import { ErrorBox } from "../../components/states";
import { TagList } from "../../components/tag-list";
import { Timestamp } from "../../components/timestamp";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

export const DRY_RUN_RESULT_FIELDS = `
  __typename
  ... on DryRunInstigationTick {
    timestamp
    evaluationResult {
      runRequests { runKey jobName runConfigYaml tags { key value } }
      skipReason
      cursor
      error { ${PYTHON_ERROR_FIELDS} }
    }
  }
  ... on PythonError { ${PYTHON_ERROR_FIELDS} }
  ... on Error { message }`;

type RunRequest = { readonly runKey: string | null; readonly jobName: string | null; readonly runConfigYaml: string; readonly tags: readonly { readonly key: string; readonly value: string }[] };

export type DryRunResult =
  | {
      readonly __typename: "DryRunInstigationTick";
      readonly timestamp: number | null;
      readonly evaluationResult: {
        readonly runRequests: readonly (RunRequest | null)[] | null;
        readonly skipReason: string | null;
        readonly cursor: string | null;
        readonly error: PythonErrorData | null;
      } | null;
    }
  | ({ readonly __typename: "PythonError" } & PythonErrorData)
  | { readonly __typename: string; readonly message: string };

export function TickEvaluation({ result, cursorAction }: { result: DryRunResult; cursorAction?: (cursor: string | null) => ReactNode }) {
  if (result.__typename === "PythonError" && "stack" in result) {
    return (
      <div className={`${ui.state} ${ui.stateError}`} role="alert">
        <strong>The evaluation failed</strong>
        <PythonErrorDetails error={result} />
      </div>
    );
  }
  if (!("evaluationResult" in result)) return <ErrorBox title="Could not evaluate" error={"message" in result ? result.message : "The server returned no evaluation."} />;
  const evaluation = result.evaluationResult;
  if (!evaluation) return <ErrorBox title="Could not evaluate" error="The server returned no evaluation result." />;
  const requests = (evaluation.runRequests ?? []).filter((request): request is RunRequest => request !== null);
  return (
    <div className={styles.tickEvaluation} role="status" aria-label="Evaluation result">
      <div className={styles.evaluationSummary}>
        {evaluation.error ? (
          <strong className={styles.evaluationFailed}>Raised an error</strong>
        ) : requests.length ? (
          <strong>
            Would request {requests.length} run{requests.length === 1 ? "" : "s"}
          </strong>
        ) : (
          <strong>Would skip</strong>
        )}
        <span className={`${ui.muted} ${ui.small}`}>
          Evaluated for <Timestamp value={result.timestamp} />. Nothing was launched or stored.
        </span>
      </div>
      {evaluation.error ? <PythonErrorDetails error={evaluation.error} /> : null}
      {evaluation.skipReason ? <p className={styles.skipReason}>Skip reason: {evaluation.skipReason}</p> : null}
      {requests.map((request, index) => (
        <div key={index} className={styles.runRequest}>
          <div className={styles.runRequestHead}>
            <span>
              Job <strong>{request.jobName ?? "(the target job)"}</strong>
            </span>
            {request.runKey ? (
              <span className={ui.muted}>
                run key <code>{request.runKey}</code>
              </span>
            ) : null}
            <TagList tags={request.tags} />
          </div>
          <details>
            <summary>Run config</summary>
            <pre className={styles.evaluationConfig}>{request.runConfigYaml.trim() || "{}"}</pre>
          </details>
        </div>
      ))}
      {cursorAction && !evaluation.error ? (
        <div className={styles.evaluationCursor}>
          <span>
            Cursor after this evaluation: {evaluation.cursor === null ? <span className={ui.muted}>none</span> : <code className={styles.cursorValue}>{evaluation.cursor}</code>}
          </span>
          {cursorAction(evaluation.cursor)}
        </div>
      ) : null}
    </div>
  );
}
