import { buildGraph, edgeSize, nodeSize } from "../../model/build-graph";
import type { FaultlineGraph, LoadedDataset } from "../../model/types";
import { type Disc, freeSpot } from "./free-spot";

/**
 * How big actors are on screen now, in graph units: a new actor is placed where its disc touches
 * no other at the sizes the user sees (see placeNewActors).
 */
export interface Footprint {
  /** The radius of a drawn actor. */
  radius(node: string): number;
  /** The clearance kept between two discs. */
  gap: number;
}

/**
 * Places each new actor near the actors it is linked to (its neighbours already placed), on a free
 * spot: not on top of an existing actor, nor of a new one placed before it. Actors linked to
 * nothing placed yet go near the middle of the graph.
 */
export function placeNewActors(graph: FaultlineGraph, added: readonly string[], footprint: Footprint): void {
  const fresh = new Set(added);
  const taken: Disc[] = [];
  graph.forEachNode((node, { x, y }) => {
    if (!fresh.has(node)) taken.push({ x, y, r: footprint.radius(node) });
  });
  // The best anchored first: an actor linked to two known ones has the clearest place to go.
  const anchoredBy = (node: string) => graph.neighbors(node).filter((n) => !fresh.has(n)).length;
  const order = [...added].sort((a, b) => anchoredBy(b) - anchoredBy(a));
  for (const node of order) {
    const anchors = graph
      .neighbors(node)
      .filter((n) => !fresh.has(n))
      .map((n) => graph.getNodeAttributes(n));
    const radius = footprint.radius(node);
    const spot = freeSpot(anchors, taken, radius, footprint.gap);
    graph.mergeNodeAttributes(node, { x: spot.x, y: spot.y });
    taken.push({ ...spot, r: radius });
    fresh.delete(node);
  }
}

/**
 * Grows the live graph in place to match a dataset that only adds to it (accepted article claims):
 * new actors and claims become new nodes and edges, existing claims that gained a quote get their
 * new evidence. Sigma keeps running and re-indexes on the graph's own events, so the view, camera
 * and selection survive. New actors are placed apart, near the actors they are linked to
 * (placeNewActors, when the view gives their footprint; else by the seeded layout with every actor
 * already drawn held fixed); nothing else moves.
 */
export function growGraph(
  graph: FaultlineGraph,
  next: LoadedDataset,
  footprint?: Footprint,
): { nodes: string[]; edges: string[] } {
  const { dataset } = next;
  const newClaims = dataset.claims.filter((claim) => !graph.hasEdge(claim.id));
  const newActors = new Set(dataset.actors.filter((actor) => !graph.hasNode(actor.id)).map((a) => a.id));

  if (newClaims.length > 0 || newActors.size > 0) {
    // A small dataset: the new claims, their ends (drawn ones pinned where they are) and new actors.
    const ends = new Set([...newActors, ...newClaims.flatMap((claim) => [claim.from, claim.to])]);
    const layout: Record<string, { x: number; y: number }> = {};
    for (const id of ends) {
      if (graph.hasNode(id)) {
        const { x, y } = graph.getNodeAttributes(id);
        layout[id] = { x, y };
      }
    }
    const partial = buildGraph({
      ...next,
      dataset: {
        ...dataset,
        actors: dataset.actors.filter((actor) => ends.has(actor.id)),
        claims: newClaims,
        layout,
      },
    });
    for (const id of newActors) {
      if (partial.hasNode(id)) graph.addNode(id, partial.getNodeAttributes(id));
    }
    for (const claim of newClaims) {
      graph.addDirectedEdgeWithKey(claim.id, claim.from, claim.to, partial.getEdgeAttributes(claim.id));
    }
  }

  // Existing claims that the article corroborates carry its quote too.
  for (const claim of dataset.claims) {
    if (!graph.hasEdge(claim.id)) continue;
    if (graph.getEdgeAttribute(claim.id, "evidence").length !== claim.evidence.length) {
      graph.mergeEdgeAttributes(claim.id, {
        evidence: claim.evidence,
        size: edgeSize(claim.evidence.length),
      });
    }
  }
  const touched = new Set(newClaims.flatMap((claim) => [claim.from, claim.to]));
  for (const id of touched) graph.setNodeAttribute(id, "size", nodeSize(graph.degree(id)));
  const added = [...newActors].filter((id) => graph.hasNode(id));
  if (footprint !== undefined && added.length > 0) placeNewActors(graph, added, footprint);
  return { nodes: added, edges: newClaims.map((claim) => claim.id) };
}
