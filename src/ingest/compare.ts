import { spansOverlap } from "../model/dates";
import { ontologyIndex } from "../model/ontology-index";
import type { Claim, Ontology } from "../model/types";
import type { ClaimStatus } from "./types";

interface Comparable {
  from: string;
  relation: string;
  to: string;
  asserted: boolean;
  span?: { start?: string; end?: string };
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
  const relations = ontologyIndex(ontology);
  const kind = relations.relation(candidate.relation);
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
    const opposite = existing.find(
      (c) => samePair(c) && (relations.relation(c.relation)?.sign ?? 0) === -sign,
    );
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
