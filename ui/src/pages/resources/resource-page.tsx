/**
 * One resource (`/locations/<location>/resources/<name>`): its config fields with the values configured
 * in the definitions (an env var shown as a reference, never its value), the resources it depends on
 * and is used by, and the jobs and ops that use it.
 * @module
 */
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import ui from "../../components/ui.module.css";
import type { PageProps } from "../../page-props";
import { Link, paths } from "../../router";
import { RESOURCE_DETAILS_QUERY } from "./resources-query";
import styles from "./resources.module.css";

const DEFAULT_REPOSITORY = "__repository__";

export function ResourcePage({ params }: PageProps) {
  const location = params.location ?? "";
  const name = params.name ?? "";
  const selector = {
    repositoryLocationName: location,
    repositoryName: DEFAULT_REPOSITORY,
    resourceName: name,
  };
  const { data, error, loading } = useQuery(RESOURCE_DETAILS_QUERY, { selector });
  const result = data?.topLevelResourceDetailsOrError;
  return (
    <>
      <PageHeader title={name} />
      {error && !data ? <ErrorBox title="Could not load the resource" error={error} /> : null}
      {loading ? <Loading what="the resource" /> : null}
      {result && result.__typename !== "ResourceDetails" ? (
        <ErrorBox title="Resource not available" error={result.message} />
      ) : null}
      {result?.__typename === "ResourceDetails" ? (
        <>
          <p className={ui.muted}>
            <span className={ui.mono}>{result.resourceType}</span>
            {result.description ? ` — ${result.description}` : ""}
          </p>
          <section className={styles.section} aria-labelledby="config-heading">
            <h2 id="config-heading">Configuration</h2>
            {result.configFields.length === 0 ? <EmptyState title="No config" /> : null}
            {result.configFields.length > 0 ? (
              <DataTable
                label="Config fields"
                rows={result.configFields}
                rowKey={(field) => field.name}
                columns={[
                  { header: "Field", cell: (field) => <span className={styles.name}>{field.name}</span> },
                  {
                    header: "Type",
                    cell: (field) => <span className={ui.mono}>{field.configType.key}</span>,
                  },
                  {
                    header: "Value",
                    cell: (field) => {
                      const value = result.configuredValues.find(
                        (configured) => configured.key === field.name,
                      );
                      if (!value)
                        return (
                          <span className={ui.muted}>{field.isRequired ? "from run config" : "default"}</span>
                        );
                      return value.type === "ENV_VAR" ? (
                        <span
                          className={styles.envRef}
                          title="Read from the code location's environment when a step runs"
                        >{`{ env: ${value.value} }`}</span>
                      ) : (
                        <span className={ui.mono}>{value.value}</span>
                      );
                    },
                  },
                  { header: "Description", cell: (field) => field.description ?? "" },
                ]}
              />
            ) : null}
          </section>
          <section className={styles.section} aria-labelledby="nested-heading">
            <h2 id="nested-heading">Resources</h2>
            {result.nestedResources.length === 0 && result.parentResources.length === 0 ? (
              <EmptyState title="Depends on no resource and none depends on it" />
            ) : null}
            <ul>
              {result.nestedResources.map((nested) => (
                <li key={`uses-${nested.name}`}>
                  Uses{" "}
                  {nested.resource ? (
                    <Link to={paths.resource(location, nested.resource.name)}>{nested.name}</Link>
                  ) : (
                    <span className={ui.mono}>{nested.name}</span>
                  )}
                  {nested.type === "ANONYMOUS" ? " (defined inline)" : ""}
                </li>
              ))}
              {result.parentResources.map((parent) => (
                <li key={`used-by-${parent.name}`}>
                  Used by <Link to={paths.resource(location, parent.name)}>{parent.name}</Link>
                </li>
              ))}
            </ul>
          </section>
          <section className={styles.section} aria-labelledby="uses-heading">
            <h2 id="uses-heading">Used by jobs</h2>
            {result.jobsOpsUsing.length === 0 ? <EmptyState title="No job uses this resource" /> : null}
            {result.jobsOpsUsing.length > 0 ? (
              <DataTable
                label="Jobs using this resource"
                rows={result.jobsOpsUsing}
                rowKey={(use) => use.jobName}
                columns={[
                  {
                    header: "Job",
                    cell: (use) => <Link to={paths.job(location, use.jobName)}>{use.jobName}</Link>,
                  },
                  {
                    header: "Ops",
                    cell: (use) => <span className={ui.mono}>{use.opHandleIDs.join(", ")}</span>,
                  },
                ]}
              />
            ) : null}
          </section>
        </>
      ) : null}
    </>
  );
}
