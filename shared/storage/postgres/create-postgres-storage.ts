/**
 * The PostgreSQL storage backend (`storage: { type: postgres, binding: HYPERDRIVE }`): every store on one
 * database reached through Hyperdrive, schema from migrations-postgres/ (`npm run db:migrate:postgres`).
 * @module
 */
import { withStorageErrors } from "../d1/storage-errors";
import type { Storage } from "../storage";
import { postgresSession, type PostgresConnectionOptions } from "./postgres-connection";
import { PostgresAuthStorage } from "./postgres-auth-storage";
import { PostgresCodeLocationStorage } from "./postgres-code-location-storage";
import { PostgresDaemonStorage } from "./postgres-daemon-storage";
import { PostgresEventLogStorage } from "./postgres-event-log-storage";
import { PostgresRunStorage } from "./postgres-run-storage";
import { PostgresScheduleStorage } from "./postgres-schedule-storage";

/**
 * Builds the Storage over the database `options` names. Cheap: no connection until a method is called
 * (see postgres-connection.ts for when clients open and close). Every method throws DagflareError: the
 * codes its contract names, or STORAGE_ERROR (the driver error as `cause`) for what PostgreSQL failed.
 */
export function createPostgresStorage(options: PostgresConnectionOptions): Storage {
  const session = postgresSession(options);
  const wrap = <T extends object>(name: string, store: T) => withStorageErrors(name, store, "PostgreSQL");
  return {
    runs: wrap("runs", new PostgresRunStorage(session)),
    events: wrap("events", new PostgresEventLogStorage(session)),
    schedules: wrap("schedules", new PostgresScheduleStorage(session)),
    daemon: wrap("daemon", new PostgresDaemonStorage(session)),
    codeLocations: wrap("codeLocations", new PostgresCodeLocationStorage(session)),
    auth: wrap("auth", new PostgresAuthStorage(session)),
  };
}
