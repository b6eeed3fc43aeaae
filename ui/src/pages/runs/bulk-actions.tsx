/**
 * What can be done to the selected runs at once: terminate them (Dagster's `terminateRuns`) or
 * re-execute each with all its steps. Both ask first, then report what happened to every run, naming
 * each one that failed and why; runs that cannot be terminated (already finished) are skipped, not sent.
 * The dialog works on the runs selected when it opened, so a refresh of the list cannot change them.
 * @module
 */
import { useState } from "react";
import { Dialog } from "../../components/dialog";
import { RunIdLink, shortRunId } from "../../components/run-id-link";
import { ErrorBox } from "../../components/states";
import { reexecuteRuns, terminateRuns, type RunOutcome } from "./run-mutations";
import type { RunRow } from "./runs-query";
import { cx } from "../../components/class-names";
import ui from "../../components/ui.module.css";
import styles from "./runs.module.css";

type Action = "terminate" | "reexecute";
type Phase =
  | { step: "closed" }
  | { step: "confirm"; action: Action }
  | { step: "working"; action: Action }
  | { step: "done"; action: Action; outcomes: RunOutcome[]; skipped: readonly RunRow[] }
  | { step: "failed"; action: Action; error: Error };

/**
 * The bar over the table while runs are selected, and the dialog. `onChanged` runs after an action (to
 * refresh the list), `onClear` empties the selection (also once a result has been read and closed).
 */
export function BulkActions({
  selected,
  onClear,
  onChanged,
}: {
  selected: readonly RunRow[];
  onClear: () => void;
  onChanged: () => void;
}) {
  const [phase, setPhase] = useState<Phase>({ step: "closed" });
  const [runs, setRuns] = useState<readonly RunRow[]>([]);
  const [force, setForce] = useState(false);
  const terminable = runs.filter((run) => run.canTerminate);
  const notTerminable = runs.filter((run) => !run.canTerminate);
  const open = (action: Action) => {
    setRuns(selected);
    setForce(false);
    setPhase({ step: "confirm", action });
  };

  const perform = async (action: Action) => {
    setPhase({ step: "working", action });
    try {
      const outcomes =
        action === "terminate"
          ? await terminateRuns(
              terminable.map((run) => run.runId),
              force ? "MARK_AS_CANCELED_IMMEDIATELY" : "SAFE_TERMINATE",
            )
          : await reexecuteRuns(
              runs.map((run) => run.runId),
              "ALL_STEPS",
            );
      setPhase({ step: "done", action, outcomes, skipped: action === "terminate" ? notTerminable : [] });
    } catch (error) {
      setPhase({ step: "failed", action, error: error as Error });
    }
    onChanged();
  };
  const close = () => {
    if (phase.step === "working") return;
    if (phase.step === "done") onClear();
    setPhase({ step: "closed" });
  };

  return (
    <>
      {selected.length > 0 ? (
        <div className={styles.bulkBar} role="region" aria-label="Selected runs">
          <strong>{selected.length} selected</strong>
          <button type="button" className={ui.danger} onClick={() => open("terminate")}>
            Terminate
          </button>
          <button type="button" onClick={() => open("reexecute")}>
            Re-execute
          </button>
          <button type="button" className={ui.linkButton} onClick={onClear}>
            Clear selection
          </button>
        </div>
      ) : null}
      <Dialog
        open={phase.step !== "closed"}
        title={phase.step === "closed" ? "" : dialogTitle(phase, runs.length)}
        onClose={close}
        actions={dialogActions()}
      >
        {dialogBody()}
      </Dialog>
    </>
  );

  function dialogBody() {
    if (phase.step === "confirm" && phase.action === "terminate") {
      return (
        <>
          <p>
            {terminable.length === 0
              ? "None of the selected runs can be terminated: they have finished or are starting."
              : `${plural(terminable.length, "queued or started run")} will be terminated.`}
            {notTerminable.length > 0 && terminable.length > 0
              ? ` ${plural(notTerminable.length, "run")} that cannot be terminated (finished or starting) will be skipped.`
              : ""}
          </p>
          <label className={`${ui.check} ${styles.check}`}>
            <input type="checkbox" checked={force} onChange={(event) => setForce(event.target.checked)} />
            Force: mark them canceled immediately, without waiting for their workers to stop
          </label>
        </>
      );
    }
    if (phase.step === "confirm") {
      return (
        <p>
          Each selected run is launched again with all its steps, its run config and its tags, as a child of
          the original run.
        </p>
      );
    }
    if (phase.step === "working") {
      return (
        <p role="status">
          <span className={ui.spinner} aria-hidden="true" />{" "}
          {phase.action === "terminate" ? "Terminating" : "Launching"}…
        </p>
      );
    }
    if (phase.step === "failed")
      return <ErrorBox title="The request failed; nothing may have happened" error={phase.error} />;
    if (phase.step === "done")
      return <OutcomeSummary action={phase.action} outcomes={phase.outcomes} skipped={phase.skipped} />;
    return null;
  }

  function dialogActions() {
    if (phase.step === "confirm") {
      const isTerminate = phase.action === "terminate";
      return (
        <>
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button
            type="button"
            className={cx(ui.primary, isTerminate && ui.dangerFill)}
            disabled={isTerminate && terminable.length === 0}
            onClick={() => void perform(phase.action)}
          >
            {isTerminate
              ? `Terminate ${plural(terminable.length, "run")}`
              : `Re-execute ${plural(runs.length, "run")}`}
          </button>
        </>
      );
    }
    return (
      <button type="button" onClick={close} disabled={phase.step === "working"}>
        Close
      </button>
    );
  }
}

function dialogTitle(phase: Exclude<Phase, { step: "closed" }>, count: number): string {
  const verb = phase.action === "terminate" ? "Terminate" : "Re-execute";
  if (phase.step === "done" || phase.step === "failed") return `${verb}: result`;
  return `${verb} ${plural(count, "selected run")}?`;
}

function OutcomeSummary({
  action,
  outcomes,
  skipped,
}: {
  action: Action;
  outcomes: RunOutcome[];
  skipped: readonly RunRow[];
}) {
  const succeeded = outcomes.filter((outcome) => outcome.ok);
  const failed = outcomes.filter((outcome): outcome is Extract<RunOutcome, { ok: false }> => !outcome.ok);
  return (
    <div role="status">
      <p>
        <strong>
          {plural(succeeded.length, "run")} {action === "terminate" ? "terminated" : "re-executed"}
        </strong>
        {failed.length > 0 ? `, ${failed.length} failed` : ""}
        {skipped.length > 0 ? `, ${skipped.length} skipped` : ""}.
      </p>
      {action === "reexecute" && succeeded.length > 0 ? (
        <ul className={styles.outcomeList}>
          {succeeded.map((outcome) => (
            <li key={outcome.runId}>
              <span className={ui.mono}>{shortRunId(outcome.runId)}</span> → new run{" "}
              {outcome.newRunId ? <RunIdLink runId={outcome.newRunId} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {failed.length > 0 ? (
        <ul className={`${styles.outcomeList} ${styles.failures}`}>
          {failed.map((outcome) => (
            <li key={outcome.runId}>
              <span className={ui.mono}>{shortRunId(outcome.runId)}</span>: {outcome.message}
            </li>
          ))}
        </ul>
      ) : null}
      {skipped.length > 0 ? (
        <ul className={styles.outcomeList}>
          {skipped.map((run) => (
            <li key={run.runId}>
              <span className={ui.mono}>{shortRunId(run.runId)}</span>: skipped, it is {run.status}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const plural = (count: number, noun: string) => `${count.toLocaleString()} ${noun}${count === 1 ? "" : "s"}`;
