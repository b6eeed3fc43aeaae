/**
 * locationStateChangeEvents over SSE, as Dagster's UI subscribes: a reload, a shutdown and the next load
 * each arrive as one event, whichever instance (isolate) did them, since the stream reads stored state.
 * A location that fails to load is reported as LOCATION_ERROR by the same stream over real D1.
 */
import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createInstance } from "../../shared/instance/instance";
import { configSources } from "../../workers/instance-host/get-instance";
import { streamLocationStateChanges } from "../../workers/webserver/graphql/location-events/location-event-stream";
import { graphql } from "./graphql-client";
import { subscribeOverSse } from "./subscription-sse";

type Event = { eventType: string; locationName: string; message: string; serverId: string | null };
const SUBSCRIPTION = `subscription { locationStateChangeEvents { event { eventType locationName message serverId } } }`;
const FAST = { initialMs: 20, maxMs: 50 };

describe("locationStateChangeEvents", () => {
  it("streams a reload, a shutdown and the reconnection after it", async () => {
    await graphql(`{ workspaceOrError { __typename } }`);
    const stream = subscribeOverSse<{ locationStateChangeEvents: { event: Event } }>(
      (url, init) => SELF.fetch(url, init),
      "http://dagflare/graphql",
      SUBSCRIPTION,
      {},
    );
    const next = async () => {
      const result = await stream.next();
      if (result.done) throw new Error("the subscription ended");
      expect(result.value.errors).toBeUndefined();
      return result.value.data?.locationStateChangeEvents.event;
    };
    // The stream's first read happens when it is first pulled, so the change comes after it starts.
    const first = next();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reloaded = await graphql<{ reloadRepositoryLocation: { __typename: string; versionKey: string } }>(
      `mutation { reloadRepositoryLocation(repositoryLocationName: "example") { __typename ... on WorkspaceLocationEntry { versionKey } } }`,
    );
    expect(await first).toEqual({
      eventType: "LOCATION_UPDATED",
      locationName: "example",
      serverId: reloaded.reloadRepositoryLocation.versionKey,
      message: "Location example was reloaded.",
    });

    await graphql(
      `mutation { shutdownRepositoryLocation(repositoryLocationName: "example") { __typename } }`,
    );
    expect(await next()).toMatchObject({
      eventType: "LOCATION_DISCONNECTED",
      locationName: "example",
      serverId: null,
    });

    await graphql(`{ workspaceOrError { __typename } }`);
    expect(await next()).toMatchObject({ eventType: "LOCATION_RECONNECTED", locationName: "example" });
    await stream.return();
  });

  it("reports a location failing to load as LOCATION_ERROR with its message", async () => {
    const workerEnv = { ...env };
    const instance = createInstance(
      {
        ...configSources(workerEnv),
        workspace: {
          text: "load_from:\n  - service_binding: { binding: NO_SUCH_LOCATION, location_name: unbound }\n",
          source: "DAGFLARE_WORKSPACE_YAML",
        },
      },
      workerEnv,
    );
    const stream = streamLocationStateChanges(instance.storage.codeLocations, FAST);
    const first = stream.next();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await instance.workspace.reload("unbound");
    const { value } = await first;
    expect(value).toMatchObject({
      eventType: "LOCATION_ERROR",
      locationName: "unbound",
      message: expect.stringMatching(/^Error loading location unbound: .*NO_SUCH_LOCATION/),
    });
    await stream.return();
  });
});
