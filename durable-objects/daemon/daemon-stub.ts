/**
 * Reaching the Daemon: one object for the whole instance, as Dagster runs one daemon process.
 * @module
 */
import type { WebserverEnv } from "../../workers/webserver/env";
import type { Daemon } from "./daemon";

export const DAEMON_OBJECT_NAME = "daemon";

export function daemonStub(env: WebserverEnv): DurableObjectStub<Daemon> {
  return env.DAEMON.getByName(DAEMON_OBJECT_NAME);
}

/**
 * Asks the daemon for a dequeue pass and never throws: the wake-up only saves latency, since the daemon's
 * interval pass starts the runs anyway. A failure is logged.
 */
export async function requestDequeue(env: WebserverEnv, reason: string): Promise<void> {
  try {
    await daemonStub(env).dequeue(reason);
  } catch (thrown) {
    console.error(`Dequeue wake-up (${reason}) failed; the daemon's interval pass will start the runs`, thrown);
  }
}
