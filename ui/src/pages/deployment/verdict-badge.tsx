import ui from "../../components/ui.module.css";
/**
 * A status pill that says its own words ("Not running", "Load error") in the colour of a run status,
 * for things that are healthy or not rather than runs.
 * @module
 */
export type Verdict = {
  readonly status: "SUCCESS" | "FAILURE" | "SKIPPED" | "STARTED";
  readonly label: string;
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`${ui.status} ${ui[`status-${verdict.status.toLowerCase()}`]}`}>{verdict.label}</span>
  );
}
