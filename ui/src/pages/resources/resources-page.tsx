/**
 * Resources (`/resources`, Dagster's Deployment → Resources): each code location's top-level resources
 * with their type and description, linking to each resource's page.
 * @module
 */
import { useQuery } from "../../api/use-query";
import { DataTable } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorBox, Loading } from "../../components/states";
import ui from "../../components/ui.module.css";
import type { PageProps } from "../../page-props";
import { Link, paths } from "../../router";
import { RESOURCES_LIST_QUERY } from "./resources-query";
import styles from "./resources.module.css";

type Resource = { id: string; name: string; resourceType: string; description?: string | null };

export function ResourcesPage(_props: PageProps) {
  const { data, error, loading } = useQuery(RESOURCES_LIST_QUERY, {});
  const workspace = data?.workspaceOrError;
  return (
    <>
      <PageHeader title="Resources" />
      {error && !data ? <ErrorBox title="Could not load the resources" error={error} /> : null}
      {loading ? <Loading what="the resources" /> : null}
      {workspace?.__typename === "PythonError" ? (
        <ErrorBox title="Could not load the workspace" error={workspace.message} />
      ) : null}
      {workspace?.__typename === "Workspace"
        ? workspace.locationEntries.map((entry) => {
            const location = entry.locationOrLoadError;
            const resources: Resource[] =
              location?.__typename === "RepositoryLocation"
                ? location.repositories.flatMap((repository) => repository.allTopLevelResourceDetails)
                : [];
            return (
              <section key={entry.id} className={styles.location} aria-labelledby={`resources-${entry.id}`}>
                <h2 id={`resources-${entry.id}`}>{entry.name}</h2>
                {location?.__typename === "PythonError" ? (
                  <ErrorBox title={`${entry.name} failed to load`} error={location.message} />
                ) : null}
                {location?.__typename === "RepositoryLocation" && resources.length === 0 ? (
                  <EmptyState title="No resources in this location" />
                ) : null}
                {resources.length > 0 ? (
                  <DataTable
                    label={`Resources of ${entry.name}`}
                    rows={resources}
                    rowKey={(resource) => resource.id}
                    columns={[
                      {
                        header: "Resource",
                        cell: (resource) => (
                          <Link className={styles.name} to={paths.resource(entry.name, resource.name)}>
                            {resource.name}
                          </Link>
                        ),
                      },
                      {
                        header: "Type",
                        cell: (resource) => <span className={ui.mono}>{resource.resourceType}</span>,
                      },
                      { header: "Description", cell: (resource) => resource.description ?? "" },
                    ]}
                  />
                ) : null}
              </section>
            );
          })
        : null}
    </>
  );
}
