/**
 * Shutting a code location down (Dagster's shutdownRepositoryLocation) over real D1 with the example
 * location bound: first the workspace operation itself, then through GraphQL with the document
 * DagsterGraphQLClient sends. Shutting down drops the loaded state, so the next use (from any isolate)
 * reloads the location; a location that cannot be shut down answers in-band.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createInstance } from "../../shared/instance/instance";
import { yoga } from "../../workers/webserver/graphql/yoga";
import { configSources } from "../../workers/instance-host/get-instance";
import { dagsterClientDocument } from "../fixtures/dagster-client/documents";

/** The Worker has no NO_SUCH_LOCATION binding, so that location always fails to load. */
const WORKSPACE_YAML = `load_from:
  - service_binding: { binding: EXAMPLE_LOCATION, location_name: example }
  - service_binding: { binding: NO_SUCH_LOCATION, location_name: unbound }
`;

const workerEnv = { ...env };
/** A new instance is what another isolate (or the daemon) has: nothing cached but what storage holds. */
const newInstance = () =>
  createInstance(
    { ...configSources(workerEnv), workspace: { text: WORKSPACE_YAML, source: "DAGFLARE_WORKSPACE_YAML" } },
    workerEnv,
  );

describe("Workspace.shutdown", () => {
  it("drops a loaded location's stored snapshot, and the next use reloads it", async () => {
    const { workspace, storage } = newInstance();
    const loaded = await workspace.reload("example");
    expect(loaded.snapshot?.jobs.map((job) => job.name)).toContain("hello_job");

    expect(await workspace.shutdown("example")).toEqual({ kind: "shut_down" });
    expect(await storage.codeLocations.getLocation("example")).toBeNull();

    const next = await newInstance().workspace.entry("example");
    expect(next?.versionKey).not.toBe(loaded.versionKey);
    expect(next?.snapshot?.jobs.map((job) => job.name)).toContain("hello_job");
    expect((await storage.codeLocations.getLocation("example"))?.versionKey).toBe(next?.versionKey);
  });

  it("succeeds again for a location already shut down, so a repeated request gets the same answer", async () => {
    const { workspace, storage } = newInstance();
    await workspace.reload("example");
    expect(await workspace.shutdown("example")).toEqual({ kind: "shut_down" });
    expect(await workspace.shutdown("example")).toEqual({ kind: "shut_down" });
    expect(await storage.codeLocations.getLocation("example")).toBeNull();
  });

  it("leaves other locations' stored state alone", async () => {
    const { workspace, storage } = newInstance();
    const unbound = await workspace.reload("unbound");
    await workspace.reload("example");
    await workspace.shutdown("example");
    expect(await storage.codeLocations.getLocation("unbound")).toEqual(unbound);
  });

  it("answers not_found for a name outside the workspace without touching storage", async () => {
    const { workspace, storage } = newInstance();
    await workspace.entries();
    const before = await storage.codeLocations.listLocations();
    expect(await workspace.shutdown("nowhere")).toEqual({ kind: "not_found" });
    expect(await storage.codeLocations.listLocations()).toEqual(before);
  });

  it("refuses a location whose last load failed and keeps its load error", async () => {
    const { workspace, storage } = newInstance();
    const failed = await workspace.reload("unbound");
    expect(failed.loadError).not.toBeNull();
    const outcome = await workspace.shutdown("unbound");
    expect(outcome).toEqual({
      kind: "not_supported",
      message: `Location unbound cannot be shut down: it failed to load (${failed.loadError?.message}); reload it instead.`,
    });
    expect(await storage.codeLocations.getLocation("unbound")).toEqual(failed);
  });
});

describe("shutdownRepositoryLocation over GraphQL", () => {
  const SHUTDOWN = `mutation ($name: String!) {
    shutdownRepositoryLocation(repositoryLocationName: $name) {
      __typename
      ... on ShutdownRepositoryLocationSuccess { repositoryLocationName }
      ... on RepositoryLocationNotFound { message }
      ... on PythonError { message className }
    }
  }`;

  async function post<T>(
    instance: ReturnType<typeof newInstance>,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<T> {
    const response = await yoga.fetch(
      "http://dagflare/graphql",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      },
      { instance, instigatorsChanged: () => undefined },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  it("answers ShutdownRepositoryLocationSuccess with the location's name and drops its snapshot", async () => {
    const instance = newInstance();
    await instance.workspace.reload("example");
    const data = await post<{ shutdownRepositoryLocation: unknown }>(instance, SHUTDOWN, { name: "example" });
    expect(data.shutdownRepositoryLocation).toEqual({
      __typename: "ShutdownRepositoryLocationSuccess",
      repositoryLocationName: "example",
    });
    expect(await instance.storage.codeLocations.getLocation("example")).toBeNull();
  });

  it("answers RepositoryLocationNotFound and PythonError in-band", async () => {
    const instance = newInstance();
    const missing = await post<{ shutdownRepositoryLocation: unknown }>(instance, SHUTDOWN, {
      name: "nowhere",
    });
    expect(missing.shutdownRepositoryLocation).toEqual({
      __typename: "RepositoryLocationNotFound",
      message: "Location nowhere does not exist.",
    });
    await instance.workspace.reload("unbound");
    const refused = await post<{
      shutdownRepositoryLocation: { __typename: string; message: string; className: string };
    }>(instance, SHUTDOWN, { name: "unbound" });
    expect(refused.shutdownRepositoryLocation).toMatchObject({
      __typename: "PythonError",
      className: "Exception",
    });
    expect(refused.shutdownRepositoryLocation.message).toMatch(
      /^Location unbound cannot be shut down: it failed to load/,
    );
  });

  it("answers DagsterGraphQLClient's GraphQLClientShutdownCodeLocation document", async () => {
    const instance = newInstance();
    await instance.workspace.reload("example");
    const document = dagsterClientDocument("GraphQLClientShutdownCodeLocation");
    const data = await post<{ shutdownRepositoryLocation: unknown }>(instance, document, {
      repositoryLocationName: "example",
    });
    // The client selects only __typename on success and reads SUCCESS from it.
    expect(data.shutdownRepositoryLocation).toEqual({ __typename: "ShutdownRepositoryLocationSuccess" });
  });
});
