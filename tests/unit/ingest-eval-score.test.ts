import { describe, expect, it } from "vitest";
import type { CandidateClaim } from "../../src/ingest/types";
import { type GoldClaim, scoreArticle, sumScores } from "../eval/score";

function claim(
  from: string,
  relation: string,
  to: string,
  extra: Partial<CandidateClaim> = {},
): CandidateClaim {
  return {
    from,
    relation,
    to,
    quote: "",
    start: 0,
    end: 0,
    certainty: "stated",
    asserted: true,
    confidence: 0.9,
    status: "new",
    pattern: "test",
    ...extra,
  };
}

const symmetric = new Set(["fights", "allied-with"]);

describe("eval scoring", () => {
  it("counts optional gold claims neither as hits nor as false positives nor as misses", () => {
    const gold: GoldClaim[] = [
      { from: "a", relation: "supports", to: "b", asserted: true },
      { from: "c", relation: "supports", to: "d", asserted: true, optional: true },
      { from: "e", relation: "supports", to: "f", asserted: true, optional: true },
    ];
    const score = scoreArticle(
      "x",
      gold,
      [claim("a", "supports", "b"), claim("c", "supports", "d")],
      symmetric,
      0.5,
    );
    expect(score.byRelation.get("supports")).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.optionalGold).toBe(2);
    expect(score.optionalFound).toBe(1);
  });

  it("reports each construction kind of a gold claim, and unlabelled claims apart", () => {
    const gold: GoldClaim[] = [
      { from: "a", relation: "supports", to: "b", asserted: true, kinds: ["appositive", "coreference"] },
      { from: "a", relation: "fights", to: "c", asserted: true, kinds: ["coreference"] },
      { from: "a", relation: "controls", to: "p", asserted: true },
    ];
    const system = [
      claim("a", "supports", "b", { kinds: ["appositive"] }),
      claim("a", "controls", "p"),
      claim("z", "attacks", "p", { kinds: ["coreference"] }),
    ];
    const score = scoreArticle("x", gold, system, symmetric, 0.5);
    // Recall by the gold claim's kinds, precision by the kinds the extractor reports.
    expect(score.byKind.get("appositive")).toEqual({ found: 1, missed: 0, right: 1, wrong: 0 });
    expect(score.byKind.get("coreference")).toEqual({ found: 1, missed: 1, right: 0, wrong: 1 });
    expect(score.byKind.get("unlabelled")).toEqual({ found: 1, missed: 0, right: 1, wrong: 0 });
  });

  it("flags an ended relation extracted as current as a time-aspect error, not as a miss", () => {
    const gold: GoldClaim[] = [
      { from: "army", relation: "controls", to: "p", asserted: true, ended: true, kinds: ["time-aspect"] },
      { from: "army", relation: "controls", to: "q", asserted: true, ended: true },
    ];
    const system = [
      claim("army", "controls", "p"),
      claim("army", "controls", "q", { span: { end: "2024-12-01" } }),
    ];
    const score = scoreArticle("x", gold, system, symmetric, 0.5);
    expect(score.byRelation.get("controls")).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(score.endedFound).toBe(2);
    expect(score.timeAspectErrors).toBe(1);
    expect(score.presentedAsCurrent).toEqual(["army controls p"]);
  });

  it("counts a negated gold claim the extractor asserts, at any confidence", () => {
    const gold: GoldClaim[] = [{ from: "a", relation: "supports", to: "b", asserted: false }];
    const score = scoreArticle("x", gold, [claim("a", "supports", "b", { confidence: 0.2 })], symmetric, 0.5);
    expect(score.negatedAsserted).toBe(1);
    const total = sumScores([score, score]);
    expect(total.negatedAsserted).toBe(2);
    expect(total.negatedGold).toBe(2);
  });

  it("reads symmetric relations either way round", () => {
    const gold: GoldClaim[] = [{ from: "a", relation: "fights", to: "b", asserted: true }];
    const score = scoreArticle("x", gold, [claim("b", "fights", "a")], symmetric, 0.5);
    expect(score.byRelation.get("fights")).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});
