/**
 * Lays out a job's op graph with dagre, top to bottom as Dagster draws it: each op is a box with its
 * inputs as ports on the top edge and its outputs on the bottom edge, and each edge runs from an output
 * port to an input port (a fan-in input gets one edge per upstream output). Pure and deterministic, so the
 * page computes it once per job (useMemo) and panning never re-lays out.
 * @module
 */
import { Graph, layout } from "@dagrejs/dagre";
import type { Solid } from "./job-query";

export const NODE_WIDTH = 240;
/** Ports are pills straddling the box's top (inputs) or bottom (outputs) border. */
export const PORT_HEIGHT = 18;
const PORT_OVERHANG = PORT_HEIGHT / 2;
const BOX_PADDING = 10;
const TITLE_HEIGHT = 18;
const DESCRIPTION_HEIGHT = 16;
const PORT_GAP = 6;
const PORT_INSET = 8;
/** Rough average glyph widths (px) of the fonts the graph uses, to size pills and truncate text. */
export const PORT_CHAR_WIDTH = 6.2;

export type PortLayout = {
  readonly name: string;
  readonly type: string;
  readonly description: string | null;
  /** Centre of the pill. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Where edges attach: the pill's outer edge. */
  readonly anchorY: number;
};

export type NodeLayout = {
  readonly name: string;
  readonly definitionName: string;
  readonly description: string | null;
  /** The box (ports overhang it). */
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** Baselines of the title and description lines. */
  readonly titleY: number;
  readonly descriptionY: number;
  readonly inputs: readonly PortLayout[];
  readonly outputs: readonly PortLayout[];
};

export type EdgeLayout = {
  readonly id: string;
  readonly from: { readonly op: string; readonly output: string };
  readonly to: { readonly op: string; readonly input: string };
  readonly path: string;
};

export type GraphLayout = {
  readonly nodes: readonly NodeLayout[];
  readonly edges: readonly EdgeLayout[];
  readonly byName: ReadonlyMap<string, NodeLayout>;
  readonly width: number;
  readonly height: number;
};

type Point = { x: number; y: number };

export function layoutOpGraph(solids: readonly Solid[]): GraphLayout {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: "TB", nodesep: 40, ranksep: 56, edgesep: 16, marginx: 24, marginy: 24 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const solid of solids) {
    graph.setNode(solid.name, {
      width: NODE_WIDTH,
      height:
        boxHeight(solid) +
        (solid.inputs.length ? PORT_OVERHANG : 0) +
        (solid.outputs.length ? PORT_OVERHANG : 0),
    });
  }
  const wiring = edgesOf(solids);
  for (const edge of wiring) graph.setEdge(edge.from.op, edge.to.op, {}, edge.id);
  layout(graph);

  const nodes = solids.map((solid) => placeNode(solid, graph.node(solid.name) as Point & { height: number }));
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const edges = wiring.flatMap((edge) => {
    const output = byName.get(edge.from.op)?.outputs.find((port) => port.name === edge.from.output);
    const input = byName.get(edge.to.op)?.inputs.find((port) => port.name === edge.to.input);
    if (!output || !input) return [];
    const points =
      (graph.edge({ v: edge.from.op, w: edge.to.op, name: edge.id }) as { points?: Point[] } | undefined)
        ?.points ?? [];
    // Adjacent ranks: dagre's one midpoint would only kink the curve; longer edges keep its detour.
    const via = points.length > 3 ? points.slice(1, -1) : [];
    return [
      {
        ...edge,
        path: verticalCurve([{ x: output.x, y: output.anchorY }, ...via, { x: input.x, y: input.anchorY }]),
      },
    ];
  });
  const label = graph.graph() as { width?: number; height?: number };
  return { nodes, edges, byName, width: label.width ?? NODE_WIDTH, height: label.height ?? 0 };
}

/** The box holds its ports' inner halves, the title and the description line. */
function boxHeight(solid: Solid): number {
  const top = solid.inputs.length ? PORT_OVERHANG : 0;
  const bottom = solid.outputs.length ? PORT_OVERHANG : 0;
  return (
    top +
    BOX_PADDING +
    TITLE_HEIGHT +
    (solid.definition.description ? DESCRIPTION_HEIGHT : 0) +
    BOX_PADDING +
    bottom
  );
}

function placeNode(solid: Solid, center: Point & { height: number }): NodeLayout {
  const height = boxHeight(solid);
  const left = center.x - NODE_WIDTH / 2;
  const top = center.y - center.height / 2 + (solid.inputs.length ? PORT_OVERHANG : 0);
  const ports = (
    definitions: readonly {
      definition: { name: string; description: string | null; type: { displayName: string } };
    }[],
    y: number,
    anchorY: number,
  ) => {
    const slot = (NODE_WIDTH - 2 * PORT_INSET) / Math.max(1, definitions.length);
    return definitions.map(({ definition }, index) => ({
      name: definition.name,
      type: definition.type.displayName,
      description: definition.description,
      x: left + PORT_INSET + slot * (index + 0.5),
      y,
      width: Math.min(slot - PORT_GAP, definition.name.length * PORT_CHAR_WIDTH + 16),
      anchorY,
    }));
  };
  return {
    name: solid.name,
    definitionName: solid.definition.name,
    description: solid.definition.description,
    left,
    top,
    width: NODE_WIDTH,
    height,
    titleY: top + (solid.inputs.length ? PORT_OVERHANG : 0) + BOX_PADDING + TITLE_HEIGHT - 4,
    descriptionY:
      top + (solid.inputs.length ? PORT_OVERHANG : 0) + BOX_PADDING + TITLE_HEIGHT + DESCRIPTION_HEIGHT - 3,
    inputs: ports(solid.inputs, top, top - PORT_OVERHANG),
    outputs: ports(solid.outputs, top + height, top + height + PORT_OVERHANG),
  };
}

function edgesOf(solids: readonly Solid[]): Omit<EdgeLayout, "path">[] {
  return solids.flatMap((solid) =>
    solid.inputs.flatMap((input) =>
      input.dependsOn.map((upstream) => {
        const from = { op: upstream.solid.name, output: upstream.definition.name };
        const to = { op: solid.name, input: input.definition.name };
        return { id: `${from.op}.${from.output}->${to.op}.${to.input}`, from, to };
      }),
    ),
  );
}

/** A smooth path through the points, leaving and entering each one vertically. */
function verticalCurve(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  let path = `M${round(first.x)},${round(first.y)}`;
  let previous = first;
  for (const point of rest) {
    const middle = (previous.y + point.y) / 2;
    path += ` C${round(previous.x)},${round(middle)} ${round(point.x)},${round(middle)} ${round(point.x)},${round(point.y)}`;
    previous = point;
  }
  return path;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Fits `text` in `width` px at about `charWidth` px a glyph, ending in "…" when cut. */
export function truncate(text: string, width: number, charWidth: number): string {
  const fits = Math.max(1, Math.floor(width / charWidth));
  return text.length <= fits ? text : `${text.slice(0, fits - 1)}…`;
}
