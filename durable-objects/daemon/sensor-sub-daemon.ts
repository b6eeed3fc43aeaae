/**
 * The sensor sub-daemon (Dagster's SensorDaemon, SENSOR heartbeat): evaluates each running sensor once
 * its `minimumIntervalSeconds` have passed since its last tick (stored in its state, so a restarted
 * daemon keeps the pace), and is next due when the earliest sensor is; at least once a minute, to notice
 * sensors started meanwhile.
 * @module
 */
import type { Instance } from "../../shared/instance/instance";
import { runIsolated } from "../../shared/scheduling/run-isolated";
import { runSensorTick, sensorDataOf } from "../../shared/scheduling/run-sensor-tick";
import { scanInstigators } from "../../shared/scheduling/scan-instigators";
import type { TickDeps } from "../../shared/scheduling/tick-deps";
import type { SubDaemon } from "./sub-daemon";

export const SENSOR_TASK = "sensors";
/** How often the sensor daemon looks for newly started sensors when none is due sooner. */
export const SENSOR_POLL_MS = 60_000;

export type SensorIterationResult = { ticks: number };

/** The sub-daemon; its `intervalMs` is set by each iteration to reach the next due sensor. */
export function sensorSubDaemon(instance: Instance): SubDaemon<SensorIterationResult> {
  const subDaemon = {
    task: SENSOR_TASK,
    daemonType: "SENSOR" as const,
    intervalMs: SENSOR_POLL_MS,
    run: async (now: number): Promise<SensorIterationResult> => {
      const deps: TickDeps = { storage: instance.storage, workspace: instance.workspace, coordinator: instance.runCoordinator, now: now / 1000 };
      const scan = await scanInstigators({ workspace: instance.workspace, schedules: instance.storage.schedules }, "SENSOR");
      let nextDue = now + SENSOR_POLL_MS;
      let ticks = 0;
      try {
        await runIsolated(scan.running, async (target) => {
          const interval = target.definition.minimumIntervalSeconds;
          const { lastTickTimestamp } = sensorDataOf(target.state?.data);
          const dueAt = lastTickTimestamp === null ? deps.now : lastTickTimestamp + interval;
          if (dueAt <= deps.now) {
            await runSensorTick(deps, target);
            ticks += 1;
          }
          // Measured from the evaluation's start: the interval is a floor between evaluations.
          nextDue = Math.min(nextDue, (dueAt <= deps.now ? deps.now + interval : dueAt) * 1000);
        }, "sensor");
      } finally {
        subDaemon.intervalMs = Math.max(1, nextDue - now);
      }
      return { ticks };
    },
  };
  return subDaemon;
}
