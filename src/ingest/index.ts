/**
 * The ingest API, for the CLI and the explorer's "Add article" panel: pure functions, no I/O.
 *
 *   const gazetteer = buildGazetteer(ontology, [loaded]);          // once per dataset (a few ms)
 *   const { actors, claims } = extractCandidates(text, { ontology, gazetteer, date });
 *   // each claim: text.slice(claim.start, claim.end) === claim.quote, for highlighting
 *   const merged = mergeCandidates(dataset, { actors, claims: accepted }, { source, minConfidence });
 */
export { compareClaim } from "./compare";
export { type ExtractOptions, extractCandidates } from "./extract";
export { buildGazetteer, type Gazetteer, slugify } from "./gazetteer";
export { type MergeOptions, type MergeResult, mergeCandidates } from "./merge";
export type { CandidateActor, CandidateClaim, Candidates, ClaimStatus } from "./types";
