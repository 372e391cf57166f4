import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AppState, createStore, defaultState } from "../../src/view/app-state";
import { cleanState, parseState, serializeState } from "../../src/view/url-state";

const known = {
  relations: new Set(["supports", "fights", "controls"]),
  kinds: new Set(["state", "city"]),
  actors: new Set(["iran", "hts", "hama"]),
  claims: new Set(["c1", "c2"]),
};

describe("serializeState", () => {
  it("writes nothing for the default state", () => {
    expect(serializeState(defaultState())).toBe("");
  });

  it("writes only what differs from the defaults, readably", () => {
    const state = defaultState();
    state.filters.hiddenRelations = ["fights", "controls"];
    state.selected = "hts";
    state.mode = "backers";
    state.date = "2024-11";
    expect(serializeState(state)).toBe("hide=controls,fights&actor=hts&mode=backers&at=2024-11");
  });

  it("writes the camp colouring, the analysis modes and highlighted claims (in their order)", () => {
    const state = defaultState();
    state.mode = "contradictions";
    state.colorBy = "camp";
    state.highlightedClaims = ["c2", "c1"];
    expect(serializeState(state)).toBe("mode=contradictions&color=camp&claims=c2,c1");
    expect(parseState(serializeState(state))).toEqual(state);
    for (const mode of ["camps", "actors"] as const) expect(parseState(`mode=${mode}`).mode).toBe(mode);
  });
});

describe("parseState", () => {
  it("round-trips a full state", () => {
    const state: AppState = {
      filters: {
        hiddenRelations: ["fights"],
        hiddenKinds: ["city"],
        hideUnconnected: true,
        hideUndated: true,
      },
      selected: "iran",
      selectedClaim: "c2",
      highlightedClaims: ["c2", "c1"],
      hovered: null,
      mode: "path",
      backers: { hops: 3, direction: "both" },
      path: { from: "iran", to: "hama", relations: ["controls", "supports"] },
      colorBy: "camp",
      date: "2024-12-05",
      camera: { x: 0.25, y: 0.75, ratio: 0.5 },
      labels: "few",
    };
    expect(parseState(`#${serializeState(state)}`)).toEqual(state);
  });

  it("drops malformed values instead of throwing", () => {
    const state = parseState(
      "#hide=Fights,ok-id,<script>&actor=../x&mode=chaos&hops=99&dir=up&at=2024-13&cam=1,2&via=",
    );
    expect(state.filters.hiddenRelations).toEqual(["ok-id"]);
    expect(state.selected).toBeNull();
    expect(state.mode).toBe("explore");
    expect(parseState("color=rainbow&claims=<b>,c1,c1").colorBy).toBe("kind");
    expect(parseState("claims=<b>,c1,c1").highlightedClaims).toEqual(["c1"]);
    expect(state.backers).toEqual({ hops: 2, direction: "in" });
    expect(state.date).toBeNull();
    expect(state.camera).toBeNull();
    // An explicit empty "via" means "no relation allowed", which differs from the default (all).
    expect(state.path.relations).toEqual([]);
  });

  it("rejects non-positive or non-numeric camera ratios", () => {
    expect(parseState("cam=0,0,0").camera).toBeNull();
    expect(parseState("cam=a,0,1").camera).toBeNull();
    expect(parseState("cam=,0,1").camera).toBeNull();
    expect(parseState("cam=0.1,-0.2,2").camera).toEqual({ x: 0.1, y: -0.2, ratio: 2 });
  });

  it("never throws and always yields a serialisable state, whatever the hash", () => {
    fc.assert(
      fc.property(fc.string(), (hash) => {
        const state = parseState(hash);
        expect(parseState(serializeState(state))).toEqual(state);
      }),
    );
  });
});

describe("cleanState", () => {
  it("drops ids the dataset does not know", () => {
    const state = parseState(
      "hide=fights,gone&hidekinds=city,planet&actor=nobody&claim=c9&claims=c9,c1&from=iran&to=ghost&via=supports,x",
    );
    const clean = cleanState(state, known);
    expect(clean.filters).toEqual({
      hiddenRelations: ["fights"],
      hiddenKinds: ["city"],
      hideUnconnected: false,
      hideUndated: false,
    });
    expect(clean.selected).toBeNull();
    expect(clean.selectedClaim).toBeNull();
    expect(clean.highlightedClaims).toEqual(["c1"]);
    expect(clean.path).toEqual({ from: "iran", to: null, relations: ["supports"] });
  });
});

describe("createStore", () => {
  it("notifies subscribers with the new and previous state", () => {
    const store = createStore(defaultState());
    const seen: Array<[string | null, string | null]> = [];
    const unsubscribe = store.subscribe((next, previous) => seen.push([next.selected, previous.selected]));
    store.set({ selected: "hts" });
    store.set((current) => current);
    unsubscribe();
    store.set({ selected: "iran" });
    expect(seen).toEqual([["hts", null]]);
    expect(store.get().selected).toBe("iran");
  });
});
