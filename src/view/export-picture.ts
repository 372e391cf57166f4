import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { FaultlineGraph, LoadedDataset, NodeShape } from "../model/types";
import type { AppState } from "./app-state";
import {
  graphItems,
  type LegendEntry,
  layoutPicture,
  type PictureEdge,
  type PictureInput,
  type PictureNode,
  type Scene,
  type SceneItem,
  shapePoints,
} from "./picture-scene";
import { sceneToSvg } from "./picture-svg";
import type { FaultlineSigma } from "./render-inputs";

/**
 * PNG and SVG export of the view as drawn (filters, date, highlights), framed as a figure: title,
 * the date shown, a legend of what is on the graph, and a source line. The graph is drawn by a
 * temporary sigma renderer of the chosen size (@sigma/export-image), so the picture shows what the
 * screen shows at that size; the PNG takes its pixels, the SVG its display data.
 */

export interface PictureOptions {
  /** Size of the graph area in CSS pixels; null: the size of the graph on screen. */
  width: number | null;
  height: number | null;
  /** Pixels per CSS pixel in the PNG (2 by default: sharp on high-density screens and in print). */
  scale: number;
}

/** Largest side of a PNG in pixels: browsers refuse bigger canvases, and WebGL bigger buffers. */
const MAX_PIXELS = 8192;

function pictureInput(
  loaded: LoadedDataset,
  graph: FaultlineGraph,
  sigma: FaultlineSigma,
  state: AppState,
  size: { width: number; height: number },
  today: string,
): PictureInput {
  const { ontology, dataset } = loaded;
  const relationCounts = new Map<string, number>();
  const kindCounts = new Map<string, number>();
  graph.forEachEdge((edge, attributes) => {
    if (sigma.getEdgeDisplayData(edge)?.hidden === false)
      relationCounts.set(attributes.relation, (relationCounts.get(attributes.relation) ?? 0) + 1);
  });
  graph.forEachNode((node, attributes) => {
    if (sigma.getNodeDisplayData(node)?.hidden === false)
      kindCounts.set(attributes.kind, (kindCounts.get(attributes.kind) ?? 0) + 1);
  });
  const relations: LegendEntry[] = ontology.relationKinds
    .filter((relation) => relationCounts.has(relation.id))
    .map((relation) => ({
      label: relation.label,
      color: relation.color,
      shape: "line",
      count: relationCounts.get(relation.id) ?? 0,
    }));
  const kinds: LegendEntry[] = ontology.nodeKinds
    .filter((kind) => kindCounts.has(kind.id))
    .map((kind) => ({
      label: kind.label,
      color: kind.color,
      shape: kind.shape,
      count: kindCounts.get(kind.id) ?? 0,
    }));
  const label = (list: readonly { id: string; label: string }[], id: string) =>
    list.find((item) => item.id === id)?.label ?? id;
  const hidden = [
    ...state.filters.hiddenRelations.map((id) => label(ontology.relationKinds, id)),
    ...state.filters.hiddenKinds.map((id) => label(ontology.nodeKinds, id)),
  ];
  const subtitle = [
    state.date === null ? "All time" : `As of ${state.date}`,
    hidden.length > 0 ? `not shown: ${hidden.join(", ")}` : "",
  ]
    .filter((part) => part !== "")
    .join(" · ");
  const publishers = [...new Set(dataset.sources.map((source) => source.publisher))];
  const named = publishers.slice(0, 6).join(", ") + (publishers.length > 6 ? ", …" : "");
  const source =
    `Sources: ${named} (${dataset.sources.length} source${dataset.sources.length === 1 ? "" : "s"}, ` +
    `${dataset.claims.length} claims, each quoting its source). Faultline, exported ${today}.`;
  return {
    graphWidth: size.width,
    graphHeight: size.height,
    title: dataset.title,
    subtitle,
    source,
    relations,
    kinds,
  };
}

/** What a (temporary) renderer displays, in its viewport pixels. */
function displayed(renderer: FaultlineSigma): { nodes: PictureNode[]; edges: PictureEdge[] } {
  const graph = renderer.getGraph();
  const labels = renderer.getNodeDisplayedLabels();
  const nodes: (PictureNode & { z: number })[] = [];
  const at = new Map<string, PictureNode>();
  graph.forEachNode((node) => {
    const data = renderer.getNodeDisplayData(node);
    if (data === undefined || data.hidden) return;
    const position = renderer.framedGraphToViewport(data);
    const shape = (data as { shape?: NodeShape }).shape ?? "disc";
    const item: PictureNode & { z: number } = {
      ...position,
      size: renderer.scaleSize(data.size),
      color: data.color,
      shape,
      z: data.zIndex ?? 0,
    };
    if (labels.has(node) && data.label) item.label = data.label;
    nodes.push(item);
    at.set(node, item);
  });
  // Sigma draws items by zIndex (faded ones below); so does the picture.
  nodes.sort((a, b) => a.z - b.z);
  const edges: (PictureEdge & { z: number })[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = renderer.getEdgeDisplayData(edge);
    const from = at.get(source);
    const to = at.get(target);
    if (data === undefined || data.hidden || from === undefined || to === undefined) return;
    edges.push({
      from: { x: from.x, y: from.y },
      to: { x: to.x, y: to.y, size: to.size },
      color: data.color,
      width: Math.max(0.5, renderer.scaleSize(data.size)),
      arrow: data.type === "arrow",
      z: data.zIndex ?? 0,
    });
  });
  edges.sort((a, b) => a.z - b.z);
  return { nodes, edges };
}

/** Runs `draw` with window.devicePixelRatio set to `ratio`: sigma renders at that resolution. */
async function atPixelRatio<T>(ratio: number, draw: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return await draw();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

function paint(context: CanvasRenderingContext2D, entry: SceneItem): void {
  const font = "system-ui, -apple-system, 'Segoe UI', sans-serif";
  switch (entry.type) {
    case "rect":
      context.fillStyle = entry.fill;
      context.fillRect(entry.x, entry.y, entry.width, entry.height);
      if (entry.stroke) {
        context.strokeStyle = entry.stroke;
        context.lineWidth = 1;
        context.strokeRect(entry.x + 0.5, entry.y + 0.5, entry.width - 1, entry.height - 1);
      }
      return;
    case "line":
      context.strokeStyle = entry.stroke;
      context.lineWidth = entry.width;
      context.beginPath();
      context.moveTo(entry.x1, entry.y1);
      context.lineTo(entry.x2, entry.y2);
      context.stroke();
      return;
    case "polygon":
    case "shape": {
      context.beginPath();
      if (entry.type === "shape" && entry.shape === "disc")
        context.arc(entry.x, entry.y, entry.size, 0, 2 * Math.PI);
      else {
        const corners =
          entry.type === "polygon" ? entry.points : shapePoints(entry.shape, entry.x, entry.y, entry.size);
        for (const [i, [x, y]] of corners.entries()) {
          if (i === 0) context.moveTo(x, y);
          else context.lineTo(x, y);
        }
        context.closePath();
      }
      context.fillStyle = entry.fill;
      context.fill();
      if (entry.type === "shape" && entry.stroke) {
        context.strokeStyle = entry.stroke;
        context.lineWidth = 1;
        context.stroke();
      }
      return;
    }
    case "text":
      context.font = `${entry.weight ?? "normal"} ${entry.size}px ${font}`;
      context.fillStyle = entry.fill;
      context.fillText(entry.text, entry.x, entry.y);
  }
}

export interface PictureSources {
  sigma: FaultlineSigma;
  loaded: LoadedDataset;
  graph: FaultlineGraph;
  state: AppState;
  /** YYYY-MM-DD for the source line. */
  today: string;
}

/** Draws the picture; resolves to the PNG or SVG blob. */
export async function renderPicture(
  sources: PictureSources,
  format: "png" | "svg",
  options: PictureOptions,
): Promise<Blob> {
  const { sigma } = sources;
  const screen = sigma.getDimensions();
  const width = Math.round(options.width ?? screen.width);
  const height = Math.round(options.height ?? screen.height);
  const input = pictureInput(
    sources.loaded,
    sources.graph,
    sigma,
    sources.state,
    { width, height },
    sources.today,
  );
  const scene: Scene = layoutPicture(input);
  const scale =
    format === "svg" ? 1 : Math.min(options.scale, MAX_PIXELS / Math.max(scene.width, scene.height));
  let items: SceneItem[] = [];
  // export-image is typed for untyped graphs; the renderer is the same object.
  const untyped = sigma as unknown as Sigma;
  const raster = await atPixelRatio(scale, () =>
    drawOnCanvas(untyped, {
      width,
      height,
      backgroundColor: "#fbfcfd",
      withTempRenderer: (temporary) => {
        const shown = displayed(temporary as unknown as FaultlineSigma);
        items = graphItems(scene, shown.nodes, shown.edges);
      },
    }),
  );
  if (format === "svg") {
    const svg = sceneToSvg(scene, items, sources.loaded.dataset.title);
    return new Blob([svg], { type: "image/svg+xml" });
  }
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(scene.width * scale);
  canvas.height = Math.round(scene.height * scale);
  const context = canvas.getContext("2d");
  if (context === null) throw new Error("this browser cannot draw on a canvas");
  context.scale(scale, scale);
  for (const entry of scene.items) paint(context, entry);
  context.drawImage(raster, scene.graph.x, scene.graph.y, scene.graph.width, scene.graph.height);
  paint(context, { type: "rect", ...scene.graph, fill: "rgba(0,0,0,0)", stroke: "#d5d9e0" });
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the PNG could not be encoded"))),
      "image/png",
    );
  });
}
