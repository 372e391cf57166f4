import { firstDay, lastDay } from "../model/dates";

/**
 * `spansOverlap` from model/dates for many comparisons of the same claims: each claim's first and
 * last day are worked out once, then an overlap is two string comparisons. Same semantics (open
 * ends unbounded, partial dates cover their whole year or month); a test checks it against
 * spansOverlap. On 50k actors the contradiction search compares some 10^6 spans.
 */
export class SpanCache {
  private readonly bounds = new Map<string, readonly [string, string]>();

  /** First and last day of the claim's span (open ends as 0000-01-01 / 9999-12-31). */
  of(claim: {
    claim: string;
    start?: string | undefined;
    end?: string | undefined;
  }): readonly [string, string] {
    let b = this.bounds.get(claim.claim);
    if (b === undefined) {
      b = [
        claim.start === undefined ? "0000-01-01" : firstDay(claim.start),
        claim.end === undefined ? "9999-12-31" : lastDay(claim.end),
      ];
      this.bounds.set(claim.claim, b);
    }
    return b;
  }

  overlap(
    a: { claim: string; start?: string | undefined; end?: string | undefined },
    b: { claim: string; start?: string | undefined; end?: string | undefined },
  ): boolean {
    const [aStart, aEnd] = this.of(a);
    const [bStart, bEnd] = this.of(b);
    return aStart <= bEnd && bStart <= aEnd;
  }
}
