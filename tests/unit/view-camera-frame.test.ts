import { describe, expect, it } from "vitest";
import { defaultState } from "../../src/view/app-state";
import { frameFor } from "../../src/view/camera-frame";
import { derive } from "../../src/view/derive";
import { framingTarget } from "../../src/view/framing";
import { claims, ontology, testGraph } from "../fixtures/analysis/graph";

const options = { width: 1000, height: 600, ratio: 1, padding: 50, minRatio: 0.1, maxRatio: 1.05 };

describe("frameFor", () => {
  it("centres on the points and zooms so they fill the canvas less the padding", () => {
    // 450 px wide at ratio 1; 900 px are usable: zoom in to ratio 0.5.
    const frame = frameFor(
      [
        { x: 100, y: 100 },
        { x: 550, y: 200 },
      ],
      options,
    );
    expect(frame?.center).toEqual({ x: 325, y: 150 });
    expect(frame?.ratio).toBeCloseTo(0.5);
  });

  it("the taller side decides; limits hold for one point and for points beyond the canvas", () => {
    const tall = frameFor(
      [
        { x: 0, y: 0 },
        { x: 10, y: 250 },
      ],
      options,
    );
    expect(tall?.ratio).toBeCloseTo(0.5);
    expect(frameFor([{ x: 5, y: 5 }], options)?.ratio).toBe(0.1);
    expect(
      frameFor(
        [
          { x: -5000, y: 0 },
          { x: 5000, y: 0 },
        ],
        options,
      )?.ratio,
    ).toBe(1.05);
    expect(frameFor([], options)).toBeNull();
  });
});

describe("framingTarget", () => {
  const graph = testGraph(
    ["iran", "hezbollah:armed-group", "russia", "rebels:armed-group", "aleppo:city"],
    claims("iran supports hezbollah", "russia fights rebels"),
  );
  const target = (state: ReturnType<typeof defaultState>, previous: ReturnType<typeof defaultState>) =>
    framingTarget(graph, state, previous, derive(graph, ontology, state));

  it("frames the backers' chains when the question is asked, not on a hover", () => {
    const previous = { ...defaultState(), selected: "hezbollah" };
    const backers = { ...previous, mode: "backers" as const };
    expect(target(backers, previous)?.sort()).toEqual(["hezbollah", "iran"]);
    expect(target({ ...backers, hovered: "russia" }, backers)).toBeNull();
  });

  it("frames a path once found, and what a legend filter leaves", () => {
    const path = {
      ...defaultState(),
      mode: "path" as const,
      path: { from: "iran", to: "hezbollah", relations: null },
    };
    expect(target(path, defaultState())?.sort()).toEqual(["hezbollah", "iran"]);
    const filtered = {
      ...defaultState(),
      filters: { ...defaultState().filters, hiddenRelations: ["supports"], hideUnconnected: true },
    };
    expect(target(filtered, defaultState())?.sort()).toEqual(["rebels", "russia"]);
  });

  it("a date step or a selection on the graph moves nothing", () => {
    const base = defaultState();
    expect(target({ ...base, date: "2020" }, base)).toBeNull();
    expect(target({ ...base, selected: "iran" }, base)).toBeNull();
  });
});
