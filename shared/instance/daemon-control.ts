/**
 * What the rest of the instance asks of its daemon, whichever host runs it (the Daemon Durable Object's
 * stub in Cloudflare). Every call is idempotent: a duplicate only runs what is due once more.
 * @module
 */
export interface DaemonControl {
  /** A dequeue pass as soon as possible (a run was submitted or a queue slot freed). */
  dequeue(reason: string): Promise<unknown>;
  /** A schedule or sensor was turned on or off: the scheduler and sensors re-plan now. */
  instigatorsChanged(): Promise<void>;
  /** Run whatever is due now (the watchdog). */
  poke(): Promise<void>;
}

/**
 * Asks for a dequeue pass and never throws: the wake-up only saves latency, since the daemon's interval
 * pass starts the runs anyway. A failure is logged.
 */
export async function requestDequeue(daemon: DaemonControl, reason: string): Promise<void> {
  try {
    await daemon.dequeue(reason);
  } catch (thrown) {
    console.error(
      `Dequeue wake-up (${reason}) failed; the daemon's interval pass will start the runs`,
      thrown,
    );
  }
}
