/**
 * Reaching the Daemon: one object for the whole instance, as Dagster runs one daemon process.
 * @module
 */
import type { InstanceHostEnv } from "./env";

export const DAEMON_OBJECT_NAME = "daemon";

export function daemonStub(env: InstanceHostEnv) {
  return env.DAEMON.getByName(DAEMON_OBJECT_NAME);
}
