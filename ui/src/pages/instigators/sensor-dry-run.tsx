/**
 * "Test sensor": evaluates the sensor from a given cursor (`sensorDryRun`) and shows the runs it would
 * request, its skip reason or error, and the cursor it would move to, which can then be stored.
 * @module
 */
import { useState, type FormEvent } from "react";
import { ErrorBox } from "../../components/states";
import type { RepositorySelector } from "./instigator-kind";
import { TickEvaluation } from "./tick-evaluation";
import { useMutation } from "./use-mutation";
import { graphql } from "../../gql";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

const SENSOR_DRY_RUN = graphql(`mutation SensorDryRun($selector: SensorSelector!, $cursor: String) { result: sensorDryRun(selectorData: $selector, cursor: $cursor) { __typename ...DryRunTickFields ...PythonErrorFields ... on Error { message } } }`);

export function SensorDryRun({
  repository,
  sensorName,
  currentCursor,
  onUseCursor,
}: {
  repository: RepositorySelector;
  sensorName: string;
  currentCursor: string | null;
  onUseCursor: (cursor: string | null) => void;
}) {
  const [cursor, setCursor] = useState<string | null>(null);
  const mutation = useMutation(SENSOR_DRY_RUN);
  const shown = cursor ?? currentCursor ?? "";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void mutation.run({ selector: { ...repository, sensorName }, cursor: shown === "" ? null : shown });
  };
  return (
    <section className={ui.panel} aria-labelledby="dry-run-heading">
      <h2 id="dry-run-heading">Test sensor</h2>
      <form className={`${ui.toolbar} ${styles.toolbar}`} onSubmit={submit}>
        <label className={styles.grow}>
          Evaluate from cursor (empty = none)
          <input type="text" value={shown} onChange={(event) => setCursor(event.target.value)} aria-label="Dry run cursor" />
        </label>
        <button type="submit" className={ui.primary} disabled={mutation.running}>
          {mutation.running ? <span className={ui.spinner} aria-hidden="true" /> : null}
          Evaluate
        </button>
      </form>
      {mutation.error ? <ErrorBox title="Could not evaluate" error={mutation.error} /> : null}
      {mutation.data ? (
        <TickEvaluation
          result={mutation.data.result}
          cursorAction={(next) =>
            next !== currentCursor ? (
              <button type="button" onClick={() => onUseCursor(next)}>
                Store this cursor
              </button>
            ) : null
          }
        />
      ) : null}
    </section>
  );
}
