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
    <div className="table-wrap">
      <table className="table code-locations" aria-label="Code locations">
        <thead>
          <tr>
            <th>Code location</th>
            <th>Status</th>
            <th>Definitions</th>
            <th>Updated</th>
            <th className="actions-column" aria-label="Actions" />
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
                      <div key={item.key} className="muted small">
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
                          <div key={library.name} className="muted small">
                            {library.name} {library.version}
                          </div>
                        ))}
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td data-testid="location-updated">
                    <TimeAgo value={entry.updatedTimestamp} />
                    <div className="muted small">
                      <Timestamp value={entry.updatedTimestamp} />
                    </div>
                  </td>
                  <td className="actions-column">
                    <div className="reload-cell">
                      <button type="button" onClick={() => onReload(entry.name)} disabled={reloading} aria-label={`Reload ${entry.name}`}>
                        {reloading ? <span className="spinner" aria-hidden="true" /> : null}
                        {reloading ? "Reloading…" : "Reload"}
                      </button>
                      <ReloadOutcomeNote outcome={reloading ? undefined : outcomes[entry.name]} />
                    </div>
                  </td>
                </tr>
                {loaded?.__typename === "PythonError" ? (
                  <tr className="location-error-row">
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
    <span role="status" className={`reload-outcome reload-${outcome?.kind ?? "none"}`}>
      {outcome ? `${outcome.kind === "loaded" ? "✓ " : "✕ "}${outcome.message}` : null}
    </span>
  );
}
