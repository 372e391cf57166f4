import type { ClaimRef } from "./claims";
import type { SpanCache } from "./span-cache";

export type ContradictionKind = "friend-and-foe" | "rival-control" | "mutual-reverse" | "disputed";

export interface Contradiction {
  kind: ContradictionKind;
  /** The claims in tension, with their quotes and source ids; for `disputed`, the disputed one first. */
  claims: ClaimRef[];
  explanation: string;
  /** For `disputed`: opposite-sign claims beyond `maxOpposing` that were counted but not listed. */
  omitted?: number;
}

/** What every contradiction finder reads: the visible claims, indexed once. */
export interface ContradictionContext {
  claims: readonly ClaimRef[];
  signOf(relation: string): -1 | 0 | 1;
  spans: SpanCache;
  /** Claims about one unordered pair of distinct actors (key: pairKey). */
  byPair: ReadonlyMap<string, readonly ClaimRef[]>;
  /** How an explanation names a claim: "Label relation Label (id)", built once per claim. */
  say(claim: ClaimRef): string;
  relationLabel(relation: string): string;
}
