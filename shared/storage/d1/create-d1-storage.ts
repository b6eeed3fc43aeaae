/**
 * The default storage backend: every store on one D1 database through drizzle.
 * @module
 */
import { drizzle } from "drizzle-orm/d1";
import type { Storage } from "../storage";
import { D1AuthStorage } from "./d1-auth-storage";
import { D1CodeLocationStorage } from "./d1-code-location-storage";
import { D1DaemonStorage } from "./d1-daemon-storage";
import { D1EventLogStorage } from "./d1-event-log-storage";
import { D1RunStorage } from "./d1-run-storage";
import { D1ScheduleStorage } from "./d1-schedule-storage";
import { withStorageErrors } from "./storage-errors";

/**
 * Builds the Storage over `database`, whose schema comes from migrations/ (applied by wrangler or the
 * test setup). Cheap: no I/O until a method is called. Every method throws DagflareError: the codes its
 * contract names, or STORAGE_ERROR (with the driver error as `cause`) for anything D1 itself failed.
 */
export function createD1Storage(database: D1Database): Storage {
  const db = drizzle(database);
  return {
    runs: withStorageErrors("runs", new D1RunStorage(db)),
    events: withStorageErrors("events", new D1EventLogStorage(db)),
    schedules: withStorageErrors("schedules", new D1ScheduleStorage(db)),
    daemon: withStorageErrors("daemon", new D1DaemonStorage(db)),
    codeLocations: withStorageErrors("codeLocations", new D1CodeLocationStorage(db)),
    auth: withStorageErrors("auth", new D1AuthStorage(db)),
  };
}
