import { describe, expect, it } from "vitest";
import { defaultState } from "../../src/view/app-state";
import { derive } from "../../src/view/derive";
import { chainClaims, isChosenRoute, routeFocus } from "../../src/view/route";
import { claims, ontology, testGraph } from "../fixtures/analysis/graph";

/**
 * A route chosen among the answers: two paths from Iran to the militia (through Hezbollah, or
 * through Syria), and a claim that is on neither.
 */
function graph() {
  return testGraph(
    ["iran", "hezbollah:armed-group", "syria", "militia:militia", "russia"],
    claims(
      "iran supports hezbollah",
      "hezbollah supports militia",
      "iran supports syria",
      "syria supports militia",
      "russia supports syria",
    ),
  );
}

const path = { from: "iran", to: "militia", relations: null };

describe("a chosen route", () => {
  it("path mode: the chosen path alone is in focus; without a choice, every path", () => {
    const all = derive(graph(), ontology, { ...defaultState(), mode: "path", path });
    expect(all.paths).toHaveLength(2);
    expect(all.focus?.edges.size).toBe(4);
    const chosen = all.paths?.[1] ?? [];
    const lit = derive(graph(), ontology, {
      ...defaultState(),
      mode: "path",
      path,
      highlightedClaims: chainClaims(chosen),
    });
    expect([...(lit.focus?.edges ?? [])].sort()).toEqual([...chainClaims(chosen)].sort());
    const through = chosen[0]?.to ?? "";
    expect([...(lit.focus?.nodes ?? [])].sort()).toEqual(["iran", "militia", through].sort());
  });

  it("a stale choice (claims that are no answer of this question) is ignored", () => {
    const g = graph();
    const state = {
      ...defaultState(),
      mode: "path" as const,
      path,
      highlightedClaims: ["russia-supports-syria"],
    };
    expect(derive(g, ontology, state).focus?.edges.size).toBe(4);
    const found = derive(g, ontology, { ...defaultState(), mode: "path", path }).paths ?? [];
    expect(routeFocus(g, found, ["russia-supports-syria"])).toBeNull();
    expect(routeFocus(g, found, [])).toBeNull();
    // Part of a route is not the route.
    expect(routeFocus(g, found, ["iran-supports-hezbollah"])).toBeNull();
  });

  it("backers mode: the chosen backing chain alone", () => {
    const state = { ...defaultState(), mode: "backers" as const, selected: "militia" };
    const all = derive(graph(), ontology, state);
    const chains = [...(all.backing?.in ?? [])].flatMap((result) => result.chains);
    const chain = chains.find((c) => c.length === 2 && c[0]?.from === "russia");
    expect(chain).toBeDefined();
    const lit = derive(graph(), ontology, { ...state, highlightedClaims: chainClaims(chain ?? []) });
    expect([...(lit.focus?.edges ?? [])].sort()).toEqual(["russia-supports-syria", "syria-supports-militia"]);
    expect(isChosenRoute(chain ?? [], chainClaims(chain ?? []))).toBe(true);
  });
});
