/**
 * What both detail pages do before and around their content: resolve the repository from the URL, say
 * why when that fails, and title the page with breadcrumbs and the on/off switch.
 * @module
 */
import type { ReactNode } from "react";
import { PageHeader } from "../../components/page-header";
import { EmptyState, Loading } from "../../components/states";
import { Link, paths } from "../../router";
import { KIND_LABELS, type InstigatorKind, type RepositorySelector } from "./instigator-kind";
import { InstigatorToggle } from "./instigator-toggle";
import { useInstigatorSelector } from "./use-instigator-selector";
import styles from "./instigators.module.css";

/** Renders `children` with the repository once found; otherwise the page's loading or not-found state. */
export function InstigatorGate({ kind, location, name, children }: { kind: InstigatorKind; location: string; name: string; children: (repository: RepositorySelector) => ReactNode }) {
  const selector = useInstigatorSelector(kind, location, name);
  if (selector.kind === "found") return <>{children(selector.repository)}</>;
  return (
    <>
      <InstigatorHeader kind={kind} location={location} name={name} />
      {selector.kind === "loading" ? <Loading what={`the ${KIND_LABELS[kind].one}`} /> : <EmptyState title={selector.title}>{selector.message}</EmptyState>}
    </>
  );
}

export function InstigatorHeader({
  kind,
  location,
  name,
  toggle,
}: {
  kind: InstigatorKind;
  location: string;
  name: string;
  toggle?: { repository: RepositorySelector; stateId: string; running: boolean; refetch: () => Promise<void> };
}) {
  const labels = KIND_LABELS[kind];
  return (
    <PageHeader
      crumbs={
        <>
          <Link to={kind === "schedule" ? paths.schedules() : paths.sensors()}>{labels.title}s</Link> / {location}
        </>
      }
      title={
        <span className={styles.instigatorTitle}>
          {toggle ? <InstigatorToggle target={{ kind, name, repository: toggle.repository, stateId: toggle.stateId }} running={toggle.running} refetch={toggle.refetch} showLabel /> : null}
          {name}
        </span>
      }
    />
  );
}
