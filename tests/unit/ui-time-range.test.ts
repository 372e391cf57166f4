import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/types";
import { datasetMonths, monthPosition } from "../../src/view/time-range";

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
  it("stops where a claim starts and the month after one ends, across years, once each", () => {
    const months = datasetMonths(
      datasetWith([{ start: "2024-11-20" }, { end: "2025-01" }, { start: "2025-02", end: "2025-03" }, {}]),
    );
    expect(months).toEqual(["2024-11", "2025-02", "2025-04"]);
  });

  it("reads a year-only date as its whole year", () => {
    expect(datasetMonths(datasetWith([{ start: "2023", end: "2023" }]))).toEqual(["2023-01", "2024-01"]);
  });

  it("keeps the reporting months apart from a claim decades earlier", () => {
    const months = datasetMonths(datasetWith([{ start: "1970", end: "1989" }, { start: "2024-12" }]));
    expect(months).toEqual(["1970-01", "1990-01", "2024-12"]);
  });

  it("is empty when no claim has a date", () => {
    expect(datasetMonths(datasetWith([{}]))).toEqual([]);
  });
});

describe("monthPosition", () => {
  const months = ["2011-01", "2024-11", "2024-12", "2025-01"];
  it("finds the last stop at or before a day's month and clamps outside the range", () => {
    expect(monthPosition(months, "2024-12-05")).toBe(2);
    expect(monthPosition(months, "2025-01")).toBe(3);
    expect(monthPosition(months, "2015-06")).toBe(0);
    expect(monthPosition(months, "1999")).toBe(0);
    expect(monthPosition(months, "2030-01-01")).toBe(3);
  });
});
