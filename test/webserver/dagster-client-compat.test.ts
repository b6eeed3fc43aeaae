/**
 * DagsterGraphQLClient first fetches our schema by introspection and validates every document locally
 * before sending it; a schema it cannot build, or a document that does not validate against it, breaks
 * the client before any resolver runs. This replays what it does with graphql-js; the integration test
 * dagster-python-client.test.ts does it with graphql-core 3.2, which is stricter about directives.
 */
import { SELF } from "cloudflare:test";
import { buildClientSchema, getIntrospectionQuery, parse, validate, type IntrospectionQuery } from "graphql";
import { describe, expect, it } from "vitest";
import { DAGSTER_CLIENT_DOCUMENTS } from "../fixtures/dagster-client/documents";

async function introspect(): Promise<IntrospectionQuery> {
  const response = await SELF.fetch("http://dagflare/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }) }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: IntrospectionQuery };
  return body.data;
}

describe("Dagster client compatibility", () => {
  it("builds a client schema from introspection and validates the client's documents against it", async () => {
    const schema = buildClientSchema(await introspect());
    expect(Object.keys(DAGSTER_CLIENT_DOCUMENTS)).toHaveLength(7);
    for (const [name, document] of Object.entries(DAGSTER_CLIENT_DOCUMENTS)) {
      expect(validate(schema, parse(document)), name).toEqual([]);
    }
  });

  it("introspects Dagster's directives only, on the locations graphql-core 3.2 knows", async () => {
    const { directives } = (await introspect()).__schema;
    expect(Object.fromEntries(directives.map((directive) => [directive.name, directive.locations]))).toEqual({
      include: ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"],
      skip: ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"],
      deprecated: ["FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE"],
      specifiedBy: ["SCALAR"],
    });
  });

  it("keeps message String! on every Error implementation (the client merges sibling selections)", async () => {
    const schema = buildClientSchema(await introspect());
    const errorInterface = schema.getType("Error");
    expect(errorInterface).toBeDefined();
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        !("getInterfaces" in type) ||
        !type.getInterfaces().some((implemented) => implemented.name === "Error")
      )
        continue;
      expect(String(type.getFields().message?.type), type.name).toBe("String!");
    }
  });

  it("serves pipelineRunsOrError as the legacy twin of runsOrError", async () => {
    const response = await SELF.fetch("http://dagflare/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "{ pipelineRunsOrError(limit: 1) { __typename ... on Runs { results { runId } } } }",
      }),
    });
    const body = (await response.json()) as { data: { pipelineRunsOrError: { __typename: string } } };
    expect(body.data.pipelineRunsOrError.__typename).toBe("Runs");
  });

  it("serves GraphiQL to a browser and GraphQL to GET requests with a query", async () => {
    const page = await SELF.fetch("http://dagflare/graphql", { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Dagflare GraphiQL");
    const get = await SELF.fetch(`http://dagflare/graphql?query=${encodeURIComponent("{ version }")}`);
    const body = (await get.json()) as { data: { version: string } };
    expect(body.data.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
