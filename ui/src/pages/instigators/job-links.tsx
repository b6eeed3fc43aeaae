/** The jobs a sensor targets, each a link to its job page. */
import { Link, paths } from "../../router";
import ui from "../../components/ui.module.css";
import styles from "./instigators.module.css";

export function JobLinks({
  location,
  targets,
}: {
  location: string;
  targets: readonly { readonly pipelineName: string }[] | null;
}) {
  if (!targets?.length) return <span className={ui.muted}>—</span>;
  return (
    <span className={styles.jobLinks}>
      {targets.map((target) => (
        <Link key={target.pipelineName} to={paths.job(location, target.pipelineName)}>
          {target.pipelineName}
        </Link>
      ))}
    </span>
  );
}
