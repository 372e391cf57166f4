import { ontologyIndex } from "../model/ontology-index";
import type { Evidence, FaultlineGraph, Ontology } from "../model/types";
import type { ClaimRef } from "./claims";
import type { ChainStep, TraversedClaim } from "./projection";

/**
 * Plain-text renderings of claims and chains, shared by the CLI commands. Text only: callers that
 * show it in a page must put it in text nodes.
 */

export function actorName(graph: FaultlineGraph, actor: string): string {
  return graph.hasNode(actor) ? `${graph.getNodeAttribute(actor, "label")} (${actor})` : actor;
}

export function relationLabel(ontology: Ontology, relation: string, inverse = false): string {
  const kind = ontologyIndex(ontology).relation(relation);
  if (kind === undefined) return relation;
  return inverse ? kind.inverseLabel : kind.label;
}

/** "2014 .. 2024-12", "from 2014", "until 2016", or "" for an undated claim. */
export function spanText(claim: { start?: string | undefined; end?: string | undefined }): string {
  if (claim.start !== undefined && claim.end !== undefined) {
    return claim.start === claim.end ? claim.start : `${claim.start} .. ${claim.end}`;
  }
  if (claim.start !== undefined) return `from ${claim.start}`;
  if (claim.end !== undefined) return `until ${claim.end}`;
  return "";
}

/** `Russia supports Assad government [claim-id; stated; from 2014]`. */
export function claimLine(graph: FaultlineGraph, ontology: Ontology, claim: ClaimRef): string {
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  const details = [claim.claim, claim.certainty, spanText(claim)].filter((s) => s !== "").join("; ");
  return `${label(claim.from)} ${relationLabel(ontology, claim.relation)} ${label(claim.to)} [${details}]`;
}

/** One line per quote: `"quote" (source-id, attributed to X)`. */
export function evidenceLines(claim: { evidence: readonly Evidence[] }): string[] {
  return claim.evidence.map((e) => {
    const who = e.attributedTo === undefined ? "" : `, attributed to ${e.attributedTo}`;
    return `"${e.quote}" (${e.source}${who})`;
  });
}

/** A claim line, then its quotes one level deeper. */
export function claimBlock(
  graph: FaultlineGraph,
  ontology: Ontology,
  claim: ClaimRef,
  indent: string,
): string[] {
  return [
    `${indent}${claimLine(graph, ontology, claim)}`,
    ...evidenceLines(claim).map((l) => `${indent}  ${l}`),
  ];
}

const TRAVERSAL_NOTE: Record<TraversedClaim["traversal"], string> = {
  along: "",
  against: " (walked against its direction)",
  symmetric: "",
};

/** A chain step: `A -> B`, then each claim behind it with its quotes. */
export function stepBlock(
  graph: FaultlineGraph,
  ontology: Ontology,
  step: ChainStep,
  indent: string,
): string[] {
  const lines = [`${indent}${actorName(graph, step.from)} -> ${actorName(graph, step.to)}`];
  for (const claim of step.claims) {
    const [first, ...quotes] = claimBlock(graph, ontology, claim, `${indent}  `);
    lines.push(`${first}${TRAVERSAL_NOTE[claim.traversal]}`, ...quotes);
  }
  return lines;
}
