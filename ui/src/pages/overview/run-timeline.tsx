/**
 * Recent runs on a time axis, one row per job: each run a bar coloured by its status from start to end
 * (queued runs from creation, runs in progress up to now). A bar is a link to its run (click or Enter);
 * hovering or focusing it shows the run id, status and times.
 * @module
 */
import { memo, useMemo, useState } from "react";
import { shortRunId } from "../../components/run-id-link";
import { StatusBadge } from "../../components/status-badge";
import { Duration } from "../../components/timestamp";
import { Link, paths } from "../../router";
import { layoutTimeline, timeTicks, type TimelineBar, type TimelineRun } from "./timeline-layout";
import { cx } from "../../components/class-names";
import styles from "./overview.module.css";
import ui from "../../components/ui.module.css";

const clockFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
const formatTime = (seconds: number) => dateTimeFormat.format(new Date(seconds * 1000));

type Hovered = { bar: TimelineBar; x: number; y: number };

/** The tooltip's width in px (overview.css sets the same), for keeping it inside the timeline. */
const TOOLTIP_WIDTH = 240;

/** Every run status onto the bar colours styles.css defines (bg-*). */
const BAR_COLOURS: Record<string, string> = {
  QUEUED: "queued",
  NOT_STARTED: "queued",
  MANAGED: "queued",
  STARTING: "started",
  STARTED: "started",
  CANCELING: "canceled",
  CANCELED: "canceled",
  SUCCESS: "success",
  FAILURE: "failure",
};

export function RunTimeline({
  runs,
  window,
}: {
  runs: readonly TimelineRun[];
  window: { start: number; end: number };
}) {
  const rows = useMemo(() => layoutTimeline(runs, window), [runs, window]);
  const ticks = useMemo(() => timeTicks(window), [window]);
  const [hovered, setHovered] = useState<Hovered | null>(null);

  return (
    <div className={styles.timeline} onMouseLeave={() => setHovered(null)}>
      <div className={`${styles.timelineRow} ${styles.timelineAxis}`} aria-hidden="true">
        <div className={styles.timelineLabel} />
        <div className={styles.timelineTrack}>
          {ticks.map((tick) => (
            <span key={tick.time} className={styles.timelineTick} style={{ left: `${tick.position * 100}%` }}>
              {clockFormat.format(new Date(tick.time * 1000))}
            </span>
          ))}
          <span className={styles.timelineNowLabel}>now</span>
        </div>
      </div>
      <ul className={styles.timelineRows} aria-label="Runs by job">
        {rows.map((row) => (
          <li key={row.key} className={styles.timelineRow}>
            <div className={styles.timelineLabel}>
              {row.location ? (
                <Link to={paths.job(row.location, row.jobName)} title={`${row.jobName} in ${row.location}`}>
                  {row.jobName}
                </Link>
              ) : (
                <span>{row.jobName}</span>
              )}
              {row.location ? (
                <span className={`${ui.muted} ${styles.muted} ${styles.timelineLocation}`}>
                  {row.location}
                </span>
              ) : null}
            </div>
            <div className={styles.timelineTrack} style={{ height: `${row.lanes.length * 20 + 8}px` }}>
              {ticks.map((tick) => (
                <span
                  key={tick.time}
                  className={styles.timelineGridline}
                  style={{ left: `${tick.position * 100}%` }}
                  aria-hidden="true"
                />
              ))}
              {row.lanes.map((lane, laneIndex) => (
                <TimelineLane key={laneIndex} lane={lane} top={laneIndex * 20 + 4} onHover={setHovered} />
              ))}
            </div>
          </li>
        ))}
      </ul>
      {hovered ? <RunTooltip hovered={hovered} /> : null}
    </div>
  );
}

/** One lane's bars; memoized so a hover (which re-renders the timeline) does not rebuild every bar. */
const TimelineLane = memo(function TimelineLane({
  lane,
  top,
  onHover,
}: {
  lane: readonly TimelineBar[];
  top: number;
  onHover: (hovered: Hovered | null) => void;
}) {
  return (
    <>
      {lane.map((bar) => {
        const show = (element: HTMLElement) => {
          const box = element.getBoundingClientRect();
          const container = element.closest(`.${styles.timeline}`)?.getBoundingClientRect();
          const left = container?.left ?? 0;
          // Centred under the bar, but kept inside the timeline so it never widens the page.
          const half = TOOLTIP_WIDTH / 2;
          const x = Math.min(
            Math.max(box.left + box.width / 2 - left, half),
            (container?.width ?? Infinity) - half,
          );
          onHover({ bar, x, y: box.bottom - (container?.top ?? 0) });
        };
        const { run } = bar;
        return (
          <Link
            key={run.runId}
            to={paths.run(run.runId)}
            className={cx(
              styles.timelineBar,
              ui[`bg-${BAR_COLOURS[run.status] ?? "queued"}`],
              run.endTime === null && styles.timelineBarOpen,
            )}
            style={{ left: `${bar.left * 100}%`, width: `${bar.width * 100}%`, top }}
            aria-label={`Run ${shortRunId(run.runId)} of ${run.jobName}: ${run.status}, started ${formatTime(bar.start)}${bar.end ? `, ended ${formatTime(bar.end)}` : ""}`}
            data-run-id={run.runId}
            onMouseEnter={(event) => show(event.currentTarget)}
            onFocus={(event) => show(event.currentTarget)}
            onBlur={() => onHover(null)}
          />
        );
      })}
    </>
  );
});

function RunTooltip({ hovered }: { hovered: Hovered }) {
  const { run, start, end } = hovered.bar;
  return (
    <div className={styles.timelineTooltip} role="tooltip" style={{ left: hovered.x, top: hovered.y + 6 }}>
      <div className={styles.timelineTooltipHead}>
        <code>{shortRunId(run.runId)}</code> <StatusBadge status={run.status} />
      </div>
      <div className={`${ui.muted} ${styles.muted}`}>{run.jobName}</div>
      <dl>
        <dt>{run.startTime === null ? "Created" : "Started"}</dt>
        <dd>{formatTime(start)}</dd>
        <dt>Ended</dt>
        <dd>
          {end === null ? <span className={`${ui.muted} ${styles.muted}`}>not yet</span> : formatTime(end)}
        </dd>
        <dt>Duration</dt>
        <dd>
          <Duration start={start} end={end} />
        </dd>
      </dl>
    </div>
  );
}
