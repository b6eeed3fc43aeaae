/**
 * GraphQL against the webserver Worker inside workerd (SELF.fetch), as a client POSTs it. Fails the test
 * on any top-level error: domain failures must come back in-band.
 */
import { SELF } from "cloudflare:test";

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await SELF.fetch("http://dagflare/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
