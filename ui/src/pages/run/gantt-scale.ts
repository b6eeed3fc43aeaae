/**
 * The Gantt chart's time axis: the span shown, pixels per millisecond, and evenly spaced "nice" ticks
 * (1, 2 or 5 × a power of ten milliseconds, or whole minutes and hours) about TICK_SPACING_PX apart.
 * @module
 */
const TICK_SPACING_PX = 90;
const NICE_STEPS_MS = [
  ...[1, 10, 100, 1000].flatMap((unit) => [1, 2, 5].map((factor) => factor * unit)),
  10_000,
  15_000,
  30_000,
  60_000,
  120_000,
  300_000,
  600_000,
  900_000,
  1_800_000,
  3_600_000,
  7_200_000,
  21_600_000,
  43_200_000,
  86_400_000,
];

export type GanttScale = {
  /** Epoch milliseconds at the chart's left edge. */
  readonly start: number;
  readonly pxPerMs: number;
  readonly tickMs: number;
  readonly ticks: readonly number[];
  x(time: number): number;
};

export function ganttScale(start: number, end: number, widthPx: number): GanttScale {
  const span = Math.max(1, end - start);
  const pxPerMs = Math.max(1, widthPx) / span;
  const tickMs =
    NICE_STEPS_MS.find((step) => step * pxPerMs >= TICK_SPACING_PX) ?? (NICE_STEPS_MS.at(-1) as number);
  const ticks: number[] = [];
  for (let offset = 0; offset <= span; offset += tickMs) ticks.push(offset);
  return { start, pxPerMs, tickMs, ticks, x: (time) => (time - start) * pxPerMs };
}

/** A tick's label: its offset from the run's start. */
export function formatOffset(ms: number): string {
  if (ms === 0) return "0";
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${trim(ms / 1000)} s`;
  if (ms < 3_600_000)
    return `${Math.floor(ms / 60_000)} m${ms % 60_000 ? ` ${trim((ms % 60_000) / 1000)} s` : ""}`;
  return `${Math.floor(ms / 3_600_000)} h${ms % 3_600_000 ? ` ${Math.floor((ms % 3_600_000) / 60_000)} m` : ""}`;
}

const trim = (value: number) => String(Number(value.toFixed(2)));
