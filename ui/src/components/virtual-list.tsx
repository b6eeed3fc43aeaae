/**
 * Windowed rendering for long lists (a 1,000-step Gantt chart, a log of thousands of events): only the
 * rows in view, plus a margin, are in the DOM, so scrolling stays smooth however long the list grows.
 * Rows may differ in height (an expanded log line): every rendered row is measured and its height kept
 * by key; rows never rendered count as `estimatedRowHeight`. With `followEnd`, a viewer scrolled to the
 * bottom stays there as rows are appended (a live log), and one who scrolled up is left alone.
 * @module
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { cx } from "./class-names";
import styles from "./virtual-list.module.css";

type VirtualListProps<T> = {
  items: readonly T[];
  rowKey: (item: T, index: number) => string;
  renderRow: (item: T, index: number) => ReactNode;
  estimatedRowHeight: number;
  /** CSS height of the scrolling viewport. */
  height: number | string;
  /** Stays at the top of the viewport while the rows scroll (column headings, a time axis). */
  header?: ReactNode;
  /** Shown instead of rows when `items` is empty. */
  empty?: ReactNode;
  followEnd?: boolean;
  /** Pixels rendered beyond each edge of the viewport. */
  overscan?: number;
  className?: string;
  /** ARIA role of the scrolling element (e.g. "table"); rows carry their own roles. */
  role?: string;
  "aria-label"?: string;
  "aria-rowcount"?: number;
};

/** Distance from the bottom, in pixels, within which the viewer counts as "at the end". */
const AT_END_SLACK = 8;

export function VirtualList<T>(props: VirtualListProps<T>) {
  const {
    items,
    rowKey,
    renderRow,
    estimatedRowHeight,
    height,
    header,
    empty,
    followEnd = false,
    overscan = 400,
    className,
  } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const [view, setView] = useState({ top: 0, height: 0 });
  const atEnd = useRef(true);

  const keys = useMemo(() => items.map(rowKey), [items, rowKey]);
  // offsets[i] is the top of row i within the body; offsets[n] the body's height.
  const offsets = useMemo(() => {
    const result = new Float64Array(keys.length + 1);
    for (let index = 0; index < keys.length; index++)
      result[index + 1] =
        (result[index] ?? 0) + (heights.current.get(keys[index] ?? "") ?? estimatedRowHeight);
    return result;
    // `measured` changes whenever a row's remembered height does.
  }, [keys, estimatedRowHeight, measured]);
  const total = offsets[keys.length] ?? 0;

  const readView = useCallback(() => {
    const element = scroller.current;
    if (!element) return;
    const bodyTop = body.current?.offsetTop ?? 0;
    atEnd.current = element.scrollHeight - element.scrollTop - element.clientHeight <= AT_END_SLACK;
    setView((previous) => {
      const next = { top: Math.max(0, element.scrollTop - bodyTop), height: element.clientHeight };
      return previous.top === next.top && previous.height === next.height ? previous : next;
    });
  }, []);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    readView();
    const observer = new ResizeObserver(readView);
    observer.observe(element);
    return () => observer.disconnect();
  }, [readView]);

  // Appended rows: keep a viewer who was at the end at the end.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (followEnd && element && atEnd.current) element.scrollTop = element.scrollHeight;
  }, [followEnd, total]);

  const estimate = useRef(estimatedRowHeight);
  estimate.current = estimatedRowHeight;
  // Only a row whose height differs from what the layout assumed moves the rows below it: rows of the
  // estimated height (every row of a fixed-height list) cost no re-layout when they scroll into view.
  const rowObserver = useMemo(
    () =>
      new ResizeObserver((entries) => {
        let changed = false;
        for (const entry of entries) {
          const key = (entry.target as HTMLElement).dataset.rowKey;
          const size = entry.borderBoxSize[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight;
          if (key === undefined || size === 0 || (heights.current.get(key) ?? estimate.current) === size)
            continue;
          heights.current.set(key, size);
          changed = true;
        }
        if (changed) setMeasured((count) => count + 1);
      }),
    [],
  );
  useEffect(() => () => rowObserver.disconnect(), [rowObserver]);
  const observeRow = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element) return undefined;
      rowObserver.observe(element);
      return () => rowObserver.unobserve(element);
    },
    [rowObserver],
  );

  const first = Math.max(0, lastOffsetAtOrBefore(offsets, view.top - overscan));
  const last = Math.min(keys.length, lastOffsetAtOrBefore(offsets, view.top + view.height + overscan) + 1);
  const rows: ReactNode[] = [];
  for (let index = first; index < last; index++) {
    const item = items[index] as T;
    const key = keys[index] ?? String(index);
    rows.push(
      <div
        key={key}
        ref={observeRow}
        data-row-key={key}
        className={styles.virtualRow}
        style={{ transform: `translateY(${offsets[index] ?? 0}px)` }}
      >
        {renderRow(item, index)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      className={cx(styles.virtualList, className)}
      style={{ height }}
      onScroll={readView}
      role={props.role}
      aria-label={props["aria-label"]}
      aria-rowcount={props["aria-rowcount"]}
      tabIndex={0}
    >
      {header ? <div className={styles.virtualHeader}>{header}</div> : null}
      {items.length === 0 && empty ? (
        empty
      ) : (
        <div ref={body} className={styles.virtualBody} style={{ height: total }}>
          {rows}
        </div>
      )}
    </div>
  );
}

/** Index of the last row starting at or before `y` (0 when `y` is above the first row). */
function lastOffsetAtOrBefore(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  if (high < 0) return 0;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((offsets[middle] ?? 0) <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}
