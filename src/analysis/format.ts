import { isQuoteEvidence } from "../model/evidence-kind";
import { ontologyIndex } from "../model/ontology-index";
import type { Evidence, FaultlineGraph, Ontology, Source } from "../model/types";
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

/** Source records by id, so evidence lines can give a reference's address. */
export type SourceLookup = ReadonlyMap<string, Source>;

export function sourceLookup(sources: readonly Source[]): SourceLookup {
  return new Map(sources.map((source) => [source.id, source]));
}

/**
 * One line per evidence item: `"quote" (source-id, attributed to X)` for a quote, and for a
 * reference its note, then where: `note (source-id, locator, https://...)`, opened by `against:`
 * when it disputes the claim.
 */
export function evidenceLines(claim: { evidence: readonly Evidence[] }, sources?: SourceLookup): string[] {
  return claim.evidence.map((e) => {
    if (isQuoteEvidence(e)) {
      const who = e.attributedTo === undefined ? "" : `, attributed to ${e.attributedTo}`;
      return `"${e.quote}" (${e.source}${who})`;
    }
    const url = sources?.get(e.source)?.url;
    const stance = e.stance === "against" ? "against: " : "";
    return `${stance}${e.note} (${e.source}, ${e.locator}${url === undefined ? "" : `, ${url}`})`;
  });
}

/** A claim line, then its quotes one level deeper. */
export function claimBlock(
  graph: FaultlineGraph,
  ontology: Ontology,
  claim: ClaimRef,
  indent: string,
  sources?: SourceLookup,
): string[] {
  return [
    `${indent}${claimLine(graph, ontology, claim)}`,
    ...evidenceLines(claim, sources).map((l) => `${indent}  ${l}`),
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
  sources?: SourceLookup,
): string[] {
  const lines = [`${indent}${actorName(graph, step.from)} -> ${actorName(graph, step.to)}`];
  for (const claim of step.claims) {
    const [first, ...quotes] = claimBlock(graph, ontology, claim, `${indent}  `, sources);
    lines.push(`${first}${TRAVERSAL_NOTE[claim.traversal]}`, ...quotes);
  }
  return lines;
}
