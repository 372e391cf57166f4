import { spansOverlap } from "../model/dates";
import type { Claim, Ontology } from "../model/types";
import type { ClaimStatus } from "./types";

interface Comparable {
  from: string;
  relation: string;
  to: string;
  asserted: boolean;
  span?: { start?: string; end?: string };
}

type RelationKind = Ontology["relationKinds"][number];

// Built once per ontology, not once per candidate: extraction compares every claim it finds.
const relationMaps = new WeakMap<Ontology, Map<string, RelationKind>>();

function relationsOf(ontology: Ontology): Map<string, RelationKind> {
  let relations = relationMaps.get(ontology);
  if (!relations) {
    relations = new Map(ontology.relationKinds.map((r) => [r.id, r]));
    relationMaps.set(ontology, relations);
  }
  return relations;
}

/**
 * Compares one candidate with the claims already in the datasets: "known" when the same relation
 * links the same pair (either way round for symmetric relations), "conflicting" when the dataset
 * says the opposite (a relation of opposite sign between the pair, another controller of the same
 * place at an overlapping time, or a claim the text denies), else "new".
 */
export function compareClaim(
  candidate: Comparable,
  existing: Claim[],
  ontology: Ontology,
): { status: ClaimStatus; conflict?: string } {
  const relations = relationsOf(ontology);
  const kind = relations.get(candidate.relation);
  const samePair = (c: Claim) =>
    (c.from === candidate.from && c.to === candidate.to) ||
    (c.from === candidate.to && c.to === candidate.from);
  const same = existing.find(
    (c) =>
      c.relation === candidate.relation &&
      ((c.from === candidate.from && c.to === candidate.to) ||
        (kind?.directed === false && c.from === candidate.to && c.to === candidate.from)),
  );
  if (same) {
    return candidate.asserted
      ? { status: "known" }
      : { status: "conflicting", conflict: `the text denies claim "${same.id}" of the dataset` };
  }
  if (!candidate.asserted) return { status: "new" };
  const sign = kind?.sign ?? 0;
  if (sign !== 0) {
    const opposite = existing.find((c) => samePair(c) && (relations.get(c.relation)?.sign ?? 0) === -sign);
    if (opposite) {
      return {
        status: "conflicting",
        conflict: `the dataset says ${opposite.from} ${opposite.relation} ${opposite.to} (claim "${opposite.id}")`,
      };
    }
  }
  if (candidate.relation === "controls") {
    const span = candidate.span ?? {};
    const rival = existing.find(
      (c) =>
        c.relation === "controls" &&
        c.to === candidate.to &&
        c.from !== candidate.from &&
        spansOverlap({ start: c.start, end: c.end }, span),
    );
    if (rival) {
      return {
        status: "conflicting",
        conflict: `the dataset says ${rival.from} controls ${rival.to} then (claim "${rival.id}")`,
      };
    }
  }
  return { status: "new" };
}
