/**
 * The storage component: one object bundling every store, chosen by `storage:` in dagflare.yaml.
 * Each backend (d1/ by default) implements all of these over its own connection.
 * @module
 */
import type { AuthStorage } from "./auth-storage";
import type { CodeLocationStorage } from "./code-location-storage";
import type { DaemonStorage } from "./daemon-storage";
import type { EventLogStorage } from "./event-log-storage";
import type { RunStorage } from "./run-storage";
import type { ScheduleStorage } from "./schedule-storage";

export type Storage = {
  runs: RunStorage;
  events: EventLogStorage;
  schedules: ScheduleStorage;
  daemon: DaemonStorage;
  codeLocations: CodeLocationStorage;
  /** API tokens, the audit log and failed sign-in counts. */
  auth: AuthStorage;
};
