/**
 * A GraphQL client for integration tests: POSTs as DagsterGraphQLClient does and fails the test on any
 * top-level error (domain failures must come back in-band).
 */
import { inject } from "vitest";

export async function graphql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${inject("webserverUrl")}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data)
    throw new Error(`GraphQL answered ${response.status} with errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
