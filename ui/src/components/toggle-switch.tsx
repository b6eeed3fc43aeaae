import { cx } from "./class-names";
import styles from "./toggle-switch.module.css";
/**
 * An on/off switch: a real button with role="switch", so Tab reaches it and Space/Enter flip it, and
 * screen readers announce its state. `busy` marks a change the server has not confirmed yet.
 * @module
 */

export function ToggleSwitch({
  checked,
  onChange,
  label,
  disabled = false,
  busy = false,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The accessible name: what the switch turns on, e.g. "every_minute". */
  label: string;
  disabled?: boolean;
  busy?: boolean;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      aria-busy={busy || undefined}
      className={cx(styles.toggleSwitch, checked && styles.on, busy && styles.busy)}
      disabled={disabled}
      title={checked ? `${label} is on: click to turn it off` : `${label} is off: click to turn it on`}
      onClick={() => onChange(!checked)}
    >
      <span className={styles.toggleSwitchKnob} aria-hidden="true" />
    </button>
  );
}
