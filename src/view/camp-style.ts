import type { CampResult } from "../analysis/camps";
import type { FaultlineGraph, Ontology } from "../model/types";
import {
  campColor,
  DIMMED_EDGE_ALPHA,
  FRUSTRATED_COLOR,
  PLACE_COLOR,
  UNALIGNED_COLOR,
  withAlpha,
} from "./appearance";
import type { EdgeStyle, GraphStyle, NodeStyle } from "./graph-style";

/**
 * "Colour by camp": the same sizes and shapes as the kind view, with node colours from a camp
 * palette, unaligned actors grey, places faded, and the frustrated claims (the ones that break the
 * split) drawn thick in a warning colour over the other claims, which are dimmed.
 */

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
