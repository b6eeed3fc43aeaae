/** The jobs a sensor targets, each a link to its job page. */
import { Link, paths } from "../../router";

export function JobLinks({ location, targets }: { location: string; targets: readonly { readonly pipelineName: string }[] | null }) {
  if (!targets?.length) return <span className="muted">—</span>;
  return (
    <span className="job-links">
      {targets.map((target) => (
        <Link key={target.pipelineName} to={paths.job(location, target.pipelineName)}>
          {target.pipelineName}
        </Link>
      ))}
    </span>
  );
}
