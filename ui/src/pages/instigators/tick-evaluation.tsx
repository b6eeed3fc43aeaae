/**
 * What a dry run (`scheduleDryRun` / `sensorDryRun`) says a tick would do: the runs it would request
 * (job, run key, tags, run config), or why it would skip, or the error it raised, and the cursor a
 * sensor would move to. Nothing was stored by the evaluation.
 * @module
 */
import type { ReactNode } from "react";
import { PythonErrorDetails } from "../../components/python-error-details";
import { ErrorBox } from "../../components/states";
import { TagList } from "../../components/tag-list";
import { Timestamp } from "../../components/timestamp";
import { graphql } from "../../gql";
import type {
  DryRunTickFieldsFragment,
  ScheduleDryRunMutation,
  SensorDryRunMutation,
} from "../../gql/graphql";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

export const DryRunTickFields = graphql(`
  fragment DryRunTickFields on DryRunInstigationTick {
    timestamp
    evaluationResult {
      runRequests { runKey jobName runConfigYaml tags { key value } }
      skipReason
      cursor
      error { ...PythonErrorFields }
    }
  }
`);

/** A dry run's answer, a schedule's or a sensor's: the evaluated tick or the error member the server chose. */
export type DryRunResult = ScheduleDryRunMutation["result"] | SensorDryRunMutation["result"];

type RunRequest = NonNullable<
  NonNullable<NonNullable<DryRunTickFieldsFragment["evaluationResult"]>["runRequests"]>[number]
>;

export function TickEvaluation({
  result,
  cursorAction,
}: {
  result: DryRunResult;
  cursorAction?: (cursor: string | null) => ReactNode;
}) {
  if (result.__typename === "PythonError" && "stack" in result) {
    return (
      <div className={`${ui.state} ${ui.stateError}`} role="alert">
        <strong>The evaluation failed</strong>
        <PythonErrorDetails error={result} />
      </div>
    );
  }
  if (!("evaluationResult" in result))
    return (
      <ErrorBox
        title="Could not evaluate"
        error={"message" in result ? result.message : "The server returned no evaluation."}
      />
    );
  const evaluation = result.evaluationResult;
  if (!evaluation)
    return <ErrorBox title="Could not evaluate" error="The server returned no evaluation result." />;
  const requests = (evaluation.runRequests ?? []).filter(
    (request): request is RunRequest => request !== null,
  );
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
      {evaluation.skipReason ? (
        <p className={styles.skipReason}>Skip reason: {evaluation.skipReason}</p>
      ) : null}
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
            Cursor after this evaluation:{" "}
            {evaluation.cursor === null ? (
              <span className={ui.muted}>none</span>
            ) : (
              <code className={styles.cursorValue}>{evaluation.cursor}</code>
            )}
          </span>
          {cursorAction(evaluation.cursor)}
        </div>
      ) : null}
    </div>
  );
}
