/**
 * What the sensor daemon keeps in a sensor's instigator state (Dagster's SensorInstigatorData): the
 * user cursor, the last tick time and run key, the run status cursor, the minimum interval last seen in
 * its definition (so ticks keep their pace while its location cannot load), and the tick in flight:
 * the run requests of an evaluation whose runs are being created, recorded before the first is created
 * so that a tick stopped partway is finished rather than evaluated again.
 * @module
 */
import { z } from "zod";
import { formatZodIssues } from "../../errors/format-zod-issues";
import {
  parseRunStatusChangeCursor,
  RunStatusChangeCursorSchema,
  type RunStatusChangeCursor,
} from "../run-status-changes";
import { TickRunSchema } from "../ticks/launch-tick-runs";

/** An evaluated tick whose runs are not all created yet, and where the sensor goes once they are. */
const InFlightSensorTickSchema = z.object({
  tickId: z.number().int(),
  /** The tick's time (epoch seconds). */
  timestamp: z.number(),
  /** The runs to create, with their ids fixed: each is created at most once however often this is resumed. */
  runs: z.array(TickRunSchema),
  cursor: z.string().nullable(),
  lastRunKey: z.string().nullable(),
  runStatusCursor: RunStatusChangeCursorSchema.nullable(),
});
export type InFlightSensorTick = z.infer<typeof InFlightSensorTickSchema>;

export type SensorData = {
  cursor: string | null;
  lastTickTimestamp: number | null;
  lastRunKey: string | null;
  runStatusCursor: RunStatusChangeCursor | null;
  minimumIntervalSeconds: number | null;
  inFlightTick: InFlightSensorTick | null;
};

/**
 * Reads a sensor's stored data; absent or mistyped plain fields read as null. A run status cursor from
 * before storage ids (a number) reads as a time.
 * @throws Error naming the sensor and key for a run status cursor or tick in flight that is not one.
 */
export function sensorDataOf(data: Record<string, unknown> | undefined, selectorId: string): SensorData {
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  const number = (value: unknown) => (typeof value === "number" ? value : null);
  const where = `${selectorId} data`;
  return {
    cursor: text(data?.cursor),
    lastTickTimestamp: number(data?.lastTickTimestamp),
    lastRunKey: text(data?.lastRunKey),
    runStatusCursor:
      data?.runStatusCursor == null
        ? null
        : parseRunStatusChangeCursor(data.runStatusCursor, `${where}.runStatusCursor`),
    minimumIntervalSeconds: number(data?.minimumIntervalSeconds),
    inFlightTick:
      data?.inFlightTick == null ? null : parseInFlightTick(data.inFlightTick, `${where}.inFlightTick`),
  };
}

function parseInFlightTick(value: unknown, where: string): InFlightSensorTick {
  const parsed = InFlightSensorTickSchema.safeParse(value);
  if (!parsed.success)
    throw new Error(`${where} is not a tick in flight: ${formatZodIssues(parsed.error, where)}`);
  return parsed.data;
}
