import styles from "./python-error-details.module.css";
/**
 * A Dagster PythonError where it happened (a tick, a code location, a daemon heartbeat): the message
 * always visible, the stack trace behind a native disclosure so long traces do not swamp a table.
 * @module
 */

/** The PythonError fields this component shows; select them as `... on PythonError { ${PYTHON_ERROR_FIELDS} }`. */
export const PYTHON_ERROR_FIELDS = "message className stack";

export type PythonErrorData = { readonly message: string; readonly className?: string | null; readonly stack: readonly string[] };

export function PythonErrorDetails({ error, summary = "Stack trace" }: { error: PythonErrorData; summary?: string }) {
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
