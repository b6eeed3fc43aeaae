/**
 * Dagster's `scheduler`, `shouldShowNux`, `setNuxSeen` and `logTelemetry` as Dagster's UI and clients call
 * them: the daemon's scheduler, no NUX to show, telemetry acknowledged and dropped.
 */
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

/** GraphQL as a client on this machine POSTs it; fails the test on any top-level error. */
async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await SELF.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

describe("scheduler, NUX and telemetry", () => {
  it("names the daemon's scheduler", async () => {
    expect(
      await graphql(
        `{ scheduler { __typename ... on Scheduler { schedulerClass } ... on Error { message } } }`,
      ),
    ).toEqual({
      scheduler: { __typename: "Scheduler", schedulerClass: "DagsterDaemonScheduler" },
    });
  });

  it("never shows the NUX, and setting it seen answers true", async () => {
    expect(await graphql(`{ shouldShowNux }`)).toEqual({ shouldShowNux: false });
    expect(await graphql(`mutation { setNuxSeen }`)).toEqual({ setNuxSeen: true });
    expect(await graphql(`{ shouldShowNux }`)).toEqual({ shouldShowNux: false });
  });

  it("acknowledges telemetry with its action", async () => {
    const logged = await graphql(
      `mutation($m: String!) { logTelemetry(action: "PAGE_VIEW", clientTime: "1700000000", clientId: "ui", metadata: $m) { __typename ... on LogTelemetrySuccess { action } } }`,
      { m: JSON.stringify({ page: "/runs" }) },
    );
    expect(logged).toEqual({ logTelemetry: { __typename: "LogTelemetrySuccess", action: "PAGE_VIEW" } });
  });

  it("answers a missing telemetry argument with an error naming it", async () => {
    const response = await SELF.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { logTelemetry(action: "X", clientTime: "1", clientId: "ui") { __typename } }`,
      }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toMatch(/argument "metadata" of type "String!" is required/);
  });
});
