/**
 * A run id as a link to the run's page: its first eight characters in monospace, the whole id as the
 * link's title.
 * @module
 */
import { Link, paths } from "../router";
import { cx } from "./class-names";
import ui from "./ui.module.css";

/** The first eight characters of a run id, as runs are shown in lists. */
export const shortRunId = (runId: string) => runId.slice(0, 8);

export function RunIdLink({
  runId,
  className,
  "aria-label": ariaLabel,
}: {
  runId: string;
  className?: string;
  "aria-label"?: string;
}) {
  return (
    <Link to={paths.run(runId)} className={cx(ui.mono, className)} title={runId} aria-label={ariaLabel}>
      {shortRunId(runId)}
    </Link>
  );
}
