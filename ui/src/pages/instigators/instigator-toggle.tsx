/** A schedule's or sensor's on/off switch, with the server's refusal shown beside it when there is one. */
import { ToggleSwitch } from "../../components/toggle-switch";
import { useInstigatorToggle, type ToggleTarget } from "./use-instigator-toggle";
import { cx } from "../../components/class-names";
import styles from "./instigators.module.css";

export function InstigatorToggle({
  target,
  running,
  refetch,
  showLabel = false,
}: {
  target: ToggleTarget;
  running: boolean;
  refetch: () => Promise<void>;
  /** Writes "Running" / "Stopped" beside the switch (detail pages). */
  showLabel?: boolean;
}) {
  const toggle = useInstigatorToggle(target, running, refetch);
  return (
    <div className={styles.instigatorToggle}>
      <div className={styles.instigatorToggleRow}>
        <ToggleSwitch
          checked={toggle.running}
          busy={toggle.pending}
          disabled={toggle.pending}
          label={target.name}
          onChange={(on) => void toggle.toggle(on)}
        />
        {showLabel ? (
          <span className={cx(styles.toggleState, toggle.running && styles.on)}>
            {toggle.running ? "Running" : "Stopped"}
          </span>
        ) : null}
      </div>
      {toggle.error ? (
        <div className={styles.toggleError} role="alert">
          <span>{toggle.error}</span>
          <button
            type="button"
            className={styles.dismissButton}
            onClick={toggle.dismissError}
            aria-label="Dismiss error"
          >
            ✕
          </button>
        </div>
      ) : null}
    </div>
  );
}
