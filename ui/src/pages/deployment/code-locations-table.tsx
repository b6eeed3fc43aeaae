/**
 * Code locations with their load status, load error (expandable), source, definitions and last update,
 * each with a Reload button that shows its progress and how the reload ended.
 * @module
 */
import { Fragment } from "react";
import { PythonErrorDetails } from "../../components/python-error-details";
import { TimeAgo } from "../../components/time-ago";
import { Timestamp } from "../../components/timestamp";
import { definitionsSummary, locationVerdict, type LocationEntry } from "./code-location";
import { ALL_LOCATIONS, type ReloadOutcome } from "./use-reload";
import { VerdictBadge } from "./verdict-badge";
import { cx } from "../../components/class-names";
import ui from "../../components/ui.module.css";
import styles from "./deployment.module.css";

export function CodeLocationsTable({
  entries,
  pending,
  outcomes,
  onReload,
}: {
  entries: readonly LocationEntry[];
  pending: ReadonlySet<string>;
  outcomes: Readonly<Record<string, ReloadOutcome>>;
  onReload: (name: string) => void;
}) {
  return (
    <div className={ui.tableWrap}>
      <table className={`${ui.table} ${styles.codeLocations}`} aria-label="Code locations">
        <thead>
          <tr>
            <th>Code location</th>
            <th>Status</th>
            <th>Definitions</th>
            <th>Updated</th>
            <th className={styles.actionsColumn} aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const loaded = entry.locationOrLoadError;
            const reloading = pending.has(entry.name) || pending.has(ALL_LOCATIONS);
            return (
              <Fragment key={entry.name}>
                <tr data-testid={`location-${entry.name}`}>
                  <td>
                    <strong>{entry.name}</strong>
                    {entry.displayMetadata.map((item) => (
                      <div key={item.key} className={`${ui.muted} ${ui.small}`}>
                        {item.key}: <code>{item.value}</code>
                      </div>
                    ))}
                  </td>
                  <td>
                    <VerdictBadge verdict={locationVerdict(entry)} />
                  </td>
                  <td>
                    {loaded?.__typename === "RepositoryLocation" ? (
                      <>
                        <div>{definitionsSummary(loaded)}</div>
                        {loaded.dagsterLibraryVersions?.map((library) => (
                          <div key={library.name} className={`${ui.muted} ${ui.small}`}>
                            {library.name} {library.version}
                          </div>
                        ))}
                      </>
                    ) : (
                      <span className={ui.muted}>—</span>
                    )}
                  </td>
                  <td data-testid="location-updated">
                    <TimeAgo value={entry.updatedTimestamp} />
                    <div className={`${ui.muted} ${ui.small}`}>
                      <Timestamp value={entry.updatedTimestamp} />
                    </div>
                  </td>
                  <td className={styles.actionsColumn}>
                    <div className={styles.reloadCell}>
                      <button
                        type="button"
                        onClick={() => onReload(entry.name)}
                        disabled={reloading}
                        aria-label={`Reload ${entry.name}`}
                      >
                        {reloading ? <span className={ui.spinner} aria-hidden="true" /> : null}
                        {reloading ? "Reloading…" : "Reload"}
                      </button>
                      <ReloadOutcomeNote outcome={reloading ? undefined : outcomes[entry.name]} />
                    </div>
                  </td>
                </tr>
                {loaded?.__typename === "PythonError" ? (
                  <tr className={styles.locationErrorRow}>
                    <td colSpan={5}>
                      <PythonErrorDetails error={loaded} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** "✓ Reloaded" or what went wrong, announced to screen readers as it appears. */
export function ReloadOutcomeNote({ outcome }: { outcome: ReloadOutcome | undefined }) {
  return (
    <span role="status" className={cx(styles.reloadOutcome, styles[`reload-${outcome?.kind ?? "none"}`])}>
      {outcome ? `${outcome.kind === "loaded" ? "✓ " : "✕ "}${outcome.message}` : null}
    </span>
  );
}
