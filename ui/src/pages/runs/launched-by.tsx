/**
 * Who launched a run, read from Dagster's tags: a schedule (`dagster/schedule_name`), a sensor
 * (`dagster/sensor_name`), otherwise a user (the `user` tag when a client set one).
 * @module
 */
import { Link, paths } from "../../router";
import type { Tag } from "../../components/tag-list";
import ui from "../../components/ui.module.css";
import styles from "./runs.module.css";

export function LaunchedBy({
  tags,
  location,
}: {
  tags: readonly Tag[];
  location: string | null | undefined;
}) {
  const tag = (key: string) => tags.find((entry) => entry.key === key)?.value;
  const schedule = tag("dagster/schedule_name");
  const sensor = tag("dagster/sensor_name");
  if (schedule)
    return (
      <InstigatorLink
        kind="Schedule"
        name={schedule}
        to={location ? paths.schedule(location, schedule) : null}
      />
    );
  if (sensor)
    return (
      <InstigatorLink kind="Sensor" name={sensor} to={location ? paths.sensor(location, sensor) : null} />
    );
  return <span className={styles.launchedBy}>{tag("user") ?? "User"}</span>;
}

function InstigatorLink({ kind, name, to }: { kind: string; name: string; to: string | null }) {
  return (
    <span className={styles.launchedBy}>
      <span className={ui.muted}>{kind} </span>
      {to ? <Link to={to}>{name}</Link> : name}
    </span>
  );
}
