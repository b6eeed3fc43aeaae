/**
 * The frame both list pages share: a name filter kept in the URL (`?q=`), one section per code location
 * (its load error when it failed to load), and the loading, error and empty states.
 * @module
 */
import type { ReactNode } from "react";
import { PythonErrorDetails, type PythonErrorData } from "../../components/python-error-details";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import { setSearchParams, useLocation } from "../../router";
import { KIND_LABELS, type InstigatorKind } from "./instigator-kind";
import type { LocationGroup } from "./use-instigator-locations";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

type Item = { readonly name: string; readonly description?: string | null };

export function InstigatorList<T extends Item>({
  kind,
  groups,
  workspaceError,
  error,
  renderTable,
}: {
  kind: InstigatorKind;
  groups: readonly LocationGroup<T>[] | undefined;
  workspaceError: PythonErrorData | undefined;
  error: Error | undefined;
  renderTable: (items: Extract<LocationGroup<T>, { kind: "loaded" }>["items"], location: string) => ReactNode;
}) {
  const { search } = useLocation();
  const filter = search.get("q") ?? "";
  const labels = KIND_LABELS[kind];
  const matches = (item: Item) => !filter || item.name.toLowerCase().includes(filter.toLowerCase());
  const total = groups?.reduce((sum, group) => sum + (group.kind === "loaded" ? group.items.length : 0), 0) ?? 0;

  return (
    <>
      <div className={`${ui.toolbar} ${styles.toolbar}`}>
        <label>
          Filter {labels.many}
          <input type="search" value={filter} placeholder="Name contains…" onChange={(event) => setSearchParams({ q: event.target.value })} />
        </label>
      </div>
      {error && !groups ? <ErrorBox title={`Could not load the ${labels.many}`} error={error} /> : null}
      {workspaceError ? (
        <div className={`${ui.state} ${ui.stateError}`} role="alert">
          <strong>The workspace could not be read</strong>
          <PythonErrorDetails error={workspaceError} />
        </div>
      ) : null}
      {!groups && !error && !workspaceError ? <Loading what={labels.many} /> : null}
      {groups && total === 0 && groups.every((group) => group.kind === "loaded") ? (
        <EmptyState title={`No ${labels.many}`}>No code location in the workspace defines a {labels.one}.</EmptyState>
      ) : null}
      {groups?.map((group) => {
        if (group.kind === "loaded" && group.items.length === 0) return null;
        const shown = group.kind === "loaded" ? group.items.filter(matches) : [];
        return (
          <section key={group.location} className={styles.locationGroup} aria-label={`${labels.title}s in ${group.location}`}>
            <h2>
              {group.location} <span className={`${ui.muted} ${styles.locationCount}`}>{group.kind === "loaded" ? `${group.items.length} ${group.items.length === 1 ? labels.one : labels.many}` : "failed to load"}</span>
            </h2>
            {group.kind === "load_error" ? (
              <div className={`${ui.state} ${ui.stateError}`}>
                <strong>This code location failed to load</strong>
                <PythonErrorDetails error={group.error} />
              </div>
            ) : shown.length === 0 ? (
              <EmptyState title={`No ${labels.many} match "${filter}"`} />
            ) : (
              renderTable(shown, group.location)
            )}
          </section>
        );
      })}
    </>
  );
}
