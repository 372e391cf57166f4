import type { GraphFilter } from "../model/filter";
import { ontologyIndex } from "../model/ontology-index";
import type { Certainty, Evidence, FaultlineGraph, Ontology } from "../model/types";
import { assertActor, compareIds, edgeVisible } from "./claims";

/** How the summarised actor stands in a claim: its subject, its object, or one side of a symmetric one. */
export type SummaryDirection = "out" | "in" | "mutual";

export interface SummaryEntry {
  claim: string;
  /** The actor at the other end. */
  other: string;
  otherLabel: string;
  certainty: Certainty;
  start?: string;
  end?: string;
  evidence: Evidence[];
}

export interface SummaryGroup {
  relation: string;
  direction: SummaryDirection;
  /** Reads from the summarised actor's side: "supports", "supported by", "fights", "part of", "includes". */
  label: string;
  entries: SummaryEntry[];
}

export interface ActorSummary {
  actor: string;
  label: string;
  kind: string;
  groups: SummaryGroup[];
}

/**
 * Every claim touching `actor`, grouped by relation and by which end the actor is at, labelled
 * from its side with the ontology's label / inverseLabel. Groups follow the ontology's relation
 * order (out, then in, then mutual); entries are sorted by the other actor's label, then claim id.
 * The details panel and `faultline` both render this.
 */
export function actorSummary(
  graph: FaultlineGraph,
  ontology: Ontology,
  actor: string,
  filter: GraphFilter = {},
): ActorSummary {
  assertActor(graph, actor);
  const groups = new Map<string, SummaryGroup>();
  const relations = ontologyIndex(ontology);
  const add = (edge: string, direction: SummaryDirection, other: string) => {
    const a = graph.getEdgeAttributes(edge);
    const kind = relations.relation(a.relation);
    const key = `${a.relation}\u0000${direction}`;
    let group = groups.get(key);
    if (group === undefined) {
      const label =
        direction === "in" ? (kind?.inverseLabel ?? `${a.relation} (from)`) : (kind?.label ?? a.relation);
      group = { relation: a.relation, direction, label, entries: [] };
      groups.set(key, group);
    }
    const entry: SummaryEntry = {
      claim: a.claim,
      other,
      otherLabel: graph.getNodeAttribute(other, "label"),
      certainty: a.certainty,
      evidence: a.evidence,
    };
    if (a.start !== undefined) entry.start = a.start;
    if (a.end !== undefined) entry.end = a.end;
    group.entries.push(entry);
  };
  graph.forEachOutEdge(actor, (edge, attributes, _source, target) => {
    if (edgeVisible(graph, edge, filter)) add(edge, attributes.directed ? "out" : "mutual", target);
  });
  graph.forEachInEdge(actor, (edge, attributes, source) => {
    // A self-loop was already listed as outgoing.
    if (source !== actor && edgeVisible(graph, edge, filter)) {
      add(edge, attributes.directed ? "in" : "mutual", source);
    }
  });
  const directionOrder: Record<SummaryDirection, number> = { out: 0, in: 1, mutual: 2 };
  const sorted = [...groups.values()].sort(
    (x, y) =>
      relations.relationOrder(x.relation) - relations.relationOrder(y.relation) ||
      compareIds(x.relation, y.relation) ||
      directionOrder[x.direction] - directionOrder[y.direction],
  );
  for (const group of sorted) {
    group.entries.sort(
      (x, y) =>
        compareIds(x.otherLabel.toLowerCase(), y.otherLabel.toLowerCase()) || compareIds(x.claim, y.claim),
    );
  }
  const attributes = graph.getNodeAttributes(actor);
  return { actor, label: attributes.label, kind: attributes.kind, groups: sorted };
}
