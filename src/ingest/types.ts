import type { Certainty } from "../model/types";

/** An actor the extractor found: one already in a dataset (`known`) or a proposal with a new slug id. */
export interface CandidateActor {
  id: string;
  label: string;
  kind: string;
  known: boolean;
  /** Surface forms seen in the text (for review and for aliases on merge). */
  mentions: string[];
}

/** How a candidate claim compares with what the dataset already says. */
export type ClaimStatus = "known" | "new" | "conflicting";

export interface CandidateClaim {
  from: string;
  relation: string;
  to: string;
  /** The sentence that states the claim: an exact substring of the text, text.slice(start, end). */
  quote: string;
  /** Character offsets of `quote` in the text (UTF-16 code units, end exclusive), for highlighting. */
  start: number;
  end: number;
  certainty: Certainty;
  /** false for negated or denied statements ("denied backing", "did not"): never merged as claims. */
  asserted: boolean;
  /** 0..1: how much the pattern, the actor resolution and the hedges let us trust the reading. */
  confidence: number;
  status: ClaimStatus;
  /** Who the text says made the statement ("Reuters", "the army"), when not the article itself. */
  attributedTo?: string;
  /** Time span of the relation when the text dates it (an event such as a capture on the article date). */
  span?: { start?: string; end?: string };
  /**
   * The text says the relation is over ("had been held by", "until 2017", "formerly backed",
   * "lost P to"): it is never presented or merged as current.
   */
  ended?: boolean;
  /** How anaphors in the quote were resolved ("the group = Hezbollah"), so a reviewer can check them. */
  antecedents?: string[];
  /** The constructions the claim was read through ("relational-noun", "coreference", ...), for review and evaluation. */
  kinds?: string[];
  /** Which pattern produced the claim (for debugging and review). */
  pattern: string;
  /** Why `status` is "conflicting", in words. */
  conflict?: string;
}

export interface Candidates {
  actors: CandidateActor[];
  claims: CandidateClaim[];
}

/** A sentence with its character offsets in the full text and its paragraph number. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ADP, ...). */
  pos: string;
}
