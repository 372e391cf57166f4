import { buildGraph, edgeSize, nodeSize } from "../../model/build-graph";
import type { FaultlineGraph, LoadedDataset } from "../../model/types";

/**
 * Grows the live graph in place to match a dataset that only adds to it (accepted article claims):
 * new actors and claims become new nodes and edges, existing claims that gained a quote get their
 * new evidence. Sigma keeps running and re-indexes on the graph's own events, so the view, camera
 * and selection survive. New actors are placed by the project's seeded layout with every actor
 * already drawn held fixed, so they land beside their neighbours and nothing else moves.
 */
export function growGraph(graph: FaultlineGraph, next: LoadedDataset): { nodes: string[]; edges: string[] } {
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
  return { nodes: [...newActors], edges: newClaims.map((claim) => claim.id) };
}
