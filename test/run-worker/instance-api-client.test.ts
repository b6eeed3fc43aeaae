/**
 * The InstanceApi client run workers use, against the webserver's real InstanceApi entrypoint (reached
 * through `exports`, the loopback bindings of the Worker under test).
 */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { instanceApiFromEnv } from "../../shared/instance-api/instance-api-client";
import { addStartingRun } from "./launched-runs";

const instance = instanceApiFromEnv({ INSTANCE: Reflect.get(exports, "InstanceApi") });

describe("the InstanceApi client", () => {
  it("reads runs and stores their events", async () => {
    const run = await addStartingRun("hello_job");
    expect(await instance.getRun("no-such-run")).toBeNull();
    await instance.storeEvents([
      { runId: run.runId, timestamp: Date.now(), level: "DEBUG", message: "started", eventType: "RUN_START" },
    ]);
    expect(await instance.getRun(run.runId)).toMatchObject({ runId: run.runId, status: "STARTED" });
  });

  it("reports the instance's refusal as STORAGE_ERROR naming the binding and method", async () => {
    await expect(
      instance.storeEvents([
        { runId: "no-such-run", timestamp: Date.now(), level: "INFO", message: "hi", eventType: null },
      ]),
    ).rejects.toMatchObject({
      code: "STORAGE_ERROR",
      message: expect.stringMatching(/^instance API \(binding INSTANCE\): storeEvents failed: .*no-such-run/),
    });
  });

  it("names the missing binding and the wrangler.toml entry that declares it", () => {
    expect(() => instanceApiFromEnv({})).toThrow(
      expect.objectContaining({
        code: "INVALID_CONFIG",
        message: expect.stringContaining(
          '[[services]] binding = "INSTANCE", service = "dagflare-webserver", entrypoint = "InstanceApi"',
        ),
      }),
    );
  });
});
