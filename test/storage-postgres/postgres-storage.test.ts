// Every storage contract suite against the PostgreSQL backend, through the Hyperdrive binding to the real
// server global-setup.ts started, each suite in a schema of its own.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createPostgresComputeLogManager } from "../../shared/storage/compute-logs/postgres-compute-log-manager";
import { createStorage } from "../../shared/storage/create-storage";
import { createPostgresStorage } from "../../shared/storage/postgres/create-postgres-storage";
import { describeAuthStorage } from "../contracts/auth-storage.contract";
import { describeCodeLocationStorage } from "../contracts/code-location-storage.contract";
import { describeDaemonStorage } from "../contracts/daemon-storage.contract";
import { describeEventLogStorage } from "../contracts/event-log-storage.contract";
import { describeRunStorage } from "../contracts/run-storage.contract";
import { describeRetentionStorage } from "../contracts/retention-storage.contract";
import { describeScheduleStorage } from "../contracts/schedule-storage.contract";
import { migratedTestSchema } from "./test-schema";

const makeStorage = async () => createPostgresStorage(await migratedTestSchema());
/** The retention suite's storage and compute log manager share one schema, as an instance's do. */
const retentionSchema = migratedTestSchema();

describeRunStorage("PostgreSQL", makeStorage);
describeEventLogStorage("PostgreSQL", makeStorage);
describeScheduleStorage("PostgreSQL", makeStorage);
describeDaemonStorage("PostgreSQL", makeStorage);
describeCodeLocationStorage("PostgreSQL", makeStorage);
describeRetentionStorage(
  "PostgreSQL",
  async () => createPostgresStorage(await retentionSchema),
  async () => createPostgresComputeLogManager(await retentionSchema),
);
describeAuthStorage("PostgreSQL", makeStorage);

describe("storage: { type: postgres }", () => {
  it("names storage.binding, the missing Hyperdrive binding and the wrangler.toml entry to add", () => {
    expect(() => createStorage({ type: "postgres", binding: "NO_HYPERDRIVE" }, { ...env })).toThrow(
      expect.objectContaining({
        code: "INVALID_CONFIG",
        message: expect.stringMatching(
          /^storage\.binding: the Worker has no Hyperdrive binding named NO_HYPERDRIVE; add a \[\[hyperdrive\]\] entry with binding = "NO_HYPERDRIVE"/,
        ),
      }),
    );
  });

  it("reads and writes through the Hyperdrive binding the config names", async () => {
    const storage = createStorage({ type: "postgres", binding: "HYPERDRIVE" }, { ...env });
    await storage.daemon.setKv({ [`binding-check-${crypto.randomUUID()}`]: "ok" });
    expect(Array.isArray(await storage.daemon.getHeartbeats())).toBe(true);
  });

  it("reports a failure of the server as STORAGE_ERROR naming the backend and the method", async () => {
    const storage = createPostgresStorage({
      connectionString: env.HYPERDRIVE.connectionString,
      searchPath: "no_such_schema",
    });
    await expect(storage.runs.getRun("any")).rejects.toMatchObject({
      code: "STORAGE_ERROR",
      message: expect.stringMatching(
        /^PostgreSQL storage failed in runs\.getRun: relation "runs" does not exist/,
      ),
    });
  });
});
