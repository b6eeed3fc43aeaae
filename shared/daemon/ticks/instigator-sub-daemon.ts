/**
 * The skeleton the scheduler and sensor sub-daemons share. Each iteration ticks every running instigator,
 * each in isolation (one failing does not stop the others), and sets the sub-daemon's `intervalMs` so that
 * it is next due when the earliest instigator is; at least every `pollMs`, to notice instigators started
 * meanwhile.
 * @module
 */
import type { Instance } from "../../instance/instance";
import type { DaemonType } from "../../storage/daemon-storage";
import type { SubDaemon } from "../sub-daemon";
import { runIsolated } from "./run-isolated";
import type { TickDeps } from "./tick-deps";

export type InstigatorIterationResult = { ticks: number };

export type InstigatorSubDaemonSpec<Work> = {
  task: string;
  daemonType: DaemonType;
  pollMs: number;
  /** Names an instigator in the error of an iteration where some failed. */
  noun: string;
  /** The instigators to tick this iteration. */
  work(deps: TickDeps): Promise<Work[]>;
  /**
   * Runs what one instigator owes at `deps.now`, calling `counted()` for each tick it ran, and answers
   * when (epoch seconds) it is next due, or null when never.
   */
  tick(work: Work, deps: TickDeps, counted: () => void): Promise<number | null>;
};

export function instigatorSubDaemon<Work>(
  instance: Instance,
  spec: InstigatorSubDaemonSpec<Work>,
): SubDaemon<InstigatorIterationResult> {
  const subDaemon = {
    task: spec.task,
    daemonType: spec.daemonType,
    intervalMs: spec.pollMs,
    run: async (now: number): Promise<InstigatorIterationResult> => {
      const deps: TickDeps = {
        storage: instance.storage,
        workspace: instance.workspace,
        coordinator: instance.runCoordinator,
        now: now / 1000,
      };
      let nextDue = now + spec.pollMs;
      let ticks = 0;
      try {
        await runIsolated(
          await spec.work(deps),
          async (work) => {
            const dueAt = await spec.tick(work, deps, () => (ticks += 1));
            if (dueAt !== null) nextDue = Math.min(nextDue, dueAt * 1000);
          },
          spec.noun,
        );
      } finally {
        subDaemon.intervalMs = Math.max(1, nextDue - now);
      }
      return { ticks };
    },
  };
  return subDaemon;
}
