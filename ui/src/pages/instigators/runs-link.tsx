/** "12 runs": a link to the runs list filtered by the tag Dagster puts on a schedule's or sensor's runs. */
import { Link, paths } from "../../router";

export function RunsLink({ tag, count }: { tag: { key: string; value: string }; count: number }) {
  const search = new URLSearchParams({ tag: `${tag.key}=${tag.value}` }).toString();
  return (
    <Link to={`${paths.runs()}?${search}`}>
      {count} run{count === 1 ? "" : "s"}
    </Link>
  );
}
