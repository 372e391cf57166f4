import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpanCache } from "../../src/analysis/span-cache";
import { spansOverlap } from "../../src/model/dates";

const partialDate = fc
  .tuple(
    fc.integer({ min: 2000, max: 2030 }),
    fc.integer({ min: 0, max: 12 }),
    fc.integer({ min: 0, max: 28 }),
  )
  .map(([y, m, d]) =>
    m === 0
      ? String(y)
      : d === 0
        ? `${y}-${String(m).padStart(2, "0")}`
        : `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  );
const span = fc.record({
  start: fc.option(partialDate, { nil: undefined }),
  end: fc.option(partialDate, { nil: undefined }),
});

describe("SpanCache", () => {
  it("answers exactly as spansOverlap, also when asked again", () => {
    fc.assert(
      fc.property(span, span, (a, b) => {
        const cache = new SpanCache();
        const x = { claim: "x", ...a };
        const y = { claim: "y", ...b };
        const expected = spansOverlap(a, b);
        expect(cache.overlap(x, y)).toBe(expected);
        expect(cache.overlap(y, x)).toBe(expected);
        expect(cache.overlap(x, y)).toBe(expected);
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
