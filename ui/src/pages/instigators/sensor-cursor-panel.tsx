/**
 * A sensor's cursor: what it is now, and a form to set or clear it (`setSensorCursor`). The next
 * evaluation starts from whatever is stored here. The mutation's error members are shown in the form.
 * @module
 */
import { useState, type FormEvent } from "react";
import { ErrorBox } from "../../components/states";
import type { RepositorySelector } from "./instigator-kind";
import { useMutation } from "./use-mutation";
import { graphql } from "../../gql";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

const SET_CURSOR = graphql(`mutation SetSensorCursor($selector: SensorSelector!, $cursor: String) {
  result: setSensorCursor(sensorSelector: $selector, cursor: $cursor) {
    __typename
    ... on Sensor { id sensorState { id typeSpecificData { __typename ... on SensorData { lastCursor } } } }
    ... on Error { message }
  }
}`);

export function useSetSensorCursor(
  repository: RepositorySelector,
  sensorName: string,
  refetch: () => Promise<void>,
) {
  const mutation = useMutation(SET_CURSOR);
  const setCursor = async (cursor: string | null) => {
    const data = await mutation.run({ selector: { ...repository, sensorName }, cursor });
    if (data?.result.__typename === "Sensor") await refetch();
  };
  const result = mutation.data?.result;
  const failure =
    mutation.error?.message ??
    (result && "message" in result ? `${result.__typename}: ${result.message}` : undefined);
  const stored = result?.__typename === "Sensor" ? result.sensorState.typeSpecificData : undefined;
  const saved =
    stored === undefined ? undefined : stored?.__typename === "SensorData" ? stored.lastCursor : null;
  return { setCursor, running: mutation.running, failure, saved };
}

export function SensorCursorPanel({
  cursor,
  cursorSetter,
}: {
  cursor: string | null;
  cursorSetter: ReturnType<typeof useSetSensorCursor>;
}) {
  const [draft, setDraft] = useState("");
  const { setCursor, running, failure, saved } = cursorSetter;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void setCursor(draft);
  };
  return (
    <section className={ui.panel} aria-labelledby="cursor-heading">
      <h2 id="cursor-heading">Cursor</h2>
      <div className={styles.currentCursor} data-testid="current-cursor">
        {cursor === null ? (
          <span className={ui.muted}>No cursor: the next evaluation starts from the beginning.</span>
        ) : (
          <pre className={styles.cursorValue}>{cursor}</pre>
        )}
      </div>
      <form className={styles.cursorForm} onSubmit={submit}>
        <label>
          New cursor
          <textarea
            value={draft}
            rows={2}
            onChange={(event) => setDraft(event.target.value)}
            placeholder="The value the sensor's next evaluation starts from"
          />
        </label>
        <div className={styles.cursorActions}>
          <button type="submit" className={ui.primary} disabled={running}>
            Set cursor
          </button>
          <button type="button" onClick={() => void setCursor(null)} disabled={running || cursor === null}>
            Clear cursor
          </button>
          <span role="status" className={styles.cursorSaved}>
            {saved !== undefined && !running
              ? saved === null
                ? "✓ Cursor cleared"
                : "✓ Cursor saved"
              : null}
          </span>
        </div>
      </form>
      {failure ? <ErrorBox title="Could not set the cursor" error={failure} /> : null}
    </section>
  );
}
