/**
 * The list page of schedules or sensors: a name filter kept in the URL (`?q=`), one table per code location
 * (its load error when it failed to load) and the loading, error and empty states. The tables start with
 * the on/off switch and the name and end with the latest tick and the targets; the kind's own columns
 * stand between.
 * @module
 */
import { type Column, DataTable } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { PythonErrorDetails } from "../../components/python-error-details";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import { Link, setSearchParams, useLocation } from "../../router";
import { instigatorPath, KIND_LABELS, type InstigatorKind } from "./instigator-kind";
import { InstigatorToggle } from "./instigator-toggle";
import { LatestTickCell } from "./tick-status";
import { type InstigatorRow, type LocationGroup, useInstigatorLocations } from "./use-instigator-locations";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

type Row<K extends InstigatorKind> = Extract<
  LocationGroup<InstigatorRow<K>>,
  { kind: "loaded" }
>["items"][number];

export function InstigatorList<K extends InstigatorKind>({
  kind,
  columns,
  targets,
}: {
  kind: K;
  /** The kind's own columns, after the name. */
  columns: readonly Column<Row<K>>[];
  /** The last column: the jobs it targets. */
  targets: Column<Row<K>>;
}) {
  const { groups, workspaceError, error, refetch } = useInstigatorLocations(kind);
  const { search } = useLocation();
  const filter = search.get("q") ?? "";
  const labels = KIND_LABELS[kind];
  const matches = (item: { readonly name: string }) =>
    !filter || item.name.toLowerCase().includes(filter.toLowerCase());
  const table: readonly Column<Row<K>>[] = [
    {
      header: "On",
      className: styles.toggleColumn,
      cell: (item) => (
        <InstigatorToggle
          target={{ kind, name: item.name, repository: item.repository, stateId: item.state.id }}
          running={item.state.status === "RUNNING"}
          refetch={refetch}
        />
      ),
    },
    {
      header: labels.title,
      cell: (item) => (
        <>
          <Link
            to={instigatorPath(kind, item.repository.repositoryLocationName, item.name)}
            className={styles.instigatorName}
          >
            {item.name}
          </Link>
          {item.description ? <div className={`${ui.muted} ${ui.small}`}>{item.description}</div> : null}
        </>
      ),
    },
    ...columns,
    { header: "Last tick", cell: (item) => <LatestTickCell tick={item.state.ticks[0]} /> },
    targets,
  ];
  const total =
    groups?.reduce((sum, group) => sum + (group.kind === "loaded" ? group.items.length : 0), 0) ?? 0;

  return (
    <>
      <PageHeader title={`${labels.title}s`} />
      <div className={`${ui.toolbar} ${styles.toolbar}`}>
        <label>
          Filter {labels.many}
          <input
            type="search"
            value={filter}
            placeholder="Name contains…"
            onChange={(event) => setSearchParams({ q: event.target.value })}
          />
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
        <EmptyState title={`No ${labels.many}`}>
          No code location in the workspace defines a {labels.one}.
        </EmptyState>
      ) : null}
      {groups?.map((group) => {
        if (group.kind === "loaded" && group.items.length === 0) return null;
        const shown = group.kind === "loaded" ? group.items.filter(matches) : [];
        return (
          <section
            key={group.location}
            className={styles.locationGroup}
            aria-label={`${labels.title}s in ${group.location}`}
          >
            <h2>
              {group.location}{" "}
              <span className={`${ui.muted} ${styles.locationCount}`}>
                {group.kind === "loaded"
                  ? `${group.items.length} ${group.items.length === 1 ? labels.one : labels.many}`
                  : "failed to load"}
              </span>
            </h2>
            {group.kind === "load_error" ? (
              <div className={`${ui.state} ${ui.stateError}`}>
                <strong>This code location failed to load</strong>
                <PythonErrorDetails error={group.error} />
              </div>
            ) : shown.length === 0 ? (
              <EmptyState title={`No ${labels.many} match "${filter}"`} />
            ) : (
              <DataTable
                columns={table}
                rows={shown}
                rowKey={(item) => item.name}
                className={styles.instigatorTable}
              />
            )}
          </section>
        );
      })}
    </>
  );
}
