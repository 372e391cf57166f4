import { claimVisible, type GraphFilter } from "../model/filter";
import { ontologyIndex } from "../model/ontology-index";
import type { Certainty, Evidence, FaultlineGraph, Ontology } from "../model/types";

/** One claim as the analyses report it: enough to show the statement and the quotes behind it. */
export interface ClaimRef {
  claim: string;
  from: string;
  to: string;
  relation: string;
  certainty: Certainty;
  start?: string;
  end?: string;
  /** false for symmetric relations, whose from/to order carries no meaning. */
  directed: boolean;
  evidence: Evidence[];
}

/** The claim behind one edge of the graph. */
export function claimRef(graph: FaultlineGraph, edge: string): ClaimRef {
  const a = graph.getEdgeAttributes(edge);
  const ref: ClaimRef = {
    claim: a.claim,
    from: graph.source(edge),
    to: graph.target(edge),
    relation: a.relation,
    certainty: a.certainty,
    directed: a.directed,
    evidence: a.evidence,
  };
  if (a.start !== undefined) ref.start = a.start;
  if (a.end !== undefined) ref.end = a.end;
  return ref;
}

/** Whether the edge passes the filter (relations, kinds of both ends, date). */
export function edgeVisible(graph: FaultlineGraph, edge: string, filter: GraphFilter): boolean {
  const a = graph.getEdgeAttributes(edge);
  const fromKind = graph.getNodeAttribute(graph.source(edge), "kind");
  const toKind = graph.getNodeAttribute(graph.target(edge), "kind");
  return claimVisible(filter, a, fromKind, toKind);
}

/** Every claim that passes the filter, sorted by claim id so results never depend on insertion order. */
export function visibleClaims(graph: FaultlineGraph, filter: GraphFilter = {}): ClaimRef[] {
  const refs: ClaimRef[] = [];
  graph.forEachEdge((edge) => {
    if (edgeVisible(graph, edge, filter)) refs.push(claimRef(graph, edge));
  });
  return refs.sort((x, y) => compareIds(x.claim, y.claim));
}

/** Code-point order, the same in every locale, for deterministic output. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Relation id -> sign (+1 friendly, -1 hostile, 0 neutral); relations the ontology lacks count as 0. */
export function relationSigns(ontology: Ontology): (relation: string) => -1 | 0 | 1 {
  const relations = ontologyIndex(ontology);
  return (relation) => relations.relation(relation)?.sign ?? 0;
}

/** Whether a node kind is a place (city, region...) rather than an actor that can take sides. */
export function placeTest(ontology: Ontology): (kind: string) => boolean {
  const kinds = ontologyIndex(ontology);
  return (kind) => kinds.isPlaceKind(kind);
}

/** Throws a clear error when an analysis is asked about an actor that is not in the graph. */
export function assertActor(graph: FaultlineGraph, actor: string): void {
  if (!graph.hasNode(actor)) throw new Error(`unknown actor "${actor}"`);
}

/** The two ends of a pair in a fixed order, as one key. */
export function pairKey(a: string, b: string): string {
  return compareIds(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The filter narrowed to `relations` (intersected with any relation restriction it already has). */
export function restrictRelations(
  filter: GraphFilter,
  relations: readonly string[] | undefined,
): GraphFilter {
  if (relations === undefined) return filter;
  const kept =
    filter.relations === undefined ? [...relations] : relations.filter((r) => filter.relations?.includes(r));
  return { ...filter, relations: kept };
}
