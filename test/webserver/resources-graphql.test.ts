/**
 * topLevelResourceDetailsOrError, allTopLevelResourceDetailsOrError and utilizedEnvVarsOrError over the
 * example location's resources, as Dagster's resources page asks for them; env var references come back
 * by name only, and bad selectors are answered in-band.
 */
import { describe, expect, it } from "vitest";
import { graphql } from "./graphql-client";

const repository = { repositoryLocationName: "example", repositoryName: "__repository__" };
const DETAILS = `name resourceType description isTopLevel
  configFields { name isRequired }
  configuredValues { key value type }
  nestedResources { name type resource { name } }
  parentResources { name type }
  jobsOpsUsing { jobName opHandleIDs }`;

describe("resources over GraphQL", () => {
  it("lists a repository's top-level resources with their config, nesting and uses", async () => {
    const { allTopLevelResourceDetailsOrError: list } = await graphql<{
      allTopLevelResourceDetailsOrError: { __typename: string; results: Record<string, unknown>[] };
    }>(
      `query ($selector: RepositorySelector!) { allTopLevelResourceDetailsOrError(repositorySelector: $selector) { __typename ... on ResourceDetailsList { results { ${DETAILS} } } } }`,
      { selector: repository },
    );
    expect(list.__typename).toBe("ResourceDetailsList");
    expect(list.results.map((resource) => resource.name)).toEqual(["reporting", "warehouse"]);
    expect(list.results[0]).toEqual({
      name: "reporting",
      resourceType: "ReportingApiClient",
      description: "Publishes warehouse tables as reports to a (simulated) reporting API.",
      isTopLevel: true,
      configFields: [
        { name: "api_token", isRequired: true },
        { name: "base_url", isRequired: true },
      ],
      configuredValues: [
        { key: "base_url", value: '"https://reports.example.com"', type: "VALUE" },
        { key: "api_token", value: "REPORTING_API_TOKEN", type: "ENV_VAR" },
      ],
      nestedResources: [{ name: "warehouse", type: "TOP_LEVEL", resource: { name: "warehouse" } }],
      parentResources: [],
      jobsOpsUsing: [{ jobName: "report_job", opHandleIDs: ["publish_report"] }],
    });
    expect(list.results[1]).toMatchObject({
      name: "warehouse",
      parentResources: [{ name: "reporting", type: "TOP_LEVEL" }],
      jobsOpsUsing: [{ jobName: "etl_job", opHandleIDs: ["load"] }],
    });
    expect(JSON.stringify(list)).not.toContain("example-not-a-secret");
  });

  it("answers one resource by selector, and an unknown resource or repository as ResourceNotFoundError", async () => {
    const query = `query ($selector: ResourceSelector!) { topLevelResourceDetailsOrError(resourceSelector: $selector) { __typename ... on ResourceDetails { name } ... on ResourceNotFoundError { resourceName message } } }`;
    const found = await graphql<{ topLevelResourceDetailsOrError: unknown }>(query, {
      selector: { ...repository, resourceName: "warehouse" },
    });
    expect(found.topLevelResourceDetailsOrError).toEqual({
      __typename: "ResourceDetails",
      name: "warehouse",
    });
    const missing = await graphql<{ topLevelResourceDetailsOrError: unknown }>(query, {
      selector: { ...repository, resourceName: "nope" },
    });
    expect(missing.topLevelResourceDetailsOrError).toEqual({
      __typename: "ResourceNotFoundError",
      resourceName: "nope",
      message: "Could not find resource nope in example.__repository__.",
    });
    const noRepository = await graphql<{ topLevelResourceDetailsOrError: { message: string } }>(query, {
      selector: { ...repository, repositoryName: "nope", resourceName: "warehouse" },
    });
    expect(noRepository.topLevelResourceDetailsOrError.message).toBe(
      "Could not find resource warehouse: Could not find Repository example.nope.",
    );
  });

  it("lists the env vars resources read with their consumers, and answers an unknown repository in-band", async () => {
    const query = `query ($selector: RepositorySelector!) {
      utilizedEnvVarsOrError(repositorySelector: $selector) { __typename ... on EnvVarWithConsumersList { results { envVarName envVarConsumers { type name } } } ... on PythonError { message } }
      allTopLevelResourceDetailsOrError(repositorySelector: $selector) { __typename }
    }`;
    const found = await graphql<{ utilizedEnvVarsOrError: unknown }>(query, { selector: repository });
    expect(found.utilizedEnvVarsOrError).toEqual({
      __typename: "EnvVarWithConsumersList",
      results: [
        { envVarName: "REPORTING_API_TOKEN", envVarConsumers: [{ type: "RESOURCE", name: "reporting" }] },
      ],
    });
    const missing = await graphql<{
      utilizedEnvVarsOrError: unknown;
      allTopLevelResourceDetailsOrError: unknown;
    }>(query, { selector: { ...repository, repositoryName: "nope" } });
    expect(missing).toEqual({
      utilizedEnvVarsOrError: {
        __typename: "PythonError",
        message: "repositorySelector: Could not find Repository example.nope",
      },
      allTopLevelResourceDetailsOrError: { __typename: "RepositoryNotFoundError" },
    });
  });
});
