import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type {
  ActorAttributes,
  ClaimAttributes,
  FaultlineGraph,
  GraphAttributes,
  Ontology,
} from "../../src/model/types";
import { defaultState } from "../../src/view/app-state";
import { withAlpha } from "../../src/view/appearance";
import { computeGraphStyle } from "../../src/view/graph-style";
import {
  chainFocus,
  computeVisibility,
  filterFromState,
  neighbourhood,
  withClaim,
} from "../../src/view/view-model";

const ontology: Ontology = {
  version: 1,
  nodeKinds: [
    { id: "state", label: "State", color: "#0072b2", shape: "square", description: "" },
    { id: "armed-group", label: "Armed group", color: "#d55e00", shape: "triangle", description: "" },
    { id: "city", label: "City", color: "#8c8c8c", shape: "disc", description: "" },
  ],
  placeKinds: ["city"],
  relationKinds: [
    {
      id: "supports",
      label: "supports",
      inverseLabel: "supported by",
      color: "#1b9e77",
      sign: 1,
      directed: true,
      from: ["state"],
      to: ["armed-group"],
      description: "",
    },
    {
      id: "fights",
      label: "fights",
      inverseLabel: "fights",
      color: "#d95f02",
      sign: -1,
      directed: false,
      from: ["state", "armed-group"],
      to: ["state", "armed-group"],
      description: "",
    },
    {
      id: "controls",
      label: "controls",
      inverseLabel: "controlled by",
      color: "#a6761d",
      sign: 0,
      directed: true,
      from: ["state", "armed-group"],
      to: ["city"],
      description: "",
    },
  ],
};

function graphOf(): FaultlineGraph {
  const graph: FaultlineGraph = new MultiDirectedGraph<ActorAttributes, ClaimAttributes, GraphAttributes>();
  const node = (id: string, kind: string) =>
    graph.addNode(id, {
      label: id.toUpperCase(),
      kind,
      aliases: [],
      description: "",
      x: 0,
      y: 0,
      size: 5,
      color: "#000000",
    });
  node("iran", "state");
  node("hez", "armed-group");
  node("hts", "armed-group");
  node("hama", "city");
  const edge = (
    id: string,
    from: string,
    to: string,
    relation: string,
    extra: Partial<ClaimAttributes> = {},
  ) =>
    graph.addDirectedEdgeWithKey(id, from, to, {
      claim: id,
      relation,
      certainty: "stated",
      evidence: [{ source: "s", quote: "q" }],
      directed: relation !== "fights",
      color: "#000000",
      size: 1,
      ...extra,
    });
  edge("c-support", "iran", "hez", "supports");
  edge("c-fight", "hez", "hts", "fights", { certainty: "disputed" });
  edge("c-old", "iran", "hama", "controls", { start: "2011", end: "2024-12" });
  edge("c-new", "hts", "hama", "controls", { start: "2024-12" });
  return graph;
}

describe("filterFromState", () => {
  it("is empty (no restriction) for the default state", () => {
    expect(filterFromState(defaultState(), ontology)).toEqual({});
  });

  it("keeps the relations and kinds not switched off, and the date", () => {
    const state = defaultState();
    state.filters = {
      hiddenRelations: ["fights"],
      hiddenKinds: ["city"],
      hideUnconnected: false,
      hideUndated: false,
    };
    state.date = "2024-11";
    expect(filterFromState(state, ontology)).toEqual({
      relations: ["supports", "controls"],
      kinds: ["state", "armed-group"],
      at: "2024-11",
    });
  });
});

describe("computeVisibility", () => {
  it("hides the claims of a hidden relation and nothing else", () => {
    const state = defaultState();
    state.filters.hiddenRelations = ["supports"];
    const visibility = computeVisibility(graphOf(), ontology, state);
    expect([...visibility.hiddenEdges]).toEqual(["c-support"]);
    expect(visibility.hiddenNodes.size).toBe(0);
  });

  it("hides actors of a hidden kind and every claim touching them", () => {
    const state = defaultState();
    state.filters.hiddenKinds = ["city"];
    const visibility = computeVisibility(graphOf(), ontology, state);
    expect([...visibility.hiddenNodes]).toEqual(["hama"]);
    expect([...visibility.hiddenEdges].sort()).toEqual(["c-new", "c-old"]);
  });

  it("changes the controller of a city across the as-of date", () => {
    const graph = graphOf();
    const shownControls = (date: string) => {
      const state = defaultState();
      state.date = date;
      const { hiddenEdges } = computeVisibility(graph, ontology, state);
      return ["c-old", "c-new"].filter((edge) => !hiddenEdges.has(edge));
    };
    expect(shownControls("2024-11")).toEqual(["c-old"]);
    expect(shownControls("2024-12-15")).toEqual(["c-old", "c-new"]);
    expect(shownControls("2025-01")).toEqual(["c-new"]);
  });
});

describe("focus sets", () => {
  it("takes an actor's neighbourhood over visible claims only", () => {
    const graph = graphOf();
    const state = defaultState();
    state.filters.hiddenRelations = ["fights"];
    const focus = neighbourhood(graph, "hez", computeVisibility(graph, ontology, state));
    expect([...focus.nodes].sort()).toEqual(["hez", "iran"]);
    expect([...focus.edges]).toEqual(["c-support"]);
  });

  it("collects every actor and claim on chains, and adds a chosen claim", () => {
    const graph = graphOf();
    const focus = chainFocus(
      [
        [
          {
            from: "iran",
            to: "hez",
            claims: [
              {
                claim: "c-support",
                from: "iran",
                to: "hez",
                relation: "supports",
                certainty: "stated",
                directed: true,
                evidence: [],
                traversal: "along",
              },
            ],
          },
        ],
      ],
      "hez",
    );
    expect([...focus.nodes].sort()).toEqual(["hez", "iran"]);
    const withChosen = withClaim(graph, focus, "c-new");
    expect([...(withChosen?.edges ?? [])].sort()).toEqual(["c-new", "c-support"]);
    expect(withChosen?.nodes.has("hama")).toBe(true);
    expect(withClaim(graph, null, "no-such-claim")).toBeNull();
  });
});

describe("computeGraphStyle", () => {
  it("draws shapes by kind, arrows on directed relations, disputed claims faint and thin, undated ones dashed", () => {
    const style = computeGraphStyle(graphOf(), ontology);
    expect(style.nodes.get("iran")?.type).toBe("square");
    expect(style.nodes.get("hts")?.type).toBe("triangle");
    expect(style.nodes.get("hama")?.color).toBe("#8c8c8c");
    // Both claims carry no date: dashed.
    expect(style.edges.get("c-support")).toMatchObject({ type: "dashed-arrow", color: "#1b9e77" });
    expect(style.edges.get("c-old")?.type).toBe("arrow");
    const disputed = style.edges.get("c-fight")!;
    expect(disputed.type).toBe("dashed-line");
    expect(disputed.color).toBe(withAlpha("#d95f02", 0.45));
    expect(disputed.size).toBeLessThan(style.edges.get("c-support")!.size);
    expect(style.edges.get("c-support")?.description).toBe("IRAN supports HEZ (stated, undated)");
    expect(style.edges.get("c-old")?.description).toBe("IRAN controls HAMA (stated, 2011 – 2024-12)");
    expect(style.edges.get("c-new")?.description).toBe("HTS controls HAMA (stated, 2024-12 – …)");
  });

  it("turns #rrggbb into rgba()", () => {
    expect(withAlpha("#ff8000", 0.5)).toBe("rgba(255, 128, 0, 0.5)");
  });
});
