import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/types";
import { datasetMonths, monthPosition } from "../../src/ui/time-range";

function datasetWith(spans: Array<{ start?: string; end?: string }>): Dataset {
  return {
    id: "t",
    title: "t",
    sources: [],
    actors: [],
    claims: spans.map((span, i) => ({
      id: `c${i}`,
      from: "a",
      relation: "supports",
      to: "b",
      evidence: [{ source: "s", quote: "q" }],
      certainty: "stated" as const,
      ...span,
    })),
  };
}

describe("datasetMonths", () => {
  it("runs from the earliest month to one month past the latest, across years", () => {
    const months = datasetMonths(datasetWith([{ start: "2024-11-20" }, { end: "2025-01" }, {}]));
    expect(months).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
  });

  it("reads a year-only date as its whole year", () => {
    const months = datasetMonths(datasetWith([{ start: "2023", end: "2023" }]));
    expect(months[0]).toBe("2023-01");
    expect(months.at(-1)).toBe("2024-01");
    expect(months).toHaveLength(13);
  });

  it("is empty when no claim has a date", () => {
    expect(datasetMonths(datasetWith([{}]))).toEqual([]);
  });
});

describe("monthPosition", () => {
  const months = ["2024-11", "2024-12", "2025-01"];
  it("finds the month of a day and clamps outside the range", () => {
    expect(monthPosition(months, "2024-12-05")).toBe(1);
    expect(monthPosition(months, "2025-01")).toBe(2);
    expect(monthPosition(months, "1999")).toBe(0);
    expect(monthPosition(months, "2030-01-01")).toBe(2);
  });
});
