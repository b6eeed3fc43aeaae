/**
 * The cron watchdog (`[triggers] crons = ["* * * * *"]`): pokes the daemon every minute so its alarm
 * loop restarts if it ever stopped (an alarm that exhausted its retries is not re-armed by the platform).
 * Poking runs only what is due, so an extra or duplicate cron invocation changes nothing.
 * @module
 */
import { daemonStub } from "./daemon-stub";
import type { InstanceHostEnv } from "./env";

/** @throws what the poke throws, so the failed invocation shows in the cron's log. */
export async function pokeDaemon(env: InstanceHostEnv): Promise<void> {
  await daemonStub(env).poke();
}
