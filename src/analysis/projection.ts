import type { ClaimRef } from "./claims";

/**
 * How a chain step uses a claim: `along` its stated direction, `against` it (only when a search
 * ignores direction), or `symmetric` for relations whose direction carries no meaning.
 */
export type Traversal = "along" | "against" | "symmetric";

export interface TraversedClaim extends ClaimRef {
  traversal: Traversal;
}

/** One hop of a chain: every chosen claim that lets a walker go from `from` to `to`. */
export interface ChainStep {
  from: string;
  to: string;
  claims: TraversedClaim[];
}

export type Chain = ChainStep[];
