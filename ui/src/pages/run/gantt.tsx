/**
 * The run's steps on a timeline: one row per step, a bar per attempt from its start to its end, coloured
 * by outcome (a retried step shows each attempt as its own bar), a running attempt growing as time
 * passes. Rows are windowed, so a 1,000-step run scrolls as smoothly as a 4-step one. Clicking a step
 * selects it (ctrl/cmd/shift-click or its checkbox adds it to the selection): the log then shows only the
 * selected steps, and they can be re-executed.
 * @module
 */
import { useCallback, useMemo, useState, type MouseEvent } from "react";
import { formatDuration } from "../../components/timestamp";
import { useNow } from "../../components/time-ago";
import { VirtualList } from "../../components/virtual-list";
import { formatClock, formatUtc } from "./clock-time";
import { formatOffset, ganttScale, type GanttScale } from "./gantt-scale";
import { timelineBounds, type StepAttempt, type StepTimeline } from "./step-timeline";
import { cx } from "../../components/class-names";
import ui from "../../components/ui.module.css";
import styles from "./run.module.css";

const ROW_HEIGHT = 28;
const LABEL_WIDTH = 260;
const MAX_HEIGHT = 340;
/** Narrowest bar drawn, so a 1 ms step is still visible and hoverable. */
const MIN_BAR_PX = 4;

export type SelectMode = "only" | "toggle";

export function Gantt({
  timelines,
  runStartTime,
  runEndTime,
  live,
  selected,
  onSelect,
}: {
  timelines: readonly StepTimeline[];
  /** Epoch seconds, as the run reports them. */
  runStartTime: number | null;
  runEndTime: number | null;
  live: boolean;
  selected: ReadonlySet<string>;
  onSelect: (stepKey: string, mode: SelectMode) => void;
}) {
  const [measure, widthPx] = useWidth();
  const now = useNow(live ? 250 : 60_000);
  const scale = useMemo(() => {
    const bounds = timelineBounds(timelines);
    const start = Math.min(bounds?.start ?? Infinity, runStartTime === null ? Infinity : runStartTime * 1000);
    if (start === Infinity) return null;
    const end = live
      ? Math.max(now, bounds?.end ?? now)
      : Math.max(bounds?.end ?? start, runEndTime === null ? start : runEndTime * 1000);
    return ganttScale(start, end, widthPx - LABEL_WIDTH - 24);
  }, [timelines, runStartTime, runEndTime, live, now, widthPx]);

  const rowKey = useCallback((step: StepTimeline) => step.key, []);
  const renderRow = (step: StepTimeline) => (
    <GanttRow step={step} scale={scale} now={now} selected={selected.has(step.key)} onSelect={onSelect} />
  );

  return (
    <div className={styles.gantt} ref={measure}>
      <VirtualList
        items={timelines}
        rowKey={rowKey}
        renderRow={renderRow}
        estimatedRowHeight={ROW_HEIGHT}
        height={Math.min(MAX_HEIGHT, ROW_HEIGHT * (timelines.length + 1) + 2)}
        header={<GanttAxis scale={scale} />}
        role="table"
        aria-label="Step timeline"
        aria-rowcount={timelines.length}
        empty={
          <p className={`${ui.muted} ${styles.muted} ${styles.ganttEmpty}`}>This run has no steps to show.</p>
        }
      />
    </div>
  );
}

function GanttAxis({ scale }: { scale: GanttScale | null }) {
  return (
    <div className={styles.ganttAxis} role="row">
      <div className={styles.ganttLabel} role="columnheader">
        Step
      </div>
      <div className={styles.ganttTicks} role="columnheader" aria-label="Time since the first step started">
        {scale ? (
          scale.ticks.map((tick) => (
            <span key={tick} style={{ left: tick * scale.pxPerMs }}>
              {formatOffset(tick)}
            </span>
          ))
        ) : (
          <span className={`${ui.muted} ${styles.muted}`}>Waiting for the run to start…</span>
        )}
      </div>
    </div>
  );
}

function GanttRow({
  step,
  scale,
  now,
  selected,
  onSelect,
}: {
  step: StepTimeline;
  scale: GanttScale | null;
  now: number;
  selected: boolean;
  onSelect: (stepKey: string, mode: SelectMode) => void;
}) {
  const pick = (event: MouseEvent) =>
    onSelect(step.key, event.metaKey || event.ctrlKey || event.shiftKey ? "toggle" : "only");
  const first = step.attempts[0];
  const last = step.attempts.at(-1);
  const elapsed = first && last ? (last.end ?? now) - first.start : null;
  const grid = scale ? { backgroundSize: `${scale.tickMs * scale.pxPerMs}px 100%` } : undefined;
  return (
    <div className={cx(styles.ganttRow, selected && styles.selected)} role="row" aria-selected={selected}>
      <div className={styles.ganttLabel} role="rowheader">
        <input
          type="checkbox"
          checked={selected}
          onChange={() => onSelect(step.key, "toggle")}
          aria-label={`Select step ${step.key}`}
        />
        <button
          type="button"
          className={styles.ganttStep}
          onClick={pick}
          title={`${step.key}: ${step.status.replaceAll("_", " ")} (click to filter the log; ctrl-click to add)`}
        >
          <span className={`${styles.stepDot} ${styles[`step-${step.status}`]}`} aria-hidden="true" />
          {step.key}
        </button>
        <span className={`${styles.ganttElapsed} ${ui.muted} ${styles.muted}`}>
          {elapsed === null ? "" : formatDuration(elapsed / 1000)}
        </span>
      </div>
      <div className={styles.ganttTrack} role="cell" style={grid}>
        {scale
          ? step.attempts.map((attempt, index) => (
              <AttemptBar
                key={index}
                stepKey={step.key}
                number={index + 1}
                attempt={attempt}
                scale={scale}
                now={now}
              />
            ))
          : null}
        {scale && step.skippedAt !== null ? (
          <span
            className={styles.ganttSkip}
            style={{ left: scale.x(step.skippedAt) }}
            role="img"
            aria-label={`${step.key}: skipped`}
            title={`${step.key} skipped at ${formatClock(step.skippedAt)}`}
          />
        ) : null}
      </div>
    </div>
  );
}

function AttemptBar({
  stepKey,
  number,
  attempt,
  scale,
  now,
}: {
  stepKey: string;
  number: number;
  attempt: StepAttempt;
  scale: GanttScale;
  now: number;
}) {
  const end = attempt.end ?? Math.max(now, attempt.start);
  const left = scale.x(attempt.start);
  const width = Math.max(MIN_BAR_PX, scale.x(end) - left);
  const status = attempt.status.replaceAll("_", " ");
  const label = `${stepKey} attempt ${number}: ${status}, ${formatDuration((end - attempt.start) / 1000)}`;
  const hover = `${label}\nstarted ${formatClock(attempt.start)} (${formatUtc(attempt.start)})\n${attempt.end === null ? "still running" : `ended ${formatClock(attempt.end)}`}`;
  return (
    <span
      className={`${styles.ganttBar} ${styles[`step-${attempt.status}`]}`}
      style={{ left, width }}
      role="img"
      aria-label={label}
      title={hover}
    />
  );
}

/** A ref for an element and its width in pixels, kept current as the window resizes. */
function useWidth(): [(element: HTMLDivElement | null) => (() => void) | undefined, number] {
  const [px, setPx] = useState(0);
  const ref = useCallback((element: HTMLDivElement | null) => {
    if (!element) return undefined;
    setPx(element.clientWidth);
    const observer = new ResizeObserver(() => setPx(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, px];
}
