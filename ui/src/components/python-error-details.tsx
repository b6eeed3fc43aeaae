/**
 * A Dagster PythonError where it happened (a tick, a code location, a daemon heartbeat): the message
 * always visible, the stack trace behind a native disclosure so long traces do not swamp a table.
 * @module
 */
import { graphql } from "../gql";
import type { PythonErrorFieldsFragment } from "../gql/graphql";
import styles from "./python-error-details.module.css";

/** The PythonError fields this component shows: spread `...PythonErrorFields` where a PythonError can be. */
export const PythonErrorFields = graphql(
  `fragment PythonErrorFields on PythonError { message className stack }`,
);

export type PythonErrorData = PythonErrorFieldsFragment;

export function PythonErrorDetails({
  error,
  summary = "Stack trace",
}: {
  error: PythonErrorData;
  summary?: string;
}) {
  const stack = error.stack.join("").trim();
  return (
    <div className={styles.pythonError}>
      <pre className={styles.pythonErrorMessage}>
        {error.className ? <span className={styles.pythonErrorClass}>{error.className}: </span> : null}
        {error.message}
      </pre>
      {stack ? (
        <details>
          <summary>{summary}</summary>
          <pre className={styles.pythonErrorStack}>{stack}</pre>
        </details>
      ) : null}
    </div>
  );
}
