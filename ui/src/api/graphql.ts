/**
 * The UI's only way to the server: GraphQL over POST /graphql, the same API Dagster's client uses.
 * Transport failures and GraphQL `errors` become a GraphQLRequestError carrying the server's message;
 * Dagster-style error members (`... on PythonError`) stay in `data` for pages to show where they belong.
 * @module
 */
export class GraphQLRequestError extends Error {
  override readonly name = "GraphQLRequestError";
}

type GraphQLResponse<T> = { data?: T; errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number> }> };

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphQLRequestError(`The Dagflare server could not be reached (${error instanceof Error ? error.message : String(error)})`);
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<T>;
  if (body.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((error) => (error.path ? `${error.path.join(".")}: ${error.message}` : error.message)).join("\n"));
  }
  if (!response.ok || body.data === undefined) throw new GraphQLRequestError(`GraphQL request failed with HTTP ${response.status}`);
  return body.data;
}
