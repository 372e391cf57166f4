import { ruleChecker } from "../model/import-ontology";
import type { FaultlineGraph, NodeShape, Ontology } from "../model/types";
import { DISPUTED_ALPHA, edgeWidth, FALLBACK_COLOR, NODE_SCALE, withAlpha } from "./appearance";

/**
 * How each actor and claim looks, derived once per graph from the ontology: colour by kind or
 * relation, shape by kind, arrows on directed relations, a faint thin line for
 * disputed claims. The renderer's reducers read these maps; the graph itself is left as data.
 */

export interface NodeStyle {
  color: string;
  size: number;
  /** Sigma node program name: the kind's shape. */
  type: NodeShape;
}

export type EdgeType = "arrow" | "line" | "dashed-arrow" | "dashed-line";

export interface EdgeStyle {
  color: string;
  size: number;
  /** Sigma edge program name: arrows on directed relations, dashes on undated claims. */
  type: EdgeType;
  /** The claim in words, for the hover tooltip: "Iran supports Hezbollah (stated, 2011 – …)". */
  description: string;
}

export interface GraphStyle {
  nodes: Map<string, NodeStyle>;
  edges: Map<string, EdgeStyle>;
}

/** A claim of an imported file that breaks the kind rules: red, whatever its relation. */
export const RULE_BREAK_COLOR = "#d7191c";

/**
 * `rules`: for a foreign file opened through the mapping step, the ontology it was mapped onto;
 * its claims that break these rules are drawn in RULE_BREAK_COLOR and say so on hover.
 */
export function computeGraphStyle(graph: FaultlineGraph, ontology: Ontology, rules?: Ontology): GraphStyle {
  const breaks = rules ? ruleChecker(rules) : undefined;
  const kinds = new Map(ontology.nodeKinds.map((kind) => [kind.id, kind]));
  const relations = new Map(ontology.relationKinds.map((relation) => [relation.id, relation]));
  const nodes = new Map<string, NodeStyle>();
  graph.forEachNode((node, attributes) => {
    const kind = kinds.get(attributes.kind);
    nodes.set(node, {
      color: kind?.color ?? FALLBACK_COLOR,
      size: attributes.size * NODE_SCALE,
      type: kind?.shape ?? "disc",
    });
  });
  const edges = new Map<string, EdgeStyle>();
  // One faint colour per relation, not one regex per disputed claim.
  const faint = new Map<string, string>();
  graph.forEachEdge((edge, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    const relation = relations.get(attributes.relation);
    const color = relation?.color ?? FALLBACK_COLOR;
    let faintColor = faint.get(color);
    if (faintColor === undefined) {
      faintColor = withAlpha(color, DISPUTED_ALPHA);
      faint.set(color, faintColor);
    }
    const directed = relation?.directed ?? attributes.directed;
    const undated = attributes.start === undefined && attributes.end === undefined;
    const span = undated ? ", undated" : `, ${attributes.start ?? "…"} – ${attributes.end ?? "…"}`;
    const from = sourceAttributes.label;
    const to = targetAttributes.label;
    const broken = breaks?.(attributes.relation, sourceAttributes.kind, targetAttributes.kind) ?? [];
    edges.set(edge, {
      color: broken.length > 0 ? RULE_BREAK_COLOR : attributes.certainty === "disputed" ? faintColor : color,
      size:
        broken.length > 0
          ? Math.max(edgeWidth(attributes.certainty), edgeWidth("stated"))
          : edgeWidth(attributes.certainty),
      type: `${undated ? "dashed-" : ""}${directed ? "arrow" : "line"}`,
      description: `${from} ${relation?.label ?? attributes.relation} ${to} (${attributes.certainty}${span})${broken.length > 0 ? ", breaks the ontology's kind rules" : ""}`,
    });
  });
  return { nodes, edges };
}
