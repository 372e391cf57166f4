import type { Mention } from "./mentions/index";
import type { RelationPattern } from "./patterns/index";

type KindSource = Pick<RelationPattern, "name" | "kinds">;

/**
 * The constructions a claim was read through, in the evaluation's terms (see the annotation
 * guidelines): what the pattern reads, plus what the mentions needed (an antecedent, a new name),
 * a coordination, and a time or aspect reading. Reviewers see them; the eval scores by them.
 */
export function constructionKinds(
  pattern: KindSource,
  mentions: Mention[],
  grouped: boolean,
  ended: boolean,
): string[] {
  const kinds = new Set<string>(pattern.kinds ?? patternKinds(pattern.name));
  if (mentions.some((m) => m.via === "anaphor")) kinds.add("coreference");
  if (mentions.some((m) => m.via === "proposal")) kinds.add("new-name");
  if (grouped) kinds.add("coordination");
  if (ended) kinds.add("time-aspect");
  if (kinds.size > 1) kinds.delete("plain");
  return [...kinds];
}

/** The hand-written patterns' kinds, from their names. */
function patternKinds(name: string): string[] {
  if (/apposition/.test(name)) return ["appositive"];
  if (/relative/.test(name)) return ["relative-clause"];
  if (/possessive|backer|leader|ally-of|allies|-noun$|successor-noun|part-of-noun/.test(name))
    return ["relational-noun"];
  if (/compound|-under|-pro$|held-by|hands|fronted-participle|majority/.test(name)) return ["modifier"];
  if (/coordinated/.test(name)) return ["coordination"];
  if (/lost|fell-to|formerly/.test(name)) return ["time-aspect"];
  return ["plain"];
}
