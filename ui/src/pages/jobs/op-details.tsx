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

export function OpDetails({ solid, onClose, onSelect }: { solid: Solid; onClose: () => void; onSelect: (op: string) => void }) {
  const { definition } = solid;
  const configType = definition.configField?.configType;
  const lookup = useMemo(() => (configType ? configTypeLookup([configType, ...configType.recursiveConfigTypes]) : null), [configType]);
  return (
    <section className="job-sidebar-section" aria-labelledby="op-details-title">
      <div className="job-sidebar-head">
        <div>
          <div className="muted job-sidebar-kind">Op</div>
          <h2 id="op-details-title" className="job-sidebar-title">
            {solid.name}
          </h2>
          {definition.name === solid.name ? null : <div className="muted">an alias of op {definition.name}</div>}
        </div>
        <button type="button" onClick={onClose} aria-label="Close op details" title="Close (Esc)">
          ×
        </button>
      </div>
      {definition.description ? <p className="job-sidebar-description">{definition.description}</p> : <p className="muted">No description.</p>}

      <h3>Inputs</h3>
      {solid.inputs.length === 0 ? <p className="muted">None.</p> : null}
      <ul className="op-io-list">
        {solid.inputs.map((input) => (
          <li key={input.definition.name}>
            <code className="op-io-name">{input.definition.name}</code>: <code className="config-inline-type">{input.definition.type.displayName}</code>
            {input.definition.description ? <div className="muted">{input.definition.description}</div> : null}
            <Wiring label="from" refs={input.dependsOn} onSelect={onSelect} />
          </li>
        ))}
      </ul>

      <h3>Outputs</h3>
      {solid.outputs.length === 0 ? <p className="muted">None.</p> : null}
      <ul className="op-io-list">
        {solid.outputs.map((output) => (
          <li key={output.definition.name}>
            <code className="op-io-name">{output.definition.name}</code>: <code className="config-inline-type">{output.definition.type.displayName}</code>
            {output.definition.description ? <div className="muted">{output.definition.description}</div> : null}
            <Wiring label="to" refs={output.dependedBy} onSelect={onSelect} />
          </li>
        ))}
      </ul>

      <h3>Config</h3>
      {configType && lookup ? (
        <div className="op-config" aria-label={`Config schema of ${solid.name}`}>
          <ConfigSchemaView typeKey={configType.key} lookup={lookup} />
          <p className="muted op-config-path">
            Set it under <code>ops.{solid.name}.config</code> in the run config.
          </p>
        </div>
      ) : (
        <p className="muted">This op takes no config.</p>
      )}

      <h3>Tags</h3>
      {definition.metadata.length ? <TagList tags={definition.metadata} /> : <p className="muted">None.</p>}

      <h3>Retry policy</h3>
      {definition.retryPolicy ? (
        <dl className="op-facts">
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
        <p className="muted">None: a failure fails the step (unless the run's retries say otherwise).</p>
      )}

      {definition.requiredResources.length ? (
        <>
          <h3>Required resources</h3>
          <div className="tags">
            {definition.requiredResources.map((resource) => (
              <code key={resource.resourceKey} className="tag">
                {resource.resourceKey}
              </code>
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}

function Wiring({ label, refs, onSelect }: { label: string; refs: Solid["inputs"][number]["dependsOn"]; onSelect: (op: string) => void }) {
  if (refs.length === 0) return null;
  return (
    <div className="op-wiring">
      <span className="muted">{label}</span>{" "}
      {refs.map((ref) => (
        <button key={`${ref.solid.name}.${ref.definition.name}`} type="button" className="op-wiring-link" onClick={() => onSelect(ref.solid.name)}>
          {ref.solid.name}.{ref.definition.name}
        </button>
      ))}
    </div>
  );
}

/** With no op selected: the job's description, tags, what targets it. */
export function JobSummary({ job, location }: { job: Job; location: string }) {
  return (
    <section className="job-sidebar-section" aria-labelledby="job-summary-title">
      <div className="muted job-sidebar-kind">Job</div>
      <h2 id="job-summary-title" className="job-sidebar-title">
        {job.name}
      </h2>
      {job.description ? <p className="job-sidebar-description">{job.description}</p> : <p className="muted">No description.</p>}
      <dl className="op-facts">
        <dt>Ops</dt>
        <dd>{job.solids.length}</dd>
        <dt>Code location</dt>
        <dd>{location}</dd>
      </dl>
      <h3>Tags</h3>
      {job.tags.length ? <TagList tags={job.tags} /> : <p className="muted">None.</p>}
      <h3>Schedules &amp; sensors</h3>
      {job.schedules.length + job.sensors.length === 0 ? <p className="muted">Nothing targets this job.</p> : null}
      <ul className="op-io-list">
        {job.schedules.map((schedule) => (
          <li key={schedule.name}>
            Schedule <Link to={paths.schedule(location, schedule.name)}>{schedule.name}</Link> <code className="muted">{schedule.cronSchedule}</code>
          </li>
        ))}
        {job.sensors.map((sensor) => (
          <li key={sensor.name}>
            Sensor <Link to={paths.sensor(location, sensor.name)}>{sensor.name}</Link>
          </li>
        ))}
      </ul>
      <p className="muted job-sidebar-hint">Select an op in the graph to see its inputs, outputs and config.</p>
    </section>
  );
}
