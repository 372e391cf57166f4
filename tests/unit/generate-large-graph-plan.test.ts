import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model/build-graph";
import {
  isLargeGraph,
  LARGE_GRAPH_EDGES,
  LARGE_GRAPH_NODES,
  largeGraphPlan,
  largeGraphReducers,
  largeNodeSizeScale,
  loadLayoutIterations,
  THIN_EDGE_TYPE,
  topNodesByDegree,
} from "../../src/view/large-graph";
import { generateConflictDataset } from "../support/generate";

describe("large-graph plan", () => {
  it("switches on above either threshold", () => {
    expect(isLargeGraph({ nodes: LARGE_GRAPH_NODES, edges: LARGE_GRAPH_EDGES })).toBe(false);
    expect(isLargeGraph({ nodes: LARGE_GRAPH_NODES + 1, edges: 10 })).toBe(true);
    expect(isLargeGraph({ nodes: 10, edges: LARGE_GRAPH_EDGES + 1 })).toBe(true);
  });

  it("leaves small graphs to the app's defaults", () => {
    const plan = largeGraphPlan({ nodes: 1000, edges: 3000 });
    expect(plan.large).toBe(false);
    expect(plan.settings).toEqual({});
    expect(plan.labelledHubs).toBeNull();
    expect(plan.plainEdges).toBe(false);
    expect(plan.hoverFadesGraph).toBe(true);
  });

  it("hides edges on move, restricts labels and uses Barnes-Hut for 10k/40k", () => {
    const plan = largeGraphPlan({ nodes: 10_000, edges: 40_000, positioned: 10_000 });
    expect(plan.large).toBe(true);
    expect(plan.settings.hideEdgesOnMove).toBe(true);
    expect(plan.settings.enableEdgeEvents).toBe(false);
    expect(plan.barnesHut).toBe(true);
    expect(plan.plainEdges).toBe(true);
    expect(plan.labelledHubs).toBeGreaterThan(0);
    expect(plan.useStoredPositions).toBe(true);
    expect(largeGraphPlan({ nodes: 10_000, edges: 40_000, positioned: 9_999 }).useStoredPositions).toBe(
      false,
    );
  });

  it("spends fewer load-time layout iterations on bigger graphs, within bounds", () => {
    const small = loadLayoutIterations({ nodes: 1000, edges: 3000 });
    const medium = loadLayoutIterations({ nodes: 10_000, edges: 40_000 });
    const big = loadLayoutIterations({ nodes: 50_000, edges: 200_000 });
    expect(small).toBeGreaterThanOrEqual(medium);
    expect(medium).toBeGreaterThan(big);
    expect(big).toBeGreaterThanOrEqual(20);
    expect(small).toBeLessThanOrEqual(300);
  });
});

describe("topNodesByDegree", () => {
  it("picks exactly the best-connected nodes, like a full sort would", () => {
    const graph = buildGraph(generateConflictDataset({ nodes: 600, edges: 2000, seed: 4, layout: true }));
    const sorted = graph
      .nodes()
      .sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0));
    for (const count of [1, 10, 57]) {
      expect(topNodesByDegree(graph, count)).toEqual(new Set(sorted.slice(0, count)));
    }
    expect(topNodesByDegree(graph, 0).size).toBe(0);
    expect(topNodesByDegree(graph, 10_000).size).toBe(600);
  });
});

describe("large-graph node sizes and reducers", () => {
  it("shrinks nodes as graphs grow, within bounds", () => {
    expect(largeNodeSizeScale(LARGE_GRAPH_NODES)).toBe(1);
    const medium = largeNodeSizeScale(10_000);
    const big = largeNodeSizeScale(50_000);
    expect(medium).toBeLessThan(1);
    expect(big).toBeLessThan(medium);
    expect(largeNodeSizeScale(10_000_000)).toBe(0.25);
    expect(largeGraphPlan({ nodes: 10_000, edges: 40_000 }).nodeSizeScale).toBe(medium);
  });

  it("scales unfocused nodes, keeps labels for hubs and draws unfocused edges thin", () => {
    const graph = buildGraph(generateConflictDataset({ nodes: 3000, edges: 9000, seed: 4, layout: true }));
    const plan = { ...largeGraphPlan({ nodes: graph.order, edges: graph.size }), labelledHubs: 5 };
    const hubs = topNodesByDegree(graph, 5);
    const { nodeReducer, edgeReducer } = largeGraphReducers(
      graph,
      plan,
      (node) => ({ label: node, size: 10, forceLabel: node === "focused" }),
      (_edge, attributes) => ({ type: "arrow", zIndex: attributes.relation === "supports" ? 2 : 1 }),
    );
    const hub = [...hubs][0] as string;
    const other = graph.nodes().find((node) => !hubs.has(node)) as string;
    expect(nodeReducer?.(hub, graph.getNodeAttributes(hub))).toMatchObject({
      label: hub,
      size: 10 * plan.nodeSizeScale,
    });
    expect(nodeReducer?.(other, graph.getNodeAttributes(other)).label).toBeNull();
    expect(nodeReducer?.("focused", graph.getNodeAttributes(other))).toMatchObject({
      label: "focused",
      size: 10,
    });
    const edges = graph.edges();
    const supports = edges.find((e) => graph.getEdgeAttribute(e, "relation") === "supports") as string;
    const fights = edges.find((e) => graph.getEdgeAttribute(e, "relation") === "fights") as string;
    expect(edgeReducer?.(supports, graph.getEdgeAttributes(supports)).type).toBe("arrow");
    expect(edgeReducer?.(fights, graph.getEdgeAttributes(fights)).type).toBe(THIN_EDGE_TYPE);
  });
});
