/**
 * pipelineSnapshotOrError, executionPlanOrError, graphOrError and instigationStatesOrError over the example
 * location, as Dagster's UI asks for them; every bad argument is answered in-band with the member naming it.
 */
import { describe, expect, it } from "vitest";
import { graphql } from "./graphql-client";

const repository = { repositoryLocationName: "example", repositoryName: "__repository__" };
const etl = { ...repository, pipelineName: "etl_job" };
type Typename = { __typename: string; message?: string };
const ETL_NODES = ["extract", "transform_a", "transform_b", "load"];

const SNAPSHOT = `query ($id: String, $selector: PipelineSelector) {
  pipelineSnapshotOrError(snapshotId: $id, activePipelineSelector: $selector) {
    __typename
    ... on PipelineSnapshot { name pipelineSnapshotId solidSelection solids { name } solidHandles { handleID } modes { resources { name } } }
    ... on PipelineSnapshotNotFoundError { snapshotId message }
    ... on PipelineNotFoundError { pipelineName message }
    ... on PythonError { message }
  }
}`;
type Snapshot = {
  __typename: string;
  name?: string;
  pipelineSnapshotId?: string;
  solidSelection?: string[] | null;
  solids?: { name: string }[];
  message?: string;
  snapshotId?: string;
};

describe("pipelineSnapshotOrError", () => {
  it("finds a job's snapshot by selector and by its id, with the same op graph", async () => {
    const bySelector = (await graphql<{ pipelineSnapshotOrError: Snapshot }>(SNAPSHOT, { selector: etl }))
      .pipelineSnapshotOrError;
    expect(bySelector).toMatchObject({
      __typename: "PipelineSnapshot",
      name: "etl_job",
      solidSelection: null,
    });
    expect(bySelector.solids?.map((solid) => solid.name)).toEqual(ETL_NODES);
    const byId = (
      await graphql<{ pipelineSnapshotOrError: Snapshot }>(SNAPSHOT, { id: bySelector.pipelineSnapshotId })
    ).pipelineSnapshotOrError;
    expect(byId).toEqual({ ...bySelector, solidSelection: null });
  });

  it("subsets the snapshot to a selector's solidSelection", async () => {
    const subset = (
      await graphql<{ pipelineSnapshotOrError: Snapshot }>(SNAPSHOT, {
        selector: { ...etl, solidSelection: ["extract"] },
      })
    ).pipelineSnapshotOrError;
    expect(subset.solids?.map((solid) => solid.name)).toEqual(["extract"]);
    expect(subset.solidSelection).toEqual(["extract"]);
  });

  it("answers an unknown id, an unknown job, a bad selection and a wrong argument combination in-band", async () => {
    const unknownId = (
      await graphql<{ pipelineSnapshotOrError: Snapshot }>(SNAPSHOT, { id: "no-such-snapshot" })
    ).pipelineSnapshotOrError;
    expect(unknownId).toMatchObject({
      __typename: "PipelineSnapshotNotFoundError",
      snapshotId: "no-such-snapshot",
    });
    const unknownJob = (
      await graphql<{ pipelineSnapshotOrError: Snapshot }>(SNAPSHOT, {
        selector: { ...etl, pipelineName: "nope" },
      })
    ).pipelineSnapshotOrError;
    expect(unknownJob).toMatchObject({
      __typename: "PipelineNotFoundError",
      message: "Could not find Pipeline example.__repository__.nope",
    });
    const badSelection = (
      await graphql<{ pipelineSnapshotOrError: Snapshot }>(SNAPSHOT, {
        selector: { ...etl, solidSelection: ["nope"] },
      })
    ).pipelineSnapshotOrError;
    expect(badSelection.__typename).toBe("PythonError");
    expect(badSelection.message).toMatch(/^activePipelineSelector\.solidSelection: .*nope/);
    for (const variables of [{}, { id: "x", selector: etl }]) {
      const both = (await graphql<{ pipelineSnapshotOrError: Snapshot }>(SNAPSHOT, variables))
        .pipelineSnapshotOrError;
      expect(both).toMatchObject({
        __typename: "PythonError",
        message: expect.stringMatching(/exactly one of the arguments snapshotId and activePipelineSelector/),
      });
    }
  });
});

const PLAN = `query ($pipeline: PipelineSelector!, $config: RunConfigData) {
  executionPlanOrError(pipeline: $pipeline, mode: "default", runConfigData: $config) {
    __typename
    ... on ExecutionPlan { artifactsPersisted steps { key kind inputs { name dependsOn { key } } } }
    ... on RunConfigValidationInvalid { pipelineName errors { reason message } }
    ... on PipelineNotFoundError { pipelineName }
    ... on InvalidSubsetError { message }
    ... on PythonError { message }
  }
}`;
type Plan = {
  __typename: string;
  steps?: { key: string; kind: string; inputs: { name: string; dependsOn: { key: string }[] }[] }[];
  errors?: { reason: string; message: string }[];
  message?: string;
  pipelineName?: string;
};
const plan = async (variables: Record<string, unknown>) =>
  (await graphql<{ executionPlanOrError: Plan }>(PLAN, variables)).executionPlanOrError;

describe("executionPlanOrError", () => {
  it("plans a job whose run config is valid, steps linked to the steps they read", async () => {
    const planned = await plan({
      pipeline: etl,
      config: { ops: { extract: { config: { source_url: "s3://b/a.csv" } } } },
    });
    expect(planned.__typename).toBe("ExecutionPlan");
    expect(planned.steps?.map((step) => [step.key, step.kind])).toEqual(
      ETL_NODES.map((key) => [key, "COMPUTE"]),
    );
    expect(planned.steps?.[1]?.inputs.flatMap((input) => input.dependsOn)).toEqual([{ key: "extract" }]);
  });

  it("shows a dynamic job's mapped and collecting steps as unresolved", async () => {
    const planned = await plan({ pipeline: { ...repository, pipelineName: "fan_out_job" } });
    const kinds = Object.fromEntries((planned.steps ?? []).map((step) => [step.key, step.kind]));
    expect(kinds).toMatchObject({
      split_chunks: "COMPUTE",
      "process[?]": "UNRESOLVED_MAPPED",
      merge: "UNRESOLVED_COLLECT",
    });
  });

  it("answers invalid run config, an unknown job and a bad selection in-band", async () => {
    const invalid = await plan({ pipeline: etl, config: { ops: { extract: { config: {} } } } });
    expect(invalid.__typename).toBe("RunConfigValidationInvalid");
    expect(invalid.errors?.map((error) => error.reason)).toContain("MISSING_REQUIRED_FIELD");
    expect(invalid.errors?.[0]?.message).toMatch(/source_url/);
    expect(await plan({ pipeline: { ...etl, pipelineName: "nope" } })).toEqual({
      __typename: "PipelineNotFoundError",
      pipelineName: "nope",
    });
    expect((await plan({ pipeline: { ...etl, solidSelection: ["nope"] } })).__typename).toBe(
      "InvalidSubsetError",
    );
  });
});

const GRAPH = `query ($selector: GraphSelector) {
  graphOrError(selector: $selector) {
    __typename
    ... on Graph { id name solids { name } solidHandles { handleID } }
    ... on GraphNotFoundError { graphName message }
    ... on PythonError { message }
  }
}`;

describe("graphOrError", () => {
  it("answers a job's graph with its ops, and an unknown graph or missing selector in-band", async () => {
    const found = (
      await graphql<{ graphOrError: { name: string; solids: { name: string }[] } & Typename }>(GRAPH, {
        selector: { ...repository, graphName: "etl_job" },
      })
    ).graphOrError;
    expect(found).toMatchObject({ __typename: "Graph", name: "etl_job" });
    expect(found.solids.map((solid) => solid.name)).toEqual(ETL_NODES);
    const missing = (
      await graphql<{ graphOrError: Typename }>(GRAPH, { selector: { ...repository, graphName: "nope" } })
    ).graphOrError;
    expect(missing).toEqual({
      __typename: "GraphNotFoundError",
      graphName: "nope",
      message: "Could not find Graph example.__repository__.nope",
    });
    const noSelector = (await graphql<{ graphOrError: Typename }>(GRAPH)).graphOrError;
    expect(noSelector).toEqual({
      __typename: "PythonError",
      message: expect.stringMatching(/argument selector is required/),
    });
  });
});

const STATES = `query ($id: String!) {
  instigationStatesOrError(repositoryID: $id) {
    __typename
    ... on InstigationStates { results { name instigationType status } }
    ... on PythonError { message }
  }
}`;

describe("instigationStatesOrError", () => {
  it("lists every schedule's and sensor's state of the repository named by Repository.id", async () => {
    const { repositoryOrError } = await graphql<{ repositoryOrError: { id: string } }>(
      `query ($selector: RepositorySelector!) { repositoryOrError(repositorySelector: $selector) { ... on Repository { id } } }`,
      { selector: repository },
    );
    const states = (
      await graphql<{
        instigationStatesOrError: {
          results: { name: string; instigationType: string; status: string }[];
        } & Typename;
      }>(STATES, { id: repositoryOrError.id })
    ).instigationStatesOrError;
    expect(states.__typename).toBe("InstigationStates");
    expect(states.results).toContainEqual({
      name: "every_minute",
      instigationType: "SCHEDULE",
      status: "STOPPED",
    });
    expect(states.results).toContainEqual(
      expect.objectContaining({ name: "file_sensor", instigationType: "SENSOR" }),
    );
  });

  it("answers a malformed or unknown repositoryID with a PythonError naming it", async () => {
    const malformed = (await graphql<{ instigationStatesOrError: Typename }>(STATES, { id: "no-at-sign" }))
      .instigationStatesOrError;
    expect(malformed).toEqual({
      __typename: "PythonError",
      message: expect.stringMatching(/^repositoryID: "no-at-sign" is not a repository id/),
    });
    const unknown = (await graphql<{ instigationStatesOrError: Typename }>(STATES, { id: "nope@example" }))
      .instigationStatesOrError;
    expect(unknown).toEqual({
      __typename: "PythonError",
      message: "repositoryID: Could not find Repository example.nope",
    });
  });
});
