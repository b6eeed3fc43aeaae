/**
 * The op graph as SVG: op boxes with input ports on top and output ports below, curved edges from outputs
 * to inputs, pan/zoom/fit controls and a "find op" box. Ops are keyboard-focusable buttons; a focused op
 * that is off screen is brought into view. Node and edge elements are memoised on the layout and the
 * selection, so panning and zooming only move one transform.
 * @module
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import {
  PORT_CHAR_WIDTH,
  PORT_HEIGHT,
  truncate,
  type GraphLayout,
  type NodeLayout,
  type PortLayout,
} from "./op-graph-layout";
import { usePanZoom } from "./use-pan-zoom";
import { cx } from "../../components/class-names";
import ui from "../../components/ui.module.css";
import styles from "./jobs.module.css";

const TITLE_CHAR_WIDTH = 7.6;
const DESCRIPTION_CHAR_WIDTH = 6.3;
const ZOOM_STEP = 1.25;
const PAN_STEP_PX = 80;

export function OpGraph({
  layout,
  selected,
  onSelect,
}: {
  layout: GraphLayout;
  selected: string | null;
  onSelect: (op: string | null) => void;
}) {
  const { containerRef, view, zoomBy, panBy, fit, centerOn, isVisible, pointerHandlers, wasDrag } =
    usePanZoom(layout);
  const arrowId = useId();
  const findId = useId();

  const select = (op: string) => {
    if (!wasDrag()) onSelect(op === selected ? null : op);
  };
  const reveal = (node: NodeLayout) => {
    if (
      !isVisible({
        left: node.left,
        top: node.top - PORT_HEIGHT,
        width: node.width,
        height: node.height + 2 * PORT_HEIGHT,
      })
    ) {
      centerOn(node.left + node.width / 2, node.top + node.height / 2);
    }
  };

  const edges = useMemo(
    () =>
      layout.edges.map((edge) => {
        const active = selected !== null && (edge.from.op === selected || edge.to.op === selected);
        return (
          <path
            key={edge.id}
            d={edge.path}
            className={cx(styles.opEdge, active && styles.opEdgeActive)}
            markerEnd={`url(#${CSS.escape(`${arrowId}${active ? "-active" : ""}`)})`}
            data-testid="op-edge"
            data-from={`${edge.from.op}.${edge.from.output}`}
            data-to={`${edge.to.op}.${edge.to.input}`}
          />
        );
      }),
    [layout, selected, arrowId],
  );

  // Nodes call the latest handlers through a ref: re-creating them on every pan would defeat the memo.
  const handlers = useRef({ select, reveal });
  handlers.current = { select, reveal };
  const nodes = useMemo(
    () =>
      layout.nodes.map((node) => (
        <OpNode
          key={node.name}
          node={node}
          selected={node.name === selected}
          onSelect={(op) => handlers.current.select(op)}
          onFocus={(focused) => handlers.current.reveal(focused)}
        />
      )),
    [layout, selected],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.target as Element).closest("input")) return;
    const actions: Record<string, () => void> = {
      "+": () => zoomBy(ZOOM_STEP),
      "=": () => zoomBy(ZOOM_STEP),
      "-": () => zoomBy(1 / ZOOM_STEP),
      "0": fit,
      ArrowLeft: () => panBy(PAN_STEP_PX, 0),
      ArrowRight: () => panBy(-PAN_STEP_PX, 0),
      ArrowUp: () => panBy(0, PAN_STEP_PX),
      ArrowDown: () => panBy(0, -PAN_STEP_PX),
      Escape: () => onSelect(null),
    };
    const action = actions[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  };

  const find = (name: string) => {
    const node =
      layout.byName.get(name.trim()) ??
      layout.nodes.find((candidate) => candidate.name.includes(name.trim()));
    if (!node || name.trim() === "") return;
    onSelect(node.name);
    centerOn(node.left + node.width / 2, node.top + node.height / 2);
  };

  return (
    <div className={styles.opGraph}>
      <div className={styles.opGraphControls} role="toolbar" aria-label="Graph controls">
        <form
          className={styles.opGraphFind}
          onSubmit={(event) => {
            event.preventDefault();
            find(String(new FormData(event.currentTarget).get("op") ?? ""));
          }}
        >
          <label htmlFor={findId} className={ui.srOnly}>
            Find an op
          </label>
          <input
            id={findId}
            name="op"
            type="search"
            placeholder="Find op…"
            list={`${findId}-ops`}
            autoComplete="off"
          />
          <datalist id={`${findId}-ops`}>
            {layout.nodes.map((node) => (
              <option key={node.name} value={node.name} />
            ))}
          </datalist>
        </form>
        <span className={`${styles.opGraphCount} ${ui.muted}`}>
          {layout.nodes.length} ops · {layout.edges.length} edges
        </span>
        <button type="button" onClick={() => zoomBy(ZOOM_STEP)} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button
          type="button"
          onClick={() => zoomBy(1 / ZOOM_STEP)}
          aria-label="Zoom out"
          title="Zoom out (-)"
        >
          −
        </button>
        <span className={styles.opGraphZoom} aria-live="polite" data-testid="zoom-level">
          {Math.round(view.k * 100)}%
        </span>
        <button type="button" onClick={fit} title="Fit the whole graph in view (0)">
          Fit to view
        </button>
      </div>
      <div
        ref={containerRef}
        className={styles.opGraphViewport}
        role="group"
        aria-label="Op graph. Drag or use the arrow keys to pan; scroll or press + and - to zoom, 0 to fit."
        tabIndex={0}
        onKeyDown={onKeyDown}
        {...pointerHandlers}
      >
        <svg
          className={styles.opGraphCanvas}
          width="100%"
          height="100%"
          onClick={(event) => event.target === event.currentTarget && !wasDrag() && onSelect(null)}
        >
          <defs>
            {(["", "-active"] as const).map((variant) => (
              <marker
                key={variant}
                id={`${arrowId}${variant}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerUnits="userSpaceOnUse"
                markerWidth="9"
                markerHeight="9"
                orient="auto-start-reverse"
              >
                <path d="M0,0 L10,5 L0,10 z" className={styles[`op-edge-arrow${variant}`]} />
              </marker>
            ))}
          </defs>
          <g transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
            {edges}
            {nodes}
          </g>
        </svg>
      </div>
    </div>
  );
}

function OpNode({
  node,
  selected,
  onSelect,
  onFocus,
}: {
  node: NodeLayout;
  selected: boolean;
  onSelect: (op: string) => void;
  onFocus: (node: NodeLayout) => void;
}) {
  const [hovered, setHovered] = useState(false);
  const aliasNote = node.definitionName === node.name ? "" : ` (op ${node.definitionName})`;
  return (
    <g
      className={cx(styles.opNode, selected && styles.opNodeSelected, hovered && styles.opNodeHovered)}
      role="button"
      tabIndex={0}
      aria-label={`Op ${node.name}`}
      aria-pressed={selected}
      data-testid="op-node"
      data-op={node.name}
      data-x={Math.round(node.left)}
      data-y={Math.round(node.top)}
      onClick={(event) => {
        event.stopPropagation();
        onSelect(node.name);
      }}
      onKeyDown={(event) => {
        if (event.key !== "Enter" && event.key !== " ") return;
        event.preventDefault();
        event.stopPropagation();
        onSelect(node.name);
      }}
      onFocus={() => onFocus(node)}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <title>{`${node.name}${aliasNote}${node.description ? `\n${node.description}` : ""}`}</title>
      <rect
        className={styles.opNodeBox}
        x={node.left}
        y={node.top}
        width={node.width}
        height={node.height}
        rx={8}
      />
      <text className={styles.opNodeTitle} x={node.left + 12} y={node.titleY}>
        {truncate(node.name, node.width - 24, TITLE_CHAR_WIDTH)}
      </text>
      {node.description ? (
        <text className={styles.opNodeDescription} x={node.left + 12} y={node.descriptionY}>
          {truncate(node.description, node.width - 24, DESCRIPTION_CHAR_WIDTH)}
        </text>
      ) : null}
      {node.inputs.map((port) => (
        <Port key={`in-${port.name}`} port={port} kind="input" />
      ))}
      {node.outputs.map((port) => (
        <Port key={`out-${port.name}`} port={port} kind="output" />
      ))}
    </g>
  );
}

function Port({ port, kind }: { port: PortLayout; kind: "input" | "output" }) {
  return (
    <g className={`${styles.opPort} ${styles[`op-port-${kind}`]}`}>
      <title>{`${kind} ${port.name}: ${port.type}${port.description ? `\n${port.description}` : ""}`}</title>
      <rect
        x={port.x - port.width / 2}
        y={port.y - PORT_HEIGHT / 2}
        width={port.width}
        height={PORT_HEIGHT}
        rx={PORT_HEIGHT / 2}
      />
      <text x={port.x} y={port.y + 4} textAnchor="middle">
        {truncate(port.name, port.width - 10, PORT_CHAR_WIDTH)}
      </text>
    </g>
  );
}
