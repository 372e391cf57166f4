import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/types";
import {
  axisMonth,
  axisStep,
  axisSteps,
  datasetMonths,
  timeAxis,
  yearTicks,
} from "../../src/view/time-range";

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

describe("timeAxis", () => {
  it("has one step per month from the first change to the last, with the changes marked", () => {
    const axis = timeAxis(datasetWith([{ start: "2011-03" }, { start: "2024-12-08", end: "2024-12" }, {}]));
    expect(axis).not.toBeNull();
    if (axis === null) return;
    // 2011-03 .. 2025-01 (the month after the last end).
    expect(axisSteps(axis)).toBe(13 * 12 + 10);
    expect(axisMonth(axis, 0)).toBe("2011-03");
    expect(axis.changes.map((step) => axisMonth(axis, step))).toEqual(["2011-03", "2024-12", "2025-01"]);
    // Equal steps are equal times.
    expect(axisStep(axis, "2012-03-15") - axisStep(axis, "2011-03")).toBe(12);
    expect(axisStep(axis, "1990")).toBe(0);
    expect(axisStep(axis, "2030")).toBe(axisSteps(axis));
  });

  it("labels years so that about a dozen fit, on a short or a long axis", () => {
    const short = timeAxis(datasetWith([{ start: "2011-01" }, { start: "2025-01" }]))!;
    expect(yearTicks(short).map((tick) => tick.label)).toEqual(
      ["2012", "2014", "2016", "2018", "2020", "2022", "2024"].map(String),
    );
    const long = timeAxis(datasetWith([{ start: "1976" }, { start: "2024-12" }]))!;
    const labels = yearTicks(long).map((tick) => tick.label);
    expect(labels).toEqual(["1980", "1985", "1990", "1995", "2000", "2005", "2010", "2015", "2020"]);
    for (const tick of yearTicks(long)) expect(axisMonth(long, tick.step)).toBe(`${tick.label}-01`);
  });

  it("leaves a few old claims among hundreds off the slider, but not a small dataset's early period", () => {
    const war = Array.from({ length: 300 }, (_, i) => ({ start: `${2011 + (i % 14)}-0${1 + (i % 9)}` }));
    const axis = timeAxis(datasetWith([{ start: "1979-12" }, { start: "1997-10" }, ...war]))!;
    expect(axisMonth(axis, 0)).toBe("2011-01");
    expect(axisMonth(axis, axisSteps(axis))).toBe("2024-09");
    expect(axis.changes.every((step) => step >= 0)).toBe(true);
    // Fewer dates: the 1970s stay on the axis.
    const small = timeAxis(datasetWith([{ start: "1979-12" }, ...war.slice(0, 20)]))!;
    expect(axisMonth(small, 0)).toBe("1979-12");
    // Many old dates are a period, not a tail.
    const history = Array.from({ length: 100 }, (_, i) => ({ start: `${1950 + (i % 40)}` }));
    expect(axisMonth(timeAxis(datasetWith([...history, ...war]))!, 0)).toBe("1950-01");
  });

  it("is null when no claim has a date", () => {
    expect(timeAxis(datasetWith([{}]))).toBeNull();
  });
});
