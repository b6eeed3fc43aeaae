/**
 * "Test sensor": evaluates the sensor from a given cursor (`sensorDryRun`) and shows the runs it would
 * request, its skip reason or error, and the cursor it would move to, which can then be stored.
 * @module
 */
import { useState } from "react";
import { DryRunPanel } from "./dry-run-panel";
import type { RepositorySelector } from "./instigator-kind";
import { useMutation } from "./use-mutation";
import { graphql } from "../../gql";
import styles from "./instigators.module.css";

const SENSOR_DRY_RUN = graphql(
  `mutation SensorDryRun($selector: SensorSelector!, $cursor: String) { result: sensorDryRun(selectorData: $selector, cursor: $cursor) { __typename ...DryRunTickFields ...PythonErrorFields ... on Error { message } } }`,
);

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
  return (
    <DryRunPanel
      title="Test sensor"
      mutation={mutation}
      onEvaluate={() =>
        void mutation.run({ selector: { ...repository, sensorName }, cursor: shown === "" ? null : shown })
      }
      field={
        <label className={styles.grow}>
          Evaluate from cursor (empty = none)
          <input
            type="text"
            value={shown}
            onChange={(event) => setCursor(event.target.value)}
            aria-label="Dry run cursor"
          />
        </label>
      }
      cursorAction={(next) =>
        next !== currentCursor ? (
          <button type="button" onClick={() => onUseCursor(next)}>
            Store this cursor
          </button>
        ) : null
      }
    />
  );
}
