/**
 * The job page's side panel: the selected op (description, inputs and outputs with their types and
 * wiring, config schema, tags, retry policy, resources), or, with no op selected, the job itself.
 * @module
 */
import { useMemo } from "react";
import { ConfigSchemaView } from "../../components/config-schema-view";
import { configTypeLookup } from "../../components/config-types";
import { TagList } from "../../components/tag-list";
import { Link, paths } from "../../router";
import type { Job, Solid } from "./job-query";
import ui from "../../components/ui.module.css";
import schema from "../../components/config-schema-view.module.css";
import styles from "./jobs.module.css";

export function OpDetails({
  solid,
  onClose,
  onSelect,
}: {
  solid: Solid;
  onClose: () => void;
  onSelect: (op: string) => void;
}) {
  const { definition } = solid;
  const configType = definition.configField?.configType;
  const lookup = useMemo(
    () => (configType ? configTypeLookup([configType, ...configType.recursiveConfigTypes]) : null),
    [configType],
  );
  return (
    <section aria-labelledby="op-details-title">
      <div className={styles.jobSidebarHead}>
        <div>
          <div className={`${ui.muted} ${styles.jobSidebarKind}`}>Op</div>
          <h2 id="op-details-title" className={styles.jobSidebarTitle}>
            {solid.name}
          </h2>
          {definition.name === solid.name ? null : (
            <div className={ui.muted}>an alias of op {definition.name}</div>
          )}
        </div>
        <button type="button" onClick={onClose} aria-label="Close op details" title="Close (Esc)">
          ×
        </button>
      </div>
      {definition.description ? (
        <p className={styles.jobSidebarDescription}>{definition.description}</p>
      ) : (
        <p className={ui.muted}>No description.</p>
      )}

      <OpIoList
        title="Inputs"
        direction="from"
        items={solid.inputs.map((input) => ({ definition: input.definition, refs: input.dependsOn }))}
        onSelect={onSelect}
      />
      <OpIoList
        title="Outputs"
        direction="to"
        items={solid.outputs.map((output) => ({ definition: output.definition, refs: output.dependedBy }))}
        onSelect={onSelect}
      />

      <h3>Config</h3>
      {configType && lookup ? (
        <div className={styles.opConfig} aria-label={`Config schema of ${solid.name}`}>
          <ConfigSchemaView typeKey={configType.key} lookup={lookup} />
          <p className={`${ui.muted} ${styles.opConfigPath}`}>
            Set it under <code>ops.{solid.name}.config</code> in the run config.
          </p>
        </div>
      ) : (
        <p className={ui.muted}>This op takes no config.</p>
      )}

      <h3>Tags</h3>
      {definition.metadata.length ? (
        <TagList tags={definition.metadata} />
      ) : (
        <p className={ui.muted}>None.</p>
      )}

      <h3>Retry policy</h3>
      {definition.retryPolicy ? (
        <dl className={styles.opFacts}>
          <dt>Max retries</dt>
          <dd>{definition.retryPolicy.maxRetries}</dd>
          {definition.retryPolicy.delay !== null ? (
            <>
              <dt>Delay</dt>
              <dd>{definition.retryPolicy.delay} s</dd>
            </>
          ) : null}
          {definition.retryPolicy.backoff ? (
            <>
              <dt>Backoff</dt>
              <dd>{definition.retryPolicy.backoff.toLowerCase()}</dd>
            </>
          ) : null}
          {definition.retryPolicy.jitter ? (
            <>
              <dt>Jitter</dt>
              <dd>{definition.retryPolicy.jitter.toLowerCase()}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className={ui.muted}>None: a failure fails the step (unless the run's retries say otherwise).</p>
      )}

      {definition.requiredResources.length ? (
        <>
          <h3>Required resources</h3>
          <div className={ui.tags}>
            {definition.requiredResources.map((resource) => (
              <code key={resource.resourceKey} className={ui.tag}>
                {resource.resourceKey}
              </code>
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}

type OpIo = {
  readonly definition: Solid["inputs"][number]["definition"];
  readonly refs: Solid["inputs"][number]["dependsOn"];
};

/** An op's inputs or outputs: name, type, description and the ops wired to each. */
function OpIoList({
  title,
  direction,
  items,
  onSelect,
}: {
  title: string;
  direction: string;
  items: readonly OpIo[];
  onSelect: (op: string) => void;
}) {
  return (
    <>
      <h3>{title}</h3>
      {items.length === 0 ? <p className={ui.muted}>None.</p> : null}
      <ul className={styles.opIoList}>
        {items.map(({ definition, refs }) => (
          <li key={definition.name}>
            <code className={styles.opIoName}>{definition.name}</code>:{" "}
            <code className={schema.configInlineType}>{definition.type.displayName}</code>
            {definition.description ? <div className={ui.muted}>{definition.description}</div> : null}
            <Wiring label={direction} refs={refs} onSelect={onSelect} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Wiring({
  label,
  refs,
  onSelect,
}: {
  label: string;
  refs: Solid["inputs"][number]["dependsOn"];
  onSelect: (op: string) => void;
}) {
  if (refs.length === 0) return null;
  return (
    <div className={styles.opWiring}>
      <span className={ui.muted}>{label}</span>{" "}
      {refs.map((ref) => (
        <button
          key={`${ref.solid.name}.${ref.definition.name}`}
          type="button"
          className={styles.opWiringLink}
          onClick={() => onSelect(ref.solid.name)}
        >
          {ref.solid.name}.{ref.definition.name}
        </button>
      ))}
    </div>
  );
}

/** With no op selected: the job's description, tags, what targets it. */
export function JobSummary({ job, location }: { job: Job; location: string }) {
  return (
    <section aria-labelledby="job-summary-title">
      <div className={`${ui.muted} ${styles.jobSidebarKind}`}>Job</div>
      <h2 id="job-summary-title" className={styles.jobSidebarTitle}>
        {job.name}
      </h2>
      {job.description ? (
        <p className={styles.jobSidebarDescription}>{job.description}</p>
      ) : (
        <p className={ui.muted}>No description.</p>
      )}
      <dl className={styles.opFacts}>
        <dt>Ops</dt>
        <dd>{job.solids.length}</dd>
        <dt>Code location</dt>
        <dd>{location}</dd>
      </dl>
      <h3>Tags</h3>
      {job.tags.length ? <TagList tags={job.tags} /> : <p className={ui.muted}>None.</p>}
      <h3>Schedules &amp; sensors</h3>
      {job.schedules.length + job.sensors.length === 0 ? (
        <p className={ui.muted}>Nothing targets this job.</p>
      ) : null}
      <ul className={styles.opIoList}>
        {job.schedules.map((schedule) => (
          <li key={schedule.name}>
            Schedule <Link to={paths.schedule(location, schedule.name)}>{schedule.name}</Link>{" "}
            <code className={ui.muted}>{schedule.cronSchedule}</code>
          </li>
        ))}
        {job.sensors.map((sensor) => (
          <li key={sensor.name}>
            Sensor <Link to={paths.sensor(location, sensor.name)}>{sensor.name}</Link>
          </li>
        ))}
      </ul>
      <p className={`${ui.muted} ${styles.jobSidebarHint}`}>
        Select an op in the graph to see its inputs, outputs and config.
      </p>
    </section>
  );
}
