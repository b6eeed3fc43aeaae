/**
 * Jobs through GraphQL as the UI and DagsterGraphQLClient read them: op graphs with fan-out and fan-in,
 * config schemas, run config validation with Dagster's typed errors, schedules and sensors.
 */
import { describe, expect, it } from "vitest";
import { graphql } from "./graphql";

const selector = (pipelineName: string, solidSelection?: string[]) => ({
  repositoryLocationName: "example",
  repositoryName: "__repository__",
  pipelineName,
  ...(solidSelection ? { solidSelection } : {}),
});

const PIPELINE = `query ($params: PipelineSelector!) {
  pipelineOrError(params: $params) {
    __typename
    ... on Pipeline {
      name isJob pipelineSnapshotId
      modes { name resources { name } }
      solids {
        name
        definition { name configField { isRequired configType { key ... on CompositeConfigType { fields { name isRequired } } } } }
        inputs { definition { name type { displayName } } dependsOn { solid { name } definition { name } } }
        outputs { definition { name } dependedBy { solid { name } } }
      }
    }
    ... on PipelineNotFoundError { message pipelineName }
    ... on InvalidSubsetError { message }
    ... on PythonError { message }
  }
}`;

type Solid = {
  name: string;
  definition: {
    name: string;
    configField: {
      isRequired: boolean;
      configType: { key: string; fields?: { name: string; isRequired: boolean }[] };
    } | null;
  };
  inputs: {
    definition: { name: string; type: { displayName: string } };
    dependsOn: { solid: { name: string } }[];
  }[];
  outputs: { definition: { name: string }; dependedBy: { solid: { name: string } }[] }[];
};
type PipelineResult = {
  pipelineOrError: {
    __typename: string;
    name: string;
    isJob: boolean;
    pipelineSnapshotId: string;
    message?: string;
    solids: Solid[];
  };
};

describe("pipelineOrError", () => {
  it("returns etl_job's op graph with fan-out, aliases and fan-in", async () => {
    const { pipelineOrError: job } = await graphql<PipelineResult>(PIPELINE, { params: selector("etl_job") });
    expect(job.__typename).toBe("Pipeline");
    expect(job.isJob).toBe(true);
    expect(job.pipelineSnapshotId).toMatch(/\w{8,}/);
    const solids = Object.fromEntries(job.solids.map((solid) => [solid.name, solid]));
    expect(job.solids.map((solid) => solid.name)[0]).toBe("extract");
    expect(Object.keys(solids).sort()).toEqual(["extract", "load", "transform_a", "transform_b"]);

    expect(solids.transform_a?.definition.name).toBe("transform");
    expect(solids.transform_b?.definition.name).toBe("transform");
    const fanOut = solids.extract?.outputs
      .flatMap((output) => output.dependedBy.map((input) => input.solid.name))
      .sort();
    expect(fanOut).toEqual(["transform_a", "transform_b"]);
    const fanIn = solids.load?.inputs
      .flatMap((input) => input.dependsOn.map((output) => output.solid.name))
      .sort();
    expect(fanIn).toEqual(["transform_a", "transform_b"]);

    const extractConfig = solids.extract?.definition.configField;
    expect(extractConfig?.isRequired).toBe(true);
    expect(extractConfig?.configType.fields).toEqual(
      expect.arrayContaining([
        { name: "source_url", isRequired: true },
        { name: "limit", isRequired: false },
      ]),
    );
  });

  it("subsets the graph by op selection and rejects a selection naming no op", async () => {
    const { pipelineOrError: subset } = await graphql<PipelineResult>(PIPELINE, {
      params: selector("etl_job", ["transform_a*"]),
    });
    expect(subset.solids.map((solid) => solid.name)).toEqual(["transform_a", "load"]);

    const { pipelineOrError: invalid } = await graphql<PipelineResult>(PIPELINE, {
      params: selector("etl_job", ["no_such_op"]),
    });
    expect(invalid.__typename).toBe("InvalidSubsetError");
    expect(invalid.message).toContain("no_such_op");
  });

  it("answers PipelineNotFoundError for an unknown job", async () => {
    const { pipelineOrError } = await graphql<PipelineResult>(PIPELINE, { params: selector("nope_job") });
    expect(pipelineOrError).toMatchObject({
      __typename: "PipelineNotFoundError",
      pipelineName: "nope_job",
      message: "Could not find Pipeline example.__repository__.nope_job",
    });
  });
});

describe("run config", () => {
  it("serves etl_job's config schema and a default YAML to start from", async () => {
    const data = await graphql<{
      runConfigSchemaOrError: {
        __typename: string;
        rootDefaultYaml: string;
        rootConfigType: { key: string; fields: { name: string; isRequired: boolean }[] };
        allConfigTypes: { key: string; __typename: string }[];
      };
    }>(
      `query ($selector: PipelineSelector!) {
        runConfigSchemaOrError(selector: $selector) {
          __typename
          ... on RunConfigSchema {
            rootDefaultYaml
            rootConfigType { key ... on CompositeConfigType { fields { name isRequired } } }
            allConfigTypes { __typename key }
          }
        }
      }`,
      { selector: selector("etl_job") },
    );
    const schema = data.runConfigSchemaOrError;
    expect(schema.__typename).toBe("RunConfigSchema");
    expect(schema.rootConfigType.fields).toEqual(expect.arrayContaining([{ name: "ops", isRequired: true }]));
    expect(schema.rootDefaultYaml).toContain("source_url");
    const keys = schema.allConfigTypes.map((type) => type.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(schema.rootConfigType.key);
  });

  const VALIDATE = `query ($pipeline: PipelineSelector!, $runConfigData: RunConfigData) {
    isPipelineConfigValid(pipeline: $pipeline, mode: "default", runConfigData: $runConfigData) {
      __typename
      ... on PipelineConfigValidationValid { pipelineName }
      ... on RunConfigValidationInvalid {
        pipelineName
        errors {
          __typename message path reason
          stack { entries { __typename ... on EvaluationStackPathEntry { fieldName } } }
          ... on MissingFieldConfigError { field { name } }
          ... on FieldNotDefinedConfigError { fieldName }
          ... on RuntimeMismatchConfigError { valueRep }
        }
      }
      ... on PipelineNotFoundError { message }
      ... on PythonError { message }
    }
  }`;
  type Validation = {
    isPipelineConfigValid: {
      __typename: string;
      pipelineName?: string;
      errors?: {
        __typename: string;
        message: string;
        path: string[];
        reason: string;
        fieldName?: string;
        field?: { name: string };
      }[];
    };
  };

  it("accepts a valid run config given as JSON or as YAML text", async () => {
    const json = await graphql<Validation>(VALIDATE, {
      pipeline: selector("etl_job"),
      runConfigData: { ops: { extract: { config: { source_url: "s3://bucket/a.csv" } } } },
    });
    expect(json.isPipelineConfigValid).toEqual({
      __typename: "PipelineConfigValidationValid",
      pipelineName: "etl_job",
    });
    const yamlText = "ops:\n  extract:\n    config:\n      source_url: s3://bucket/a.csv\n      limit: 3\n";
    const yaml = await graphql<Validation>(VALIDATE, {
      pipeline: selector("etl_job"),
      runConfigData: yamlText,
    });
    expect(yaml.isPipelineConfigValid.__typename).toBe("PipelineConfigValidationValid");
  });

  it("reports every problem at once with Dagster's typed errors and paths", async () => {
    const data = await graphql<Validation>(VALIDATE, {
      pipeline: selector("etl_job"),
      runConfigData: { ops: { extract: { config: { limit: "ten", sourc_url: "x" } } } },
    });
    const result = data.isPipelineConfigValid;
    expect(result.__typename).toBe("RunConfigValidationInvalid");
    const byReason = Object.fromEntries((result.errors ?? []).map((error) => [error.reason, error]));
    expect(byReason.MISSING_REQUIRED_FIELD).toMatchObject({
      __typename: "MissingFieldConfigError",
      field: { name: "source_url" },
      path: ["ops", "extract", "config"],
    });
    expect(byReason.FIELD_NOT_DEFINED).toMatchObject({
      __typename: "FieldNotDefinedConfigError",
      fieldName: "sourc_url",
    });
    expect(byReason.RUNTIME_TYPE_MISMATCH).toMatchObject({
      __typename: "RuntimeMismatchConfigError",
      path: ["ops", "extract", "config", "limit"],
    });
    for (const error of result.errors ?? []) expect(error.message).toContain("extract");
  });

  it("reports a missing required section for an empty config, and unknown jobs in-band", async () => {
    const empty = await graphql<Validation>(VALIDATE, { pipeline: selector("etl_job"), runConfigData: {} });
    expect(empty.isPipelineConfigValid.__typename).toBe("RunConfigValidationInvalid");
    expect(empty.isPipelineConfigValid.errors?.[0]?.reason).toMatch(/MISSING_REQUIRED_FIELD/);
    const hello = await graphql<Validation>(VALIDATE, {
      pipeline: selector("hello_job"),
      runConfigData: null,
    });
    expect(hello.isPipelineConfigValid.__typename).toBe("PipelineConfigValidationValid");
    const unknown = await graphql<Validation>(VALIDATE, {
      pipeline: selector("nope_job"),
      runConfigData: {},
    });
    expect(unknown.isPipelineConfigValid.__typename).toBe("PipelineNotFoundError");
  });
});

describe("schedules and sensors", () => {
  it("lists the example schedule with its timezone, state and future ticks", async () => {
    const data = await graphql<{
      repositoryOrError: {
        schedules: {
          name: string;
          cronSchedule: string;
          executionTimezone: string;
          pipelineName: string;
          scheduleState: { status: string; instigationType: string };
          futureTicks: { results: { timestamp: number }[] };
        }[];
        sensors: {
          name: string;
          minIntervalSeconds: number;
          targets: { pipelineName: string }[];
          sensorState: { status: string };
        }[];
      };
    }>(
      `{ repositoryOrError(repositorySelector: { repositoryLocationName: "example", repositoryName: "__repository__" }) {
          ... on Repository {
            schedules { name cronSchedule executionTimezone pipelineName scheduleState { status instigationType } futureTicks(limit: 3) { results { timestamp } } }
            sensors { name minIntervalSeconds targets { pipelineName } sensorState { status } }
          }
      } }`,
    );
    const schedule = data.repositoryOrError.schedules.find((candidate) => candidate.name === "every_minute");
    expect(schedule).toMatchObject({
      cronSchedule: "* * * * *",
      executionTimezone: "Europe/Berlin",
      pipelineName: "hello_job",
      scheduleState: { status: "STOPPED", instigationType: "SCHEDULE" },
    });
    const ticks = schedule?.futureTicks.results.map((tick) => tick.timestamp) ?? [];
    expect(ticks).toHaveLength(3);
    expect(ticks[1]! - ticks[0]!).toBe(60);
    expect(ticks[0]! % 60).toBe(0);

    const sensor = data.repositoryOrError.sensors.find((candidate) => candidate.name === "file_sensor");
    expect(sensor).toMatchObject({
      targets: [{ pipelineName: "etl_job" }],
      sensorState: { status: "STOPPED" },
    });
    expect(sensor?.minIntervalSeconds).toBeGreaterThan(0);
  });
});
