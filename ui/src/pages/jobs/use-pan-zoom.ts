/**
 * Pan and zoom for an SVG drawing inside a container: drag to pan, wheel (or pinch) to zoom around the
 * pointer, keyboard and button zooms, fit-to-view. The first view of a drawing is "fit", except that a
 * drawing too big to read when fitted (a 100-op chain) opens at a readable scale at its top instead.
 * A drag only captures the pointer once it moves, so clicks still reach what was clicked.
 * @module
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
} from "react";

export type View = { readonly x: number; readonly y: number; readonly k: number };
type Size = { readonly width: number; readonly height: number };

const MIN_SCALE = 0.02;
const MAX_SCALE = 3;
/** Below this a first view would be unreadable; open at it instead of fitting. */
const READABLE_SCALE = 0.75;
const MARGIN = 16;
const DRAG_THRESHOLD_PX = 4;

const clampScale = (k: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));

export function fitView(content: Size, box: Size, { readable }: { readable: boolean }): View {
  const fit = Math.min(
    (box.width - 2 * MARGIN) / Math.max(1, content.width),
    (box.height - 2 * MARGIN) / Math.max(1, content.height),
    1,
  );
  const k = clampScale(readable ? Math.max(fit, Math.min(READABLE_SCALE, 1)) : fit);
  const x = (box.width - content.width * k) / 2;
  const fitsHeight = content.height * k <= box.height - 2 * MARGIN;
  return {
    k,
    x: content.width * k <= box.width ? x : MARGIN,
    y: fitsHeight ? (box.height - content.height * k) / 2 : MARGIN,
  };
}

export function usePanZoom(content: Size) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const [view, setView] = useState<View>({ x: 0, y: 0, k: 1 });
  const drag = useRef<{ startX: number; startY: number; from: View; moved: boolean } | null>(null);
  /** True when the last pointer gesture was a drag, so the click ending it is not a selection. */
  const dragged = useRef(false);

  useLayoutEffect(() => {
    const element = containerRef.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() =>
      setSize({ width: element.clientWidth, height: element.clientHeight }),
    );
    observer.observe(element);
    setSize({ width: element.clientWidth, height: element.clientHeight });
    return () => observer.disconnect();
  }, []);

  // A new drawing (or the first measured size) gets its first view; later resizes keep the user's view.
  const hasSize = size.width > 0 && size.height > 0;
  const sizeRef = useRef(size);
  sizeRef.current = size;
  useEffect(() => {
    if (hasSize) setView(fitView(content, sizeRef.current, { readable: true }));
  }, [content, hasSize]);

  const zoomBy = useCallback((factor: number, at?: { x: number; y: number }) => {
    setView((current) => {
      const k = clampScale(current.k * factor);
      const point = at ?? { x: sizeRef.current.width / 2, y: sizeRef.current.height / 2 };
      return {
        k,
        x: point.x - ((point.x - current.x) * k) / current.k,
        y: point.y - ((point.y - current.y) * k) / current.k,
      };
    });
  }, []);

  const panBy = useCallback(
    (dx: number, dy: number) => setView((current) => ({ ...current, x: current.x + dx, y: current.y + dy })),
    [],
  );

  const fit = useCallback(() => setView(fitView(content, sizeRef.current, { readable: false })), [content]);

  /** Centres a drawing point, keeping the scale (at least readable). */
  const centerOn = useCallback((x: number, y: number) => {
    setView((current) => {
      const k = Math.max(current.k, READABLE_SCALE);
      return { k, x: sizeRef.current.width / 2 - x * k, y: sizeRef.current.height / 2 - y * k };
    });
  }, []);

  /** Whether a drawing rectangle is entirely in view. */
  const isVisible = useCallback(
    (rect: { left: number; top: number; width: number; height: number }) => {
      const left = view.x + rect.left * view.k;
      const top = view.y + rect.top * view.k;
      return (
        left >= 0 &&
        top >= 0 &&
        left + rect.width * view.k <= size.width &&
        top + rect.height * view.k <= size.height
      );
    },
    [view, size],
  );

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const element = containerRef.current;
    if (!element) return undefined;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const bounds = element.getBoundingClientRect();
      const speed = event.ctrlKey ? 0.01 : 0.0015;
      zoomBy(Math.exp(-event.deltaY * speed), {
        x: event.clientX - bounds.left,
        y: event.clientY - bounds.top,
      });
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, [zoomBy]);

  const pointerHandlers = {
    onPointerDown: (event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0 || (event.target as Element).closest("button, input, a")) return;
      drag.current = { startX: event.clientX, startY: event.clientY, from: view, moved: false };
      dragged.current = false;
    },
    onPointerMove: (event: ReactPointerEvent<HTMLElement>) => {
      const current = drag.current;
      if (!current) return;
      const dx = event.clientX - current.startX;
      const dy = event.clientY - current.startY;
      if (!current.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
      if (!current.moved) {
        current.moved = true;
        dragged.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
      }
      setView({ ...current.from, x: current.from.x + dx, y: current.from.y + dy });
    },
    onPointerUp: () => {
      drag.current = null;
    },
    onPointerCancel: () => {
      drag.current = null;
    },
  };

  return {
    containerRef,
    view,
    zoomBy,
    panBy,
    fit,
    centerOn,
    isVisible,
    pointerHandlers,
    wasDrag: () => dragged.current,
  };
}
