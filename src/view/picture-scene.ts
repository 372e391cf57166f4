import type { NodeShape } from "../model/types";

/**
 * The exported picture (PNG and SVG) as a list of drawing items: a header with the title and the
 * date shown, the graph, a legend of what is on it, and a source line. Pure: the PNG painter and
 * the SVG writer draw the same scene, so the two exports agree. Units are CSS pixels; the PNG
 * painter scales them (2× by default).
 */

export type SceneItem =
  | { type: "rect"; x: number; y: number; width: number; height: number; fill: string; stroke?: string }
  | {
      type: "text";
      x: number;
      y: number;
      text: string;
      size: number;
      fill: string;
      weight?: "bold";
      /** Text drawn with a light halo, so a label stays readable over lines. */
      halo?: boolean;
    }
  | { type: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  | { type: "polygon"; points: [number, number][]; fill: string }
  | { type: "shape"; shape: NodeShape; x: number; y: number; size: number; fill: string; stroke?: string };

export interface Scene {
  width: number;
  height: number;
  /** Where the graph goes: the PNG painter draws sigma's picture there, the SVG writer the items. */
  graph: { x: number; y: number; width: number; height: number };
  items: SceneItem[];
}

/** A node as sigma displays it, in viewport pixels. */
export interface PictureNode {
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  shape: NodeShape;
  /** Set when sigma shows its label. */
  label?: string;
}

/** An edge as sigma displays it, in viewport pixels. */
export interface PictureEdge {
  from: { x: number; y: number };
  to: { x: number; y: number; size: number };
  color: string;
  width: number;
  arrow: boolean;
}

export interface LegendEntry {
  label: string;
  color: string;
  shape: NodeShape | "line";
  count: number;
}

export interface PictureInput {
  graphWidth: number;
  graphHeight: number;
  title: string;
  /** "As of 5 December 2024" or "All time", with any filters. */
  subtitle: string;
  /** Where the claims come from and who made the picture. */
  source: string;
  relations: LegendEntry[];
  kinds: LegendEntry[];
}

const MARGIN = 16;
const HEADER = 58;
const LEGEND_WIDTH = 250;
const LINE = 18;
const TEXT = "#15181d";
const MUTED = "#4a5361";
const BACKGROUND = "#ffffff";
const GRAPH_BACKGROUND = "#fbfcfd";
const BORDER = "#d5d9e0";
const LABEL_SIZE = 13;

/** A width for text without a font engine (pure code): generous, so nothing overflows. */
export function estimateWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

/** Cuts text to a width, ending with "…" when cut. */
function fitText(text: string, size: number, width: number): string {
  const max = Math.max(1, Math.floor(width / (size * 0.56)));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Word-wraps text into lines of at most `width`. */
export function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && estimateWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== "") lines.push(line);
  return lines.map((l) => fitText(l, size, width));
}

function legendItems(input: PictureInput, x: number, y: number): { items: SceneItem[]; height: number } {
  const items: SceneItem[] = [];
  let at = y;
  const section = (heading: string, entries: LegendEntry[]) => {
    if (entries.length === 0) return;
    items.push({ type: "text", x, y: at + 12, text: heading, size: 12, fill: MUTED, weight: "bold" });
    at += LINE + 2;
    for (const entry of entries) {
      const mid = at + 7;
      if (entry.shape === "line")
        items.push({ type: "line", x1: x, y1: mid, x2: x + 20, y2: mid, stroke: entry.color, width: 3 });
      else
        items.push({
          type: "shape",
          shape: entry.shape,
          x: x + 10,
          y: mid,
          size: 6,
          fill: entry.color,
          stroke: "#555555",
        });
      const text = fitText(`${entry.label} (${entry.count})`, 13, LEGEND_WIDTH - 40);
      items.push({ type: "text", x: x + 28, y: mid + 4.5, text, size: 13, fill: TEXT });
      at += LINE;
    }
    at += 8;
  };
  section("RELATIONS", input.relations);
  section("ACTOR KINDS", input.kinds);
  return { items, height: at - y };
}

/** The picture's frame around a graph of the given size (the graph itself is added by the caller). */
export function layoutPicture(input: PictureInput): Scene {
  const graph = { x: MARGIN, y: HEADER, width: input.graphWidth, height: input.graphHeight };
  const legendX = graph.x + graph.width + MARGIN;
  const legend = legendItems(input, legendX, graph.y + 4);
  const width = legendX + LEGEND_WIDTH;
  const body = Math.max(graph.height, legend.height);
  const sourceLines = wrap(input.source, 12, width - 2 * MARGIN);
  const height = HEADER + body + 12 + sourceLines.length * 16 + MARGIN;
  const items: SceneItem[] = [
    { type: "rect", x: 0, y: 0, width, height, fill: BACKGROUND },
    {
      type: "text",
      x: MARGIN,
      y: 28,
      text: fitText(input.title, 20, width - 2 * MARGIN),
      size: 20,
      fill: TEXT,
      weight: "bold",
    },
    {
      type: "text",
      x: MARGIN,
      y: 48,
      text: fitText(input.subtitle, 13, width - 2 * MARGIN),
      size: 13,
      fill: MUTED,
    },
    { type: "rect", ...graph, fill: GRAPH_BACKGROUND, stroke: BORDER },
    ...legend.items,
    ...sourceLines.map(
      (text, i): SceneItem => ({
        type: "text",
        x: MARGIN,
        y: HEADER + body + 24 + i * 16,
        text,
        size: 12,
        fill: MUTED,
      }),
    ),
  ];
  return { width, height, graph, items };
}

/** The arrowhead of a directed edge: a triangle whose tip touches the target node's rim. */
function arrowhead(edge: PictureEdge): [number, number][] {
  const dx = edge.to.x - edge.from.x;
  const dy = edge.to.y - edge.from.y;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const tip = [edge.to.x - ux * edge.to.size, edge.to.y - uy * edge.to.size];
  const head = Math.max(6, edge.width * 2.5);
  const base = [(tip[0] ?? 0) - ux * head, (tip[1] ?? 0) - uy * head];
  const half = head * 0.55;
  return [
    [tip[0] ?? 0, tip[1] ?? 0],
    [(base[0] ?? 0) - uy * half, (base[1] ?? 0) + ux * half],
    [(base[0] ?? 0) + uy * half, (base[1] ?? 0) - ux * half],
  ];
}

/**
 * The graph as drawing items, from sigma's display data (already through the reducers: hidden
 * items left out, faded ones in their faded colours), offset into the scene's graph slot and
 * clipped to it by the caller. Edges first, then nodes, then labels, as sigma layers them.
 */
export function graphItems(
  scene: Scene,
  nodes: readonly PictureNode[],
  edges: readonly PictureEdge[],
): SceneItem[] {
  const { x: ox, y: oy, width, height } = scene.graph;
  const inside = (x: number, y: number, pad: number) =>
    x >= -pad && y >= -pad && x <= width + pad && y <= height + pad;
  const items: SceneItem[] = [];
  for (const edge of edges) {
    if (!inside(edge.from.x, edge.from.y, width) && !inside(edge.to.x, edge.to.y, width)) continue;
    const shifted: PictureEdge = {
      ...edge,
      from: { x: edge.from.x + ox, y: edge.from.y + oy },
      to: { ...edge.to, x: edge.to.x + ox, y: edge.to.y + oy },
    };
    items.push({
      type: "line",
      x1: shifted.from.x,
      y1: shifted.from.y,
      x2: shifted.to.x,
      y2: shifted.to.y,
      stroke: edge.color,
      width: edge.width,
    });
    if (edge.arrow) items.push({ type: "polygon", points: arrowhead(shifted), fill: edge.color });
  }
  const shown = nodes.filter((node) => inside(node.x, node.y, node.size));
  for (const node of shown)
    items.push({
      type: "shape",
      shape: node.shape,
      x: node.x + ox,
      y: node.y + oy,
      size: node.size,
      fill: node.color,
      stroke: "#ffffff",
    });
  for (const node of shown) {
    if (node.label === undefined || node.label === "") continue;
    items.push({
      type: "text",
      x: node.x + ox + node.size + 3,
      y: node.y + oy + LABEL_SIZE / 3,
      text: node.label,
      size: LABEL_SIZE,
      fill: TEXT,
      halo: true,
    });
  }
  return items;
}

/** The corners of a node shape (a disc has none: it is drawn as a circle). */
export function shapePoints(shape: NodeShape, x: number, y: number, size: number): [number, number][] {
  switch (shape) {
    case "square":
      return [
        [x - size, y - size],
        [x + size, y - size],
        [x + size, y + size],
        [x - size, y + size],
      ];
    case "diamond":
      return [
        [x, y - size * 1.3],
        [x + size * 1.3, y],
        [x, y + size * 1.3],
        [x - size * 1.3, y],
      ];
    case "triangle":
      return [
        [x, y - size * 1.2],
        [x + size * 1.1, y + size * 0.8],
        [x - size * 1.1, y + size * 0.8],
      ];
    default:
      return [];
  }
}
