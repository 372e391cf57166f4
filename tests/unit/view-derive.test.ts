import { describe, expect, it } from "vitest";
import { BACKING_PAGE } from "../../src/analysis/backers";
import { defaultState } from "../../src/view/app-state";
import { affectsView, derive, knownIds, onlyHoverChanged } from "../../src/view/derive";
import { claims, ontology, testGraph } from "../fixtures/analysis/graph";

/**
 * derive(): from the app state to what the renderer and panels show. A small graph whose answers
 * are known: Iran backs Hezbollah, which backs a militia; Russia fights the rebels; a city.
 */
function graph() {
  return testGraph(
    ["iran", "hezbollah:armed-group", "militia:militia", "russia", "rebels:armed-group", "aleppo:city"],
    claims(
      "iran supports hezbollah",
      "hezbollah supports militia",
      "russia fights rebels",
      "rebels controls aleppo",
    ).map((claim) =>
      claim.id === "russia-fights-rebels" ? { ...claim, start: "2015-09", end: "2024-12" } : claim,
    ),
  );
}

describe("derive", () => {
  it("without a selection: no focus, nothing hidden, no answers", () => {
    const derived = derive(graph(), ontology, defaultState());
    expect(derived.focus).toBeNull();
    expect(derived.visibility.hiddenEdges.size).toBe(0);
    expect(derived.visibility.hiddenNodes.size).toBe(0);
    expect(derived.backing).toBeNull();
    expect(derived.paths).toBeNull();
  });

  it("explore: the selected actor's neighbourhood over visible claims", () => {
    const derived = derive(graph(), ontology, { ...defaultState(), selected: "hezbollah" });
    expect([...(derived.focus?.nodes ?? [])].sort()).toEqual(["hezbollah", "iran", "militia"]);
    expect([...(derived.focus?.edges ?? [])].sort()).toEqual([
      "hezbollah-supports-militia",
      "iran-supports-hezbollah",
    ]);
  });

  it("hides claims outside the as-of date and kinds switched off", () => {
    const state = {
      ...defaultState(),
      date: "2025-06",
      filters: { hiddenRelations: [], hiddenKinds: ["city"], hideUnconnected: false, hideUndated: false },
    };
    const { visibility } = derive(graph(), ontology, state);
    expect([...visibility.hiddenNodes]).toEqual(["aleppo"]);
    expect([...visibility.hiddenEdges].sort()).toEqual(["rebels-controls-aleppo", "russia-fights-rebels"]);
  });

  it("backers: transitive backers of the selection, and their chains in focus", () => {
    const state = {
      ...defaultState(),
      mode: "backers" as const,
      selected: "militia",
      backers: { hops: 2, direction: "in" as const },
    };
    const derived = derive(graph(), ontology, state);
    expect(derived.backing?.in.map((result) => result.actor).sort()).toEqual(["hezbollah", "iran"]);
    expect(derived.backing?.out).toEqual([]);
    expect([...(derived.focus?.nodes ?? [])].sort()).toEqual(["hezbollah", "iran", "militia"]);
    // One hop only: Iran is out of reach.
    const near = derive(graph(), ontology, { ...state, backers: { hops: 1, direction: "in" as const } });
    expect(near.backing?.in.map((result) => result.actor)).toEqual(["hezbollah"]);
  });

  it("backers of an actor backed by many: the first page's chains and every other backer's best chain lit", () => {
    // 70 direct backers of "hub" (more than a page), each also backing the next one.
    const names = Array.from({ length: 70 }, (_, i) => `b${String(i).padStart(2, "0")}`);
    const many = testGraph(
      ["hub", ...names],
      claims(
        ...names.map((b) => `${b} supports hub`),
        ...names.slice(1).map((b, i) => `${names[i]} supports ${b}`),
      ),
    );
    const state = {
      ...defaultState(),
      mode: "backers" as const,
      selected: "hub",
      backers: { hops: 2, direction: "in" as const },
    };
    const derived = derive(many, ontology, state);
    const results = derived.backing?.in ?? [];
    expect(results).toHaveLength(70);
    expect(BACKING_PAGE).toBeLessThan(70);
    const focus = derived.focus!;
    expect([...focus.nodes].sort()).toEqual(["hub", ...names].sort());
    // Page one: every chain (b01 backs the hub directly and through b02); past it: the best one.
    expect(focus.edges.has("b01-supports-b02")).toBe(true);
    const last = names[69]!;
    expect(results.find((r) => r.actor === last)?.bestClaims).toEqual([`${last}-supports-hub`]);
    expect(focus.edges.has(`${names[68]}-supports-${last}`)).toBe(false);
    // A route chosen past the first page (after "Show more") is still recognised as one.
    const route = [`${names[68]}-supports-${last}`, `${last}-supports-hub`];
    const chosen = derive(many, ontology, { ...state, highlightedClaims: route });
    expect([...chosen.focus!.edges].sort()).toEqual([...route].sort());
  });

  it("path: the chains between two actors, over the chosen relations only", () => {
    const path = { from: "iran", to: "militia", relations: null };
    const derived = derive(graph(), ontology, { ...defaultState(), mode: "path", path });
    expect(derived.paths).toHaveLength(1);
    expect(derived.paths?.[0]?.map((step) => step.to)).toEqual(["hezbollah", "militia"]);
    const none = derive(graph(), ontology, {
      ...defaultState(),
      mode: "path",
      path: { ...path, relations: ["fights"] },
    });
    expect(none.paths).toEqual([]);
  });

  it("hovering previews a neighbourhood unless hover must not fade (large graphs)", () => {
    const state = { ...defaultState(), hovered: "russia" };
    expect([...(derive(graph(), ontology, state).focus?.nodes ?? [])].sort()).toEqual(["rebels", "russia"]);
    expect(derive(graph(), ontology, state, undefined, false).focus).toBeNull();
  });

  it("a chosen claim is lit with its ends; a reused visibility is taken as is", () => {
    const g = graph();
    const first = derive(g, ontology, defaultState());
    const derived = derive(
      g,
      ontology,
      { ...defaultState(), selectedClaim: "russia-fights-rebels" },
      first.visibility,
    );
    expect(derived.visibility).toBe(first.visibility);
    expect([...(derived.focus?.edges ?? [])]).toEqual(["russia-fights-rebels"]);
    expect([...(derived.focus?.nodes ?? [])].sort()).toEqual(["rebels", "russia"]);
  });

  it("contradictions mode lights every highlighted claim; other modes ignore them", () => {
    const state = {
      ...defaultState(),
      highlightedClaims: ["iran-supports-hezbollah", "russia-fights-rebels"],
    };
    expect(derive(graph(), ontology, { ...state, mode: "contradictions" }).focus?.edges.size).toBe(2);
    expect(derive(graph(), ontology, state).focus).toBeNull();
  });

  it("ignores a selection the graph does not have", () => {
    expect(derive(graph(), ontology, { ...defaultState(), selected: "nobody" }).focus).toBeNull();
  });
});

describe("state changes the view cares about", () => {
  it("the camera alone changes nothing drawn; a hover alone is told apart", () => {
    const state = defaultState();
    expect(affectsView(state, { ...state, camera: { x: 0.2, y: 0.3, ratio: 0.5 } })).toBe(false);
    expect(affectsView(state, { ...state, selected: "iran" })).toBe(true);
    expect(onlyHoverChanged(state, { ...state, hovered: "iran" })).toBe(true);
    expect(onlyHoverChanged(state, { ...state, hovered: "iran", selected: "iran" })).toBe(false);
  });

  it("knownIds lists the graph's actors and claims and the ontology's kinds", () => {
    const known = knownIds(graph(), ontology);
    expect(known.actors.has("aleppo")).toBe(true);
    expect(known.claims.has("iran-supports-hezbollah")).toBe(true);
    expect(known.kinds.has("city")).toBe(true);
    expect(known.relations.has("supports")).toBe(true);
  });
});

describe("undated claims as of a date", () => {
  it("hold at every date unless the user hides them", () => {
    const g = testGraph(
      ["iran", "hezbollah:armed-group", "russia"],
      [
        { id: "undated", from: "iran", relation: "supports", to: "hezbollah" },
        { id: "dated", from: "russia", relation: "supports", to: "hezbollah", start: "2015" },
      ],
    );
    const asOf = { ...defaultState(), date: "2016" };
    expect([...derive(g, ontology, asOf).visibility.hiddenEdges]).toEqual([]);
    const hidden = { ...asOf, filters: { ...asOf.filters, hideUndated: true } };
    expect([...derive(g, ontology, hidden).visibility.hiddenEdges]).toEqual(["undated"]);
    // All time: the switch has nothing to hide from.
    expect(derive(g, ontology, { ...hidden, date: null }).visibility.hiddenEdges.size).toBe(0);
  });
});
