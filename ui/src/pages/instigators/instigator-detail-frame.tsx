/**
 * What both detail pages share: resolve the repository from the URL (saying why when that fails), title
 * the page with breadcrumbs and the on/off switch, and lay out a loaded schedule or sensor (description,
 * details, a side panel, the dry run and the tick history). The pages supply what differs by kind.
 * @module
 */
import type { ComponentType, ReactNode } from "react";
import { type Fact, Facts } from "../../components/facts";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import { Timestamp } from "../../components/timestamp";
import type { InstigationStatus } from "../../gql/graphql";
import type { PageProps } from "../../page-props";
import { Link, paths } from "../../router";
import { KIND_LABELS, type InstigatorKind, type RepositorySelector, runsTagKey } from "./instigator-kind";
import { InstigatorToggle } from "./instigator-toggle";
import { RunsLink } from "./runs-link";
import { TickHistory } from "./tick-history";
import { useInstigatorSelector } from "./use-instigator-selector";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

export type DetailsProps = { readonly repository: RepositorySelector; readonly name: string };

/** A detail page: `details` once the repository of the URL's schedule or sensor is found; otherwise why not. */
export function InstigatorPage({
  kind,
  params,
  details: Details,
}: {
  kind: InstigatorKind;
  params: PageProps["params"];
  details: ComponentType<DetailsProps>;
}) {
  const location = params.location ?? "";
  const name = params.name ?? "";
  const selector = useInstigatorSelector(kind, location, name);
  if (selector.kind === "found") return <Details repository={selector.repository} name={name} />;
  return (
    <>
      <InstigatorHeader kind={kind} location={location} name={name} />
      {selector.kind === "loading" ? (
        <Loading what={`the ${KIND_LABELS[kind].one}`} />
      ) : (
        <EmptyState title={selector.title}>{selector.message}</EmptyState>
      )}
    </>
  );
}

type Instigator = {
  readonly name: string;
  readonly description: string | null;
  readonly state: { readonly id: string; readonly status: InstigationStatus; readonly runsCount: number };
};

/** The parts of a loaded detail page that differ by kind. */
export type DetailSections = {
  /** Its details before the runs link (which every kind ends with). */
  readonly facts: readonly Fact[];
  /** The panel beside the details. */
  readonly aside: ReactNode;
  readonly dryRun: ReactNode;
};

export function InstigatorDetails<A extends { readonly __typename: string }>({
  kind,
  repository,
  name,
  answer,
  query,
  sections,
}: {
  kind: InstigatorKind;
  repository: RepositorySelector;
  name: string;
  /** The server's answer (`scheduleOrError`, `sensorOrError`): the schedule or sensor, or an error member. */
  answer: A | null | undefined;
  query: { readonly error: Error | undefined; readonly refetch: () => Promise<void> };
  sections: (instigator: Extract<A, Instigator>, running: boolean) => DetailSections;
}) {
  const { error, refetch } = query;
  const instigator = answer && "state" in answer ? (answer as Extract<A, Instigator>) : undefined;
  const problem =
    answer && "message" in answer && typeof answer.message === "string" ? answer.message : undefined;
  const location = repository.repositoryLocationName;
  const what = `the ${KIND_LABELS[kind].one}`;
  if (!instigator) {
    return (
      <>
        <InstigatorHeader kind={kind} location={location} name={name} />
        {error ? <ErrorBox title={`Could not load ${what}`} error={error} /> : null}
        {problem !== undefined ? <ErrorBox title={`Could not load ${what}`} error={problem} /> : null}
        {problem === undefined && !error ? <Loading what={what} /> : null}
      </>
    );
  }
  const { state } = instigator;
  const running = state.status === "RUNNING";
  const { facts, aside, dryRun } = sections(instigator, running);
  return (
    <>
      <InstigatorHeader
        kind={kind}
        location={location}
        name={name}
        toggle={{ repository, stateId: state.id, running, refetch }}
      />
      {instigator.description ? (
        <p className={styles.instigatorDescription}>{instigator.description}</p>
      ) : null}
      <div className={`${ui.grid} ${ui.grid2} ${styles.instigatorGrid}`}>
        <section className={ui.panel} aria-labelledby={`${kind}-details-heading`}>
          <h2 id={`${kind}-details-heading`}>Details</h2>
          <Facts
            facts={[
              ...facts,
              [
                "Runs",
                <RunsLink tag={{ key: runsTagKey(kind), value: instigator.name }} count={state.runsCount} />,
              ],
            ]}
          />
        </section>
        {aside}
      </div>
      {dryRun}
      {/* Only sensors keep a cursor. */}
      <TickHistory stateId={state.id} showCursor={kind === "sensor"} />
    </>
  );
}

/** The "Status" fact: running or stopped (since when, where known) and the status it starts in. */
export function InstigatorStatus({
  running,
  defaultStatus,
  since,
}: {
  running: boolean;
  defaultStatus: InstigationStatus;
  since?: number | null;
}) {
  return (
    <>
      {running ? "Running" : "Stopped"}
      {running && since ? (
        <span className={ui.muted}>
          {" "}
          since <Timestamp value={since} />
        </span>
      ) : null}
      <span className={ui.muted}> (default: {defaultStatus.toLowerCase()})</span>
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
  toggle?: {
    repository: RepositorySelector;
    stateId: string;
    running: boolean;
    refetch: () => Promise<void>;
  };
}) {
  const labels = KIND_LABELS[kind];
  return (
    <PageHeader
      crumbs={
        <>
          <Link to={kind === "schedule" ? paths.schedules() : paths.sensors()}>{labels.title}s</Link> /{" "}
          {location}
        </>
      }
      title={
        <span className={styles.instigatorTitle}>
          {toggle ? (
            <InstigatorToggle
              target={{ kind, name, repository: toggle.repository, stateId: toggle.stateId }}
              running={toggle.running}
              refetch={toggle.refetch}
              showLabel
            />
          ) : null}
          {name}
        </span>
      }
    />
  );
}
