/**
 * Dagster's Python client against a deployment with tokens on: the documents DagsterGraphQLClient sends
 * (test/fixtures/dagster-client), with the token in the Dagster-Cloud-Api-Token header as
 * `DagsterGraphQLClient(..., headers={"Dagster-Cloud-Api-Token": token})` sends it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { dagsterClientDocument } from "../../fixtures/dagster-client/documents";
import { createToken, graphqlAs } from "./auth-app";

const submit = {
  executionParams: {
    selector: {
      repositoryLocationName: "example",
      repositoryName: "__repository__",
      pipelineName: "hello_job",
    },
    runConfigData: {},
    mode: "default",
    executionMetadata: { tags: [] },
  },
};

let launcher: string;
let viewer: string;
beforeAll(async () => {
  launcher = (await createToken({ name: "python-client", role: "LAUNCHER" })).secret;
  viewer = (await createToken({ name: "python-reader", role: "VIEWER" })).secret;
});

describe("DagsterGraphQLClient with a token in headers", () => {
  it("submits a job and reads its status; the run names the token as its launcher", async () => {
    const launched = await graphqlAs<{
      launchPipelineExecution: { __typename: string; run?: { runId: string } };
    }>({ apiTokenHeader: launcher }, dagsterClientDocument("GraphQLClientSubmitRun"), submit);
    expect(launched.body.data?.launchPipelineExecution.__typename).toBe("LaunchRunSuccess");
    const runId = launched.body.data?.launchPipelineExecution.run?.runId;
    const status = await graphqlAs<{ pipelineRunOrError: { __typename: string; status?: string } }>(
      { apiTokenHeader: launcher },
      dagsterClientDocument("GraphQLClientGetRunStatus"),
      { runId },
    );
    expect(status.body.data?.pipelineRunOrError).toMatchObject({
      __typename: "Run",
      status: expect.stringMatching(/^(QUEUED|STARTING|NOT_STARTED)$/),
    });
    const tags = await graphqlAs<{ runOrError: { tags: { key: string; value: string }[] } }>(
      { apiTokenHeader: launcher },
      `query ($id: ID!) { runOrError(runId: $id) { ... on Run { tags { key value } } } }`,
      { id: runId },
    );
    expect(tags.body.data?.runOrError.tags).toContainEqual({ key: "user", value: "token:python-client" });
  });

  it("is answered 401 without the header, as the client's transport reports it", async () => {
    const { status } = await graphqlAs({}, dagsterClientDocument("GraphQLClientGetJobNames"), {
      repositoryLocationName: "example",
      repositoryName: "__repository__",
    });
    expect(status).toBe(401);
  });

  it("gets UnauthorizedError (which the client raises) when the token's role may not launch", async () => {
    const refused = await graphqlAs<{ launchPipelineExecution: { __typename: string } }>(
      { apiTokenHeader: viewer },
      dagsterClientDocument("GraphQLClientSubmitRun"),
      submit,
    );
    expect(refused.body.data?.launchPipelineExecution.__typename).toBe("UnauthorizedError");
  });
});
