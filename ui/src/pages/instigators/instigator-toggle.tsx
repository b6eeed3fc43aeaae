/** A schedule's or sensor's on/off switch, with the server's refusal shown beside it when there is one. */
import { ToggleSwitch } from "../../components/toggle-switch";
import { useInstigatorToggle, type ToggleTarget } from "./use-instigator-toggle";

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
    <div className="instigator-toggle">
      <div className="instigator-toggle-row">
        <ToggleSwitch checked={toggle.running} busy={toggle.pending} disabled={toggle.pending} label={target.name} onChange={(on) => void toggle.toggle(on)} />
        {showLabel ? <span className={toggle.running ? "toggle-state on" : "toggle-state"}>{toggle.running ? "Running" : "Stopped"}</span> : null}
      </div>
      {toggle.error ? (
        <div className="toggle-error" role="alert">
          <span>{toggle.error}</span>
          <button type="button" className="dismiss-button" onClick={toggle.dismissError} aria-label="Dismiss error">
            ✕
          </button>
        </div>
      ) : null}
    </div>
  );
}
