/**
 * Dagster's Python client against the running system, with the Python side it really has: graphql-core 3.2
 * builds our schema from introspection and validates the client's documents before each is sent (graphql-js
 * accepts schemas graphql-core 3.2 rejects, so only Python can prove this). dagster-graphql itself cannot
 * be installed here (no PyPI), so python/dagster_client.py replays its calls with graphql-core and urllib,
 * reading each answer as the client's Python code does.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { DAGSTER_CLIENT_DOCUMENTS } from "../fixtures/dagster-client/documents";
import { graphql } from "./graphql";
import { graphqlCorePython } from "./graphql-core-python";
import { waitForStatus } from "./run-helpers";

const CLIENT_SCRIPT = join(import.meta.dirname, "python", "dagster_client.py");

/** What the client script prints: a method's return value, or the DagsterGraphQLClientError it raised. */
type ClientAnswer<T> =
  | { result: T; error?: undefined }
  | { result?: undefined; error: { args: unknown[]; body: unknown; cause: string | null } };

let python: string;

/** One client method called from a fresh Python process, so each call introspects and validates anew. */
async function callClient<T = unknown>(
  method: string,
  kwargs: Record<string, unknown> = {},
): Promise<ClientAnswer<T>> {
  const { stdout } = await promisify(execFile)(
    python,
    [CLIENT_SCRIPT, `${inject("webserverUrl")}/graphql`, method, JSON.stringify(kwargs)],
    {
      timeout: 60_000,
    },
  );
  return JSON.parse(stdout) as ClientAnswer<T>;
}

async function succeeds<T>(method: string, kwargs: Record<string, unknown> = {}): Promise<T> {
  const answer = await callClient<T>(method, kwargs);
  expect(answer.error, `${method} raised`).toBeUndefined();
  return answer.result as T;
}

async function raises(method: string, kwargs: Record<string, unknown> = {}): Promise<unknown[]> {
  const answer = await callClient(method, kwargs);
  expect(answer.error, `${method} should raise DagsterGraphQLClientError`).toBeDefined();
  return answer.error?.args ?? [];
}

beforeAll(() => {
  python = graphqlCorePython();
});

describe("Dagster's Python client (graphql-core 3.2)", () => {
  it("builds our schema from introspection with Dagster's directives, and every client document validates", async () => {
    const summary = await succeeds<{
      graphqlCore: string;
      types: number;
      directives: Record<string, string[]>;
      documents: Record<string, string[]>;
    }>("schema");
    console.log(
      `graphql-core ${summary.graphqlCore} built the schema: ${summary.types} types, directives ${JSON.stringify(summary.directives)}`,
    );
    expect(summary.graphqlCore).toMatch(/^3\.2\./);
    expect(summary.directives).toEqual({
      include: ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"],
      skip: ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"],
      deprecated: ["FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE"],
      specifiedBy: ["SCALAR"],
    });
    expect(Object.keys(summary.documents).sort()).toEqual(Object.keys(DAGSTER_CLIENT_DOCUMENTS).sort());
    expect(Object.keys(summary.documents)).toHaveLength(7);
    for (const [operation, errors] of Object.entries(summary.documents))
      expect(errors, operation).toEqual([]);
  });

  it("submit_job_execution finds the job's location, launches it, and get_run_status follows it to SUCCESS", async () => {
    const runId = await succeeds<string>("submit_job_execution", {
      job_name: "hello_job",
      tags: { team: "data" },
    });
    expect(runId).toMatch(/^[0-9a-f-]{36}$/);
    await waitForStatus(runId, ["SUCCESS", "FAILURE"]);
    expect(await succeeds("get_run_status", { run_id: runId })).toBe("SUCCESS");
    const tags = await graphql<{ runOrError: { tags: { key: string; value: string }[] } }>(
      "query ($runId: ID!) { runOrError(runId: $runId) { ... on Run { tags { key value } } } }",
      { runId },
    );
    expect(tags.runOrError.tags).toContainEqual({ key: "team", value: "data" });
  });

  it("raises the client's errors for an unknown job, bad run config and an unknown run", async () => {
    expect(await raises("submit_job_execution", { job_name: "nope_job" })).toEqual([
      "JobNotFoundError",
      "No jobs with the name `nope_job` exist",
    ]);
    const [kind, errors] = await raises("submit_job_execution", {
      job_name: "etl_job",
      repository_location_name: "example",
      repository_name: "__repository__",
      run_config: { ops: { extract: { config: { limit: "ten" } } } },
    });
    expect(kind).toBe("RunConfigValidationInvalid");
    expect((errors as { reason: string }[]).map((error) => error.reason).sort()).toEqual([
      "MISSING_REQUIRED_FIELD",
      "RUNTIME_TYPE_MISMATCH",
    ]);
    expect(await raises("get_run_status", { run_id: "no-such-run" })).toEqual([
      "RunNotFoundError",
      "Run no-such-run could not be found.",
    ]);
  });

  it("terminate_run stops a running job; terminate_runs reports what it could not terminate", async () => {
    const runId = await succeeds<string>("submit_job_execution", {
      job_name: "slow_job",
      repository_location_name: "example",
      repository_name: "__repository__",
      run_config: { ops: { slow_op: { config: { seconds: 20 } } } },
    });
    await waitForStatus(runId, ["STARTED"]);
    expect(await succeeds("terminate_run", { run_id: runId })).toBeNull();
    expect(await waitForStatus(runId, ["CANCELED", "SUCCESS", "FAILURE"], 20_000)).toBe("CANCELED");
    expect(await raises("terminate_run", { run_id: "no-such-run" })).toEqual([
      "RunNotFoundError",
      "Run Id no-such-run not found",
    ]);
    const [kind, message] = await raises("terminate_runs", { run_ids: [runId, "no-such-run"] });
    expect(kind).toBe("TerminateRunsError");
    expect(message).toBe(
      `All run terminations failed: [('TerminateRunFailure', 'Run ${runId} could not be terminated due to having status CANCELED.'), ('RunNotFoundError', 'Run no-such-run could not be found.')]`,
    );
  });

  it("reload_repository_location answers SUCCESS, or FAILURE with the reason", async () => {
    expect(await succeeds("reload_repository_location", { repository_location_name: "example" })).toEqual({
      status: "SUCCESS",
    });
    const broken = await succeeds<{ status: string; failure_type: string; message: string }>(
      "reload_repository_location",
      { repository_location_name: "broken" },
    );
    expect(broken).toMatchObject({ status: "FAILURE", failure_type: "PythonError" });
    expect(broken.message).toMatch(/cycle/i);
    expect(await succeeds("reload_repository_location", { repository_location_name: "nowhere" })).toEqual({
      status: "FAILURE",
      failure_type: "RepositoryLocationNotFound",
      message: "Location nowhere does not exist.",
    });
  });

  it("shutdown_repository_location drops a location's loaded state, which the next use reloads", async () => {
    const versionKey = async () =>
      (
        await graphql<{
          workspaceLocationEntryOrError: { versionKey: string; locationOrLoadError: { __typename: string } };
        }>(
          '{ workspaceLocationEntryOrError(name: "example") { ... on WorkspaceLocationEntry { versionKey locationOrLoadError { __typename } } } }',
        )
      ).workspaceLocationEntryOrError;
    const before = await versionKey();
    expect(await succeeds("shutdown_repository_location", { repository_location_name: "example" })).toEqual({
      status: "SUCCESS",
    });
    const after = await versionKey();
    expect(after.locationOrLoadError.__typename).toBe("RepositoryLocation");
    expect(after.versionKey).not.toBe(before.versionKey);
    // The reloaded location runs jobs as before.
    const runId = await succeeds<string>("submit_job_execution", { job_name: "hello_job" });
    expect(await waitForStatus(runId, ["SUCCESS", "FAILURE"])).toBe("SUCCESS");
  });

  it("shutdown_repository_location answers FAILURE for an unknown location and one that failed to load", async () => {
    expect(await succeeds("shutdown_repository_location", { repository_location_name: "nowhere" })).toEqual({
      status: "FAILURE",
      message: "Location nowhere does not exist.",
    });
    await graphql('mutation { reloadRepositoryLocation(repositoryLocationName: "broken") { __typename } }');
    const broken = await succeeds<{ status: string; message: string }>("shutdown_repository_location", {
      repository_location_name: "broken",
    });
    expect(broken.status).toBe("FAILURE");
    expect(broken.message).toMatch(
      /^Location broken cannot be shut down: it failed to load \(.*cycle.*\); reload it instead\.$/is,
    );
  });
});
