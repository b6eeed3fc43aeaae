/**
 * What can be done to the run from its page: terminate it while it is queued or started (safely, or
 * forced: marked canceled at once), and re-execute it: all steps, from failure (a failed run), or only
 * the steps selected in the Gantt chart. A launched re-execution opens its own page.
 * @module
 */
import { useState } from "react";
import { Dialog } from "../../components/dialog";
import { navigate, paths } from "../../router";
import { isFinished } from "../runs/run-status";
import {
  reexecuteRuns,
  reexecuteSteps,
  terminateRuns,
  type RunOutcome,
  type TerminatePolicy,
} from "../runs/run-mutations";
import type { RunDetail } from "./run-query";
import ui from "../../components/ui.module.css";
import styles from "./run.module.css";

type Pending = "terminate" | "all" | "failure" | "selected" | null;

export function RunActions({
  run,
  selectedSteps,
  onTerminated,
}: {
  run: RunDetail;
  selectedSteps: readonly string[];
  onTerminated: () => void;
}) {
  const [pending, setPending] = useState<Pending>(null);
  const [confirming, setConfirming] = useState(false);
  const [force, setForce] = useState(false);
  const [problem, setProblem] = useState<{ title: string; message: string } | null>(null);
  const finished = isFinished(run.status);

  const act = async (which: Exclude<Pending, null>, title: string, work: () => Promise<RunOutcome>) => {
    setPending(which);
    try {
      const outcome = await work();
      if (!outcome.ok) setProblem({ title, message: outcome.message });
      else if (outcome.newRunId) navigate(paths.run(outcome.newRunId));
    } catch (error) {
      setProblem({ title, message: (error as Error).message });
    } finally {
      setPending(null);
    }
  };
  const terminate = async (policy: TerminatePolicy) => {
    setConfirming(false);
    await act(
      "terminate",
      "Could not terminate the run",
      async () => (await terminateRuns([run.runId], policy))[0] as RunOutcome,
    );
    onTerminated();
  };
  const reexecute = (which: "all" | "failure") =>
    act(
      which,
      "Could not re-execute the run",
      async () =>
        (await reexecuteRuns([run.runId], which === "all" ? "ALL_STEPS" : "FROM_FAILURE"))[0] as RunOutcome,
    );

  return (
    <>
      {run.canTerminate || run.status === "CANCELING" ? (
        <ActionButton
          label={run.status === "CANCELING" ? "Force terminate" : "Terminate"}
          className={ui.danger}
          busy={pending === "terminate"}
          disabled={pending !== null}
          onClick={() => {
            setForce(run.status === "CANCELING");
            setConfirming(true);
          }}
        />
      ) : null}
      {finished && selectedSteps.length > 0 ? (
        <ActionButton
          label={`Re-execute selected (${selectedSteps.length})`}
          busy={pending === "selected"}
          disabled={pending !== null}
          onClick={() =>
            void act("selected", "Could not re-execute the selected steps", () =>
              reexecuteSteps(run, selectedSteps),
            )
          }
        />
      ) : null}
      {run.status === "FAILURE" ? (
        <ActionButton
          label="Re-execute from failure"
          busy={pending === "failure"}
          disabled={pending !== null}
          onClick={() => void reexecute("failure")}
        />
      ) : null}
      {finished ? (
        <ActionButton
          label="Re-execute all"
          className={ui.primary}
          busy={pending === "all"}
          disabled={pending !== null}
          onClick={() => void reexecute("all")}
        />
      ) : null}
      <Dialog
        open={confirming}
        title="Terminate this run?"
        onClose={() => setConfirming(false)}
        actions={
          <>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
            <button
              type="button"
              className={`${ui.primary} ${ui.dangerFill}`}
              onClick={() => void terminate(force ? "MARK_AS_CANCELED_IMMEDIATELY" : "SAFE_TERMINATE")}
            >
              {force ? "Force terminate" : "Terminate"}
            </button>
          </>
        }
      >
        <p>
          {run.status === "QUEUED"
            ? "The run leaves the queue and is marked canceled."
            : "The run's worker is asked to stop; steps in progress are interrupted and the run ends canceled."}
        </p>
        <label className={ui.check}>
          <input type="checkbox" checked={force} onChange={(event) => setForce(event.target.checked)} />
          Force: mark the run canceled immediately, without waiting for its worker to stop
        </label>
      </Dialog>
      <Dialog
        open={problem !== null}
        title={problem?.title ?? ""}
        onClose={() => setProblem(null)}
        actions={
          <button type="button" onClick={() => setProblem(null)}>
            Close
          </button>
        }
      >
        <pre className={styles.actionError} role="alert">
          {problem?.message}
        </pre>
      </Dialog>
    </>
  );
}

/** A button that shows a spinner while its action runs. */
function ActionButton({
  label,
  busy,
  disabled,
  onClick,
  className,
}: {
  label: string;
  busy: boolean;
  disabled: boolean;
  onClick: () => void;
  className?: string;
}) {
  return (
    <button
      type="button"
      className={className}
      disabled={disabled}
      aria-busy={busy || undefined}
      onClick={onClick}
    >
      {busy ? <span className={ui.spinner} aria-hidden="true" /> : null}
      {label}
    </button>
  );
}
