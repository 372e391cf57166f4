import type { CampResult } from "../analysis/camps";
import type { FaultlineGraph, Ontology } from "../model/types";
import { type EdgeStyle, type GraphStyle, type NodeStyle, withAlpha } from "./graph-style";

/**
 * "Colour by camp": the same sizes and shapes as the kind view, with node colours from a camp
 * palette, unaligned actors grey, places faded, and the frustrated claims (the ones that break the
 * split) drawn thick in a warning colour over the other claims, which are dimmed.
 */

/**
 * Paul Tol's "muted" scheme: distinguishable with the common colour-vision deficiencies, and apart
 * from the Okabe-Ito colours the ontology gives actor kinds, so a camp is never read as a kind.
 * The two largest camps get the pair farthest apart in lightness (indigo, rose).
 */
export const CAMP_PALETTE: readonly string[] = [
  "#332288",
  "#cc6677",
  "#117733",
  "#ddcc77",
  "#88ccee",
  "#882255",
  "#44aa99",
  "#999933",
  "#aa4499",
];
export const UNALIGNED_COLOR = "#a3a8b0";
export const PLACE_COLOR = "#e2e5ea";
export const FRUSTRATED_COLOR = "#e31a1c";
const DIMMED_EDGE_ALPHA = 0.55;

/** Camps beyond the palette reuse it in order (their legend rows still tell them apart). */
export function campColor(campIndex: number): string {
  return CAMP_PALETTE[campIndex % CAMP_PALETTE.length] ?? UNALIGNED_COLOR;
}

export function campColors(result: CampResult): Map<string, string> {
  return new Map(result.camps.map((camp, index) => [camp.id, campColor(index)]));
}

export function campGraphStyle(
  base: GraphStyle,
  graph: FaultlineGraph,
  ontology: Ontology,
  result: CampResult,
): GraphStyle {
  const colors = campColors(result);
  const places = new Set(ontology.placeKinds);
  const nodes = new Map<string, NodeStyle>();
  for (const [node, style] of base.nodes) {
    if (!graph.hasNode(node)) continue;
    const camp = result.campOf[node];
    const color = places.has(graph.getNodeAttribute(node, "kind"))
      ? PLACE_COLOR
      : (colors.get(camp ?? "") ?? UNALIGNED_COLOR);
    nodes.set(node, { ...style, color });
  }
  const frustrated = new Set(result.frustrated.map((f) => f.claim));
  // A dataset has a dozen relation colours and up to hundreds of thousands of claims.
  const dimmed = new Map<string, string>();
  const dim = (color: string) => {
    let cached = dimmed.get(color);
    if (cached === undefined) {
      cached = withAlpha(color, DIMMED_EDGE_ALPHA);
      dimmed.set(color, cached);
    }
    return cached;
  };
  const edges = new Map<string, EdgeStyle>();
  for (const [edge, style] of base.edges) {
    edges.set(
      edge,
      frustrated.has(edge)
        ? { ...style, color: FRUSTRATED_COLOR, size: style.size * 2 + 1.5 }
        : { ...style, color: dim(style.color) },
    );
  }
  return { nodes, edges };
}

const styleCache = new WeakMap<GraphStyle, WeakMap<CampResult, GraphStyle>>();

/** The camp style for a base style and a camp result, built once per pair. */
export function cachedCampGraphStyle(
  base: GraphStyle,
  graph: FaultlineGraph,
  ontology: Ontology,
  result: CampResult,
): GraphStyle {
  let byResult = styleCache.get(base);
  if (byResult === undefined) {
    byResult = new WeakMap();
    styleCache.set(base, byResult);
  }
  let style = byResult.get(result);
  if (style === undefined) {
    style = campGraphStyle(base, graph, ontology, result);
    byResult.set(result, style);
  }
  return style;
}
