/**
 * The same launcher against a location reached over HTTP (`POST /__dagflare/startRun` ...), as a
 * `url` workspace entry would reach it; the requests travel through the location Worker's fetch.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { HttpCodeLocationClient, isCodeLocationBinding } from "../../shared/code-location/client";
import { DurableObjectRunLauncher } from "../../shared/run-launcher/durable-object-run-launcher";
import { addStartingRun, eventsOf, typesOf, waitForRun } from "./launched-runs";

const binding: unknown = Reflect.get(env, "EXAMPLE_LOCATION");
if (!isCodeLocationBinding(binding)) throw new Error("test setup: EXAMPLE_LOCATION is not a service binding");
const overHttp = new HttpCodeLocationClient({
  locationName: "example",
  url: "http://example-location",
  fetch: (request) => binding.fetch(request),
});
const launcher = new DurableObjectRunLauncher({ workspace: { client: () => overHttp } });

describe("a location reached over HTTP", () => {
  it("starts, reports and finishes a run", async () => {
    const run = await addStartingRun("hello_job");
    expect((await launcher.checkRunWorkerHealth(run)).status).toBe("NOT_FOUND");
    await launcher.launchRun(run);
    expect((await waitForRun(run.runId)).status).toBe("SUCCESS");
    expect(typesOf(await eventsOf(run.runId)).at(-1)).toBe("RUN_SUCCESS");
    expect((await launcher.checkRunWorkerHealth(run)).status).toBe("SUCCESS");
    expect(await launcher.terminate(run)).toBe(false);
  });
});
