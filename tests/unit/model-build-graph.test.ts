import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildGraph, edgeSize, nodeSize } from "../../src/model/build-graph";
import { defaultIterations, layoutGraph } from "../../src/model/layout";
import { loadDataset, parseLoadedDataset } from "../../src/model/load";
import type {
  ActorAttributes,
  ClaimAttributes,
  FaultlineGraph,
  GraphAttributes,
  LoadedDataset,
} from "../../src/model/types";

const readText = (path: string) => readFile(path, "utf8");

async function load(file: string): Promise<LoadedDataset> {
  const result = await loadDataset(file, readText);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return result.value;
}

const valid = () => load("tests/fixtures/datasets/valid.json");

describe("buildGraph", () => {
  it("has one node per actor and one edge per claim, keyed by id, in dataset order", async () => {
    const loaded = await valid();
    const graph = buildGraph(loaded);
    expect(graph.type).toBe("directed");
    expect(graph.multi).toBe(true);
    expect(graph.nodes()).toEqual(loaded.dataset.actors.map((a) => a.id));
    expect(graph.edges()).toEqual(loaded.dataset.claims.map((c) => c.id));
    expect(graph.getAttributes()).toEqual({ dataset: "valid", title: "A small valid dataset" });
  });

  it("keeps a supports and a fights claim between the same pair as two edges", async () => {
    const graph = buildGraph(await valid());
    expect(graph.edges("aster", "northern-front").sort()).toEqual([
      "aster-fights-front",
      "aster-supports-front",
    ]);
    expect(graph.getEdgeAttribute("aster-supports-front", "relation")).toBe("supports");
    expect(graph.getEdgeAttribute("aster-fights-front", "relation")).toBe("fights");
  });

  it("sets node attributes from the actor and its kind", async () => {
    const graph = buildGraph(await valid());
    const aster = graph.getNodeAttributes("aster");
    expect(aster).toMatchObject({
      label: "Republic of Aster",
      kind: "state",
      aliases: ["Aster", "the Republic"],
      description: "",
      color: "#0072b2",
      size: nodeSize(2),
    });
    expect(aster.size).toBeCloseTo(4 + 2 * Math.SQRT2);
    expect(graph.getNodeAttributes("karvel")).toMatchObject({
      lat: 41.5,
      lon: 20.25,
      color: "#8c8c8c",
      size: 6,
    });
    expect("lat" in aster).toBe(false);
  });

  it("sets edge attributes from the claim and its relation kind, never `type`", async () => {
    const loaded = await valid();
    const graph = buildGraph(loaded);
    const supports = graph.getEdgeAttributes("aster-supports-front");
    expect(supports).toMatchObject({
      claim: "aster-supports-front",
      relation: "supports",
      certainty: "disputed",
      start: "2024",
      directed: true,
      color: "#1b9e77",
      size: edgeSize(2),
    });
    expect(supports.evidence).toEqual(loaded.dataset.claims[0]?.evidence);
    expect("end" in supports).toBe(false);
    expect("type" in supports).toBe(false);
    expect(graph.getEdgeAttributes("aster-fights-front")).toMatchObject({
      directed: false,
      color: "#d95f02",
      size: 1,
    });
    expect(graph.source("front-controls-karvel")).toBe("northern-front");
    expect(graph.target("front-controls-karvel")).toBe("karvel");
  });

  it("uses stored layout positions and lays out the other actors", async () => {
    const graph = buildGraph(await valid());
    expect(graph.getNodeAttributes("aster")).toMatchObject({ x: -10, y: 5 });
    for (const key of ["northern-front", "karvel"]) {
      const { x, y } = graph.getNodeAttributes(key);
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(x === 0 && y === 0).toBe(false);
    }
  });

  it("is deterministic: two builds export byte-identical JSON", async () => {
    const loaded = await valid();
    const first = JSON.stringify(buildGraph(loaded).export());
    const second = JSON.stringify(buildGraph(await valid()).export());
    expect(second).toBe(first);
  });

  it("treats ids that are Object.prototype names as plain ids", async () => {
    const ontology = (await valid()).ontology;
    const dataset = {
      id: "proto",
      title: "Prototype names",
      sources: [{ id: "constructor", title: "T", publisher: "P", date: "2024", text: "t.txt" }],
      actors: [
        { id: "constructor", label: "C", kind: "state" },
        { id: "tostring", label: "T", kind: "armed-group" },
      ],
      claims: [
        {
          id: "hasownproperty",
          from: "constructor",
          relation: "fights",
          to: "tostring",
          certainty: "stated",
          evidence: [{ source: "constructor", quote: "C fights T" }],
        },
      ],
      layout: { tostring: { x: 3, y: 4 } },
    };
    const missingText = parseLoadedDataset("p.json", JSON.stringify(dataset), ontology, {});
    expect(missingText.ok ? [] : missingText.errors.map((e) => e.path)).toEqual(["$.sources[0].text"]);
    const result = parseLoadedDataset("p.json", JSON.stringify(dataset), ontology, {
      "t.txt": "C fights T.",
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.value.sourceTexts).toEqual({ constructor: "C fights T." });
    const graph = buildGraph(result.value);
    expect(graph.getNodeAttributes("tostring")).toMatchObject({ x: 3, y: 4 });
    const placed = graph.getNodeAttributes("constructor");
    expect(Number.isFinite(placed.x) && Number.isFinite(placed.y)).toBe(true);
    expect(placed.x === 0 && placed.y === 0).toBe(false);
  });

  it("builds the Hama dataset once it exists", async () => {
    let loaded: LoadedDataset;
    try {
      loaded = await load("data/hama-2024-12.json");
    } catch (error) {
      if (String(error).includes("no such file")) return;
      throw error;
    }
    const graph = buildGraph(loaded);
    expect(graph.order).toBe(loaded.dataset.actors.length);
    expect(graph.size).toBe(loaded.dataset.claims.length);
    graph.forEachNode((_key, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    });
  });
});

function randomGraph(nodeCount: number, edges: [number, number][]): FaultlineGraph {
  const graph = new MultiDirectedGraph<ActorAttributes, ClaimAttributes, GraphAttributes>();
  for (let i = 0; i < nodeCount; i++) {
    graph.addNode(`n${i}`, {
      label: `N${i}`,
      kind: "state",
      aliases: [],
      description: "",
      x: 0,
      y: 0,
      size: 5,
      color: "#000000",
    });
  }
  edges.forEach(([a, b], i) => {
    if (a % nodeCount === b % nodeCount) return;
    graph.addEdgeWithKey(`e${i}`, `n${a % nodeCount}`, `n${b % nodeCount}`, {
      claim: `e${i}`,
      relation: "fights",
      certainty: "stated",
      evidence: [],
      directed: false,
      color: "#000000",
      size: 1,
    });
  });
  return graph;
}

const positions = (graph: FaultlineGraph) => graph.mapNodes((key, a) => [key, a.x, a.y]);

describe("layoutGraph", () => {
  it("gives identical, finite positions for the same graph and seed (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.array(fc.tuple(fc.nat(100), fc.nat(100)), { maxLength: 60 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (n, edges, seed) => {
          const a = randomGraph(n, edges);
          const b = randomGraph(n, edges);
          layoutGraph(a, { seed, iterations: 50 });
          layoutGraph(b, { seed, iterations: 50 });
          expect(positions(b)).toEqual(positions(a));
          a.forEachNode((_k, attrs) => {
            expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it("runs fewer iterations on bigger graphs, depending only on the node count", () => {
    expect(defaultIterations(30)).toBe(300);
    expect(defaultIterations(1000)).toBe(60);
    expect(defaultIterations(100_000)).toBe(40);
  });

  it("depends on the seed", () => {
    const a = randomGraph(10, [
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    const b = a.copy();
    layoutGraph(a, { seed: 1 });
    layoutGraph(b, { seed: 2 });
    expect(positions(b)).not.toEqual(positions(a));
  });

  it("keeps fixed nodes where they are and moves the others", () => {
    const graph = randomGraph(6, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    graph.mergeNodeAttributes("n0", { x: 123.5, y: -7 });
    layoutGraph(graph, { fixed: ["n0"] });
    expect(graph.getNodeAttributes("n0")).toMatchObject({ x: 123.5, y: -7 });
    expect(new Set(graph.mapNodes((_k, a) => `${a.x},${a.y}`)).size).toBe(6);
  });

  it("brings connected nodes closer than unconnected ones", () => {
    // Two triangles joined by nothing: the mean distance within a triangle is smaller than across.
    const graph = randomGraph(6, [
      [0, 1],
      [1, 2],
      [2, 0],
      [3, 4],
      [4, 5],
      [5, 3],
    ]);
    layoutGraph(graph, { iterations: 500 });
    const d = (a: string, b: string) => {
      const p = graph.getNodeAttributes(a);
      const q = graph.getNodeAttributes(b);
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    const within = (d("n0", "n1") + d("n1", "n2") + d("n3", "n4") + d("n4", "n5")) / 4;
    const across = (d("n0", "n3") + d("n1", "n4") + d("n2", "n5")) / 3;
    expect(within).toBeLessThan(across);
  });
});
