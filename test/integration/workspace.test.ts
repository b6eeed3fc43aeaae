/**
 * The workspace as a Dagster client sees it over HTTP: the example location loaded by service binding,
 * a broken location (definitions with a cycle, served over HTTP) and an unreachable URL shown as load
 * errors beside it, reloads, and /server_info.
 */
import { describe, expect, inject, it } from "vitest";
import { graphql } from "./graphql";

const EXAMPLE_JOBS = [
  "chain_job",
  "etl_job",
  "failing_job",
  "fan_out_job",
  "hello_job",
  "hooks_job",
  "optional_branch_job",
  "pooled_job",
  "report_job",
  "retry_job",
  "slow_job",
];

describe("webserver basics", () => {
  it("answers /server_info with Dagster's keys", async () => {
    const response = await fetch(`${inject("webserverUrl")}/server_info`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, string>;
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining(["dagster_webserver_version", "dagster_version", "dagster_graphql_version"]),
    );
  });

  it("serves version and instance over GraphQL", async () => {
    const data = await graphql<{
      version: string;
      instance: {
        runQueuingSupported: boolean;
        runLauncher: { name: string };
        runQueueConfig: { maxConcurrentRuns: number };
      };
    }>(
      "{ version instance { runQueuingSupported runLauncher { name } runQueueConfig { maxConcurrentRuns } } }",
    );
    expect(data.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(data.instance).toEqual({
      runQueuingSupported: true,
      runLauncher: { name: "DurableObjectRunLauncher" },
      runQueueConfig: { maxConcurrentRuns: 10 },
    });
  });

  it("rejects an invalid document with HTTP 400 and top-level errors", async () => {
    const response = await fetch(`${inject("webserverUrl")}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ noSuchField }" }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toContain("noSuchField");
  });
});

describe("workspace", () => {
  const WORKSPACE = `{
    workspaceOrError {
      __typename
      ... on Workspace {
        locationEntries {
          id name loadStatus
          displayMetadata { key value }
          locationOrLoadError {
            __typename
            ... on RepositoryLocation { name repositories { name pipelines { name } } }
            ... on PythonError { message }
          }
        }
      }
    }
  }`;

  type Entry = {
    name: string;
    loadStatus: string;
    displayMetadata: { key: string; value: string }[];
    locationOrLoadError: {
      __typename: string;
      message?: string;
      repositories?: { name: string; pipelines: { name: string }[] }[];
    };
  };

  it("lists every location, the broken ones as load errors beside the good one", async () => {
    const data = await graphql<{ workspaceOrError: { __typename: string; locationEntries: Entry[] } }>(
      WORKSPACE,
    );
    expect(data.workspaceOrError.__typename).toBe("Workspace");
    const byName = Object.fromEntries(
      data.workspaceOrError.locationEntries.map((entry) => [entry.name, entry]),
    );
    expect(Object.keys(byName)).toEqual(["example", "broken", "unreachable"]);

    const example = byName.example as Entry;
    expect(example.loadStatus).toBe("LOADED");
    expect(example.displayMetadata).toEqual([{ key: "service_binding", value: "EXAMPLE_LOCATION" }]);
    expect(example.locationOrLoadError.__typename).toBe("RepositoryLocation");
    expect(example.locationOrLoadError.repositories?.[0]?.name).toBe("__repository__");
    expect(example.locationOrLoadError.repositories?.[0]?.pipelines.map((job) => job.name)).toEqual(
      EXAMPLE_JOBS,
    );

    expect(byName.broken?.locationOrLoadError.__typename).toBe("PythonError");
    expect(byName.broken?.locationOrLoadError.message).toMatch(/cycle/i);
    expect(byName.unreachable?.locationOrLoadError.__typename).toBe("PythonError");
    expect(byName.unreachable?.locationOrLoadError.message).toContain("unreachable");
  });

  it("reports location statuses", async () => {
    const data = await graphql<{
      locationStatusesOrError: { entries: { name: string; loadStatus: string; updateTimestamp: number }[] };
    }>(
      "{ locationStatusesOrError { __typename ... on WorkspaceLocationStatusEntries { entries { name loadStatus updateTimestamp } } } }",
    );
    expect(data.locationStatusesOrError.entries.map((entry) => entry.name)).toEqual([
      "example",
      "broken",
      "unreachable",
    ]);
    for (const entry of data.locationStatusesOrError.entries)
      expect(entry.updateTimestamp).toBeGreaterThan(1_700_000_000);
  });

  it("answers DagsterGraphQLClient's job-name query (GraphQLClientGetJobNames)", async () => {
    const data = await graphql<{
      repositoriesOrError: {
        __typename: string;
        nodes: { name: string; location: { name: string }; pipelines: { name: string }[] }[];
      };
    }>(
      `query GraphQLClientGetJobNames {
        repositoriesOrError {
          __typename
          ... on RepositoryConnection { nodes { name location { name } pipelines { name } } }
          ... on PythonError { message }
        }
      }`,
    );
    expect(data.repositoriesOrError.__typename).toBe("RepositoryConnection");
    expect(data.repositoriesOrError.nodes).toEqual([
      {
        name: "__repository__",
        location: { name: "example" },
        pipelines: EXAMPLE_JOBS.map((name) => ({ name })),
      },
    ]);
  });

  it("finds a repository by selector and says which one is missing", async () => {
    const query = `query ($selector: RepositorySelector!) {
      repositoryOrError(repositorySelector: $selector) {
        __typename
        ... on Repository { name jobs { name } schedules { name } sensors { name } }
        ... on RepositoryNotFoundError { message repositoryName repositoryLocationName }
        ... on PythonError { message }
      }
    }`;
    const found = await graphql<{
      repositoryOrError: {
        __typename: string;
        jobs: { name: string }[];
        schedules: { name: string }[];
        sensors: { name: string }[];
      };
    }>(query, {
      selector: { repositoryLocationName: "example", repositoryName: "__repository__" },
    });
    expect(found.repositoryOrError.__typename).toBe("Repository");
    expect(found.repositoryOrError.jobs.map((job) => job.name)).toEqual(EXAMPLE_JOBS);
    expect(found.repositoryOrError.schedules.map((schedule) => schedule.name)).toContain("every_minute");
    expect(found.repositoryOrError.sensors.map((sensor) => sensor.name)).toContain("file_sensor");

    const missing = await graphql<{ repositoryOrError: { __typename: string; message: string } }>(query, {
      selector: { repositoryLocationName: "example", repositoryName: "nope" },
    });
    expect(missing.repositoryOrError).toMatchObject({
      __typename: "RepositoryNotFoundError",
      message: "Could not find Repository example.nope",
    });

    const broken = await graphql<{ repositoryOrError: { __typename: string; message: string } }>(query, {
      selector: { repositoryLocationName: "broken", repositoryName: "__repository__" },
    });
    expect(broken.repositoryOrError.__typename).toBe("PythonError");
  });

  it("reloads one location (DagsterGraphQLClient's GraphQLClientReloadCodeLocation) and the whole workspace", async () => {
    const reload = `mutation GraphQLClientReloadCodeLocation($repositoryLocationName: String!) {
      reloadRepositoryLocation(repositoryLocationName: $repositoryLocationName) {
        __typename
        ... on WorkspaceLocationEntry {
          name updatedTimestamp
          locationOrLoadError { __typename ... on RepositoryLocation { isReloadSupported repositories { name } } ... on PythonError { message } }
        }
        ... on ReloadNotSupported { message }
        ... on RepositoryLocationNotFound { message }
      }
    }`;
    type Reload = {
      reloadRepositoryLocation: {
        __typename: string;
        name?: string;
        updatedTimestamp?: number;
        message?: string;
        locationOrLoadError?: { __typename: string; isReloadSupported?: boolean };
      };
    };
    const before = await graphql<{ workspaceLocationEntryOrError: { updatedTimestamp: number } }>(
      '{ workspaceLocationEntryOrError(name: "example") { ... on WorkspaceLocationEntry { updatedTimestamp } } }',
    );
    const reloaded = await graphql<Reload>(reload, { repositoryLocationName: "example" });
    expect(reloaded.reloadRepositoryLocation).toMatchObject({
      __typename: "WorkspaceLocationEntry",
      name: "example",
      locationOrLoadError: { __typename: "RepositoryLocation", isReloadSupported: true },
    });
    expect(reloaded.reloadRepositoryLocation.updatedTimestamp).toBeGreaterThanOrEqual(
      before.workspaceLocationEntryOrError.updatedTimestamp,
    );

    const unknown = await graphql<Reload>(reload, { repositoryLocationName: "nowhere" });
    expect(unknown.reloadRepositoryLocation).toEqual({
      __typename: "RepositoryLocationNotFound",
      message: "Location nowhere does not exist.",
    });

    const broken = await graphql<Reload>(reload, { repositoryLocationName: "broken" });
    expect(broken.reloadRepositoryLocation.locationOrLoadError?.__typename).toBe("PythonError");

    const workspace = await graphql<{
      reloadWorkspace: { __typename: string; locationEntries: { name: string }[] };
    }>("mutation { reloadWorkspace { __typename ... on Workspace { locationEntries { name } } } }");
    expect(workspace.reloadWorkspace.locationEntries.map((entry) => entry.name)).toEqual([
      "example",
      "broken",
      "unreachable",
    ]);
  });
});
