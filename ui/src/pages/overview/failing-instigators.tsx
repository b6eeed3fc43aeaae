/**
 * Schedules and sensors whose latest tick failed, with the error and a link to each; the rest of the
 * workspace's schedules and sensors are counted, so an empty list reads as good news, not missing data.
 * @module
 */
import { PythonErrorDetails } from "../../components/python-error-details";
import { EmptyState } from "../../components/states";
import { Timestamp } from "../../components/timestamp";
import { Link } from "../../router";
import { instigatorPath, type InstigatorKind } from "../instigators/instigator-kind";
import { locationGroups } from "../instigators/use-instigator-locations";
import type { LatestTick, OverviewData } from "./overview-query";
import ui from "../../components/ui.module.css";
import styles from "./overview.module.css";

type Instigator = {
  kind: InstigatorKind;
  name: string;
  location: string;
  running: boolean;
  latest: LatestTick | undefined;
};

const KINDS: readonly InstigatorKind[] = ["schedule", "sensor"];

function instigatorsOf(workspace: OverviewData["workspaceOrError"]): Instigator[] {
  return KINDS.flatMap((kind) =>
    (locationGroups(workspace, kind) ?? []).flatMap((group) =>
      group.kind === "loaded"
        ? group.items.map((item) => ({
            kind,
            name: item.name,
            location: group.location,
            running: item.state.status === "RUNNING",
            latest: item.state.ticks[0],
          }))
        : [],
    ),
  );
}

export function FailingInstigators({ workspace }: { workspace: OverviewData["workspaceOrError"] }) {
  const all = instigatorsOf(workspace);
  const failing = all.filter((instigator) => instigator.latest?.status === "FAILURE");
  const running = all.filter((instigator) => instigator.running).length;
  return (
    <section className={ui.panel} aria-labelledby="failing-heading">
      <h2 id="failing-heading">Failing schedules &amp; sensors</h2>
      <p className={`${ui.muted} ${styles.muted} ${styles.overviewNote}`}>
        {running} of {all.length} schedules and sensors running.
      </p>
      {failing.length === 0 ? (
        <EmptyState title="No failing schedules or sensors">
          The latest tick of every schedule and sensor succeeded or was skipped.
        </EmptyState>
      ) : (
        <ul className={styles.failingList}>
          {failing.map((instigator) => (
            <li key={`${instigator.kind}:${instigator.location}:${instigator.name}`}>
              <div className={styles.failingHead}>
                <Link to={instigatorPath(instigator.kind, instigator.location, instigator.name)}>
                  {instigator.name}
                </Link>
                <span className={`${ui.muted} ${styles.muted}`}>
                  {instigator.kind} in {instigator.location} ·{" "}
                  <Timestamp value={instigator.latest?.timestamp} />
                </span>
              </div>
              {instigator.latest?.error ? <PythonErrorDetails error={instigator.latest.error} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
