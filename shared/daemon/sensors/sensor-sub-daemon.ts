/**
 * The sensor sub-daemon (Dagster's SensorDaemon, SENSOR heartbeat): first finishes any sensor tick a
 * previous iteration left in flight, then evaluates each running sensor once its `minimumIntervalSeconds`
 * have passed since its last tick (stored in its state, so a restarted daemon keeps the pace), and is
 * next due when the earliest sensor is; at least once a minute, to notice sensors started meanwhile. A
 * sensor whose location cannot load gets FAILURE ticks with the load error at the same pace (its last
 * known interval, else `sensors.default_minimum_interval_seconds`), and ticks normally once it is back.
 * @module
 */
import type { Instance } from "../../instance/instance";
import { instigatorSubDaemon, type InstigatorIterationResult } from "../ticks/instigator-sub-daemon";
import { failUnloadableSensorTick, resumeSensorTick, runSensorTick } from "./run-sensor-tick";
import { scanInstigators } from "../ticks/scan-instigators";
import { sensorDataOf } from "./sensor-data";
import type { TickDeps } from "../ticks/tick-deps";
import type { SubDaemon } from "../sub-daemon";

export const SENSOR_TASK = "sensors";
/** How often the sensor daemon looks for newly started sensors when none is due sooner. */
export const SENSOR_POLL_MS = 60_000;

export type SensorIterationResult = InstigatorIterationResult;

/** A running sensor ready to tick: its interval, when it last ticked (epoch seconds), and how its tick runs. */
type SensorWork = { intervalSeconds: number; lastTickTimestamp: number | null; tick: () => Promise<unknown> };

/** The sub-daemon; its `intervalMs` is set by each iteration to reach the next due sensor. */
export function sensorSubDaemon(instance: Instance): SubDaemon<SensorIterationResult> {
  return instigatorSubDaemon<() => Promise<SensorWork>>(instance, {
    task: SENSOR_TASK,
    daemonType: "SENSOR",
    pollMs: SENSOR_POLL_MS,
    noun: "sensor",
    work: (deps) => sensorWork(deps, instance.config.sensors.defaultMinimumIntervalSeconds),
    tick: async (prepare, deps, counted) => {
      const work = await prepare();
      const dueAt =
        work.lastTickTimestamp === null ? deps.now : work.lastTickTimestamp + work.intervalSeconds;
      if (dueAt > deps.now) return dueAt;
      await work.tick();
      counted();
      // Measured from the evaluation's start: the interval is a floor between evaluations.
      return deps.now + work.intervalSeconds;
    },
  });
}

/**
 * Every running sensor, each prepared in isolation: those of loaded locations after finishing their tick
 * in flight, those of unloadable ones as they are stored (a tick in flight waits for the location).
 */
async function sensorWork(
  deps: TickDeps,
  defaultIntervalSeconds: number,
): Promise<(() => Promise<SensorWork>)[]> {
  const scan = await scanInstigators(
    { workspace: deps.workspace, schedules: deps.storage.schedules },
    "SENSOR",
  );
  const loaded = scan.running.map((target) => async (): Promise<SensorWork> => {
    const current = await resumeSensorTick(deps, target);
    const { lastTickTimestamp } = sensorDataOf(current.state?.data, target.selectorId);
    return {
      intervalSeconds: target.definition.minimumIntervalSeconds,
      lastTickTimestamp,
      tick: () => runSensorTick(deps, current),
    };
  });
  const unloadable = scan.unloadable.map(({ state, error }) => async (): Promise<SensorWork> => {
    const data = sensorDataOf(state.data, state.selectorId);
    return {
      intervalSeconds: data.minimumIntervalSeconds ?? defaultIntervalSeconds,
      lastTickTimestamp: data.lastTickTimestamp,
      tick: () => failUnloadableSensorTick(deps, state, error),
    };
  });
  return [...loaded, ...unloadable];
}
