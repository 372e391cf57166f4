/** The analyses over a Faultline graph: backing chains, paths, summaries, camps, contradictions, influence. */
export {
  type BackingOptions,
  type BackingResult,
  backed,
  backers,
  DEFAULT_BACKING_RELATIONS,
} from "./backers";
export { type Camp, type CampOptions, type CampResult, camps, type FrustratedClaim } from "./camps";
export { type ClaimRef, claimRef, visibleClaims } from "./claims";
export {
  type Contradiction,
  type ContradictionKind,
  type ContradictionOptions,
  findContradictions,
} from "./contradictions";
export { type PathOptions, paths } from "./paths";
export type { Chain, ChainStep, Traversal, TraversedClaim } from "./projection";
export { type RankBy, type RankOptions, type RankRow, rankActors } from "./rank";
export {
  type ActorSummary,
  actorSummary,
  type SummaryDirection,
  type SummaryEntry,
  type SummaryGroup,
} from "./summary";
