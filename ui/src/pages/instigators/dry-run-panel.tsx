/**
 * The panel both dry runs share ("Test schedule", "Test sensor"): a form with the kind's one input and an
 * Evaluate button, the transport error, and what the evaluated tick would do.
 * @module
 */
import type { FormEvent, ReactNode } from "react";
import { ErrorBox } from "../../components/states";
import { type DryRunResult, TickEvaluation } from "./tick-evaluation";
import type { MutationState } from "./use-mutation";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

export function DryRunPanel({
  title,
  field,
  mutation,
  onEvaluate,
  cursorAction,
}: {
  title: string;
  /** The form's input, in its label. */
  field: ReactNode;
  mutation: MutationState<{ readonly result: DryRunResult }>;
  onEvaluate: () => void;
  cursorAction?: (cursor: string | null) => ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onEvaluate();
  };
  return (
    <section className={ui.panel} aria-labelledby="dry-run-heading">
      <h2 id="dry-run-heading">{title}</h2>
      <form className={`${ui.toolbar} ${styles.toolbar}`} onSubmit={submit}>
        {field}
        <button type="submit" className={ui.primary} disabled={mutation.running}>
          {mutation.running ? <span className={ui.spinner} aria-hidden="true" /> : null}
          Evaluate
        </button>
      </form>
      {mutation.error ? <ErrorBox title="Could not evaluate" error={mutation.error} /> : null}
      {mutation.data ? <TickEvaluation result={mutation.data.result} cursorAction={cursorAction} /> : null}
    </section>
  );
}
