import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model/build-graph";
import { buildGraphInSteps } from "../../src/model/build-graph-in-steps";
import { generateConflictDataset } from "../support/generate";

describe("buildGraphInSteps", () => {
  it("gives exactly buildGraph's graph on generated datasets with stored positions", async () => {
    for (const seed of [3, 17]) {
      const generated = generateConflictDataset({ nodes: 1200, edges: 4000, seed, layout: true });
      const expected = buildGraph(generated).export();
      const actual = (
        await buildGraphInSteps(generated, { yieldEvery: 700, yieldToPage: async () => {} })
      ).export();
      expect(actual.nodes.map((n) => n.key)).toEqual(expected.nodes.map((n) => n.key));
      expect(actual.edges.map((e) => e.key)).toEqual(expected.edges.map((e) => e.key));
      expect(actual).toEqual(expected);
    }
  });

  it("gives the same laid-out graph when positions are missing (same seed)", async () => {
    const generated = generateConflictDataset({ nodes: 150, edges: 400, seed: 9 });
    expect(generated.dataset.layout).toBeUndefined();
    const expected = buildGraph(generated, { seed: 5, iterations: 20 }).export();
    const actual = await buildGraphInSteps(generated, { seed: 5, iterations: 20, yieldEvery: 64 });
    expect(actual.export()).toEqual(expected);
    // Laid out, not left at the origin.
    expect(new Set(actual.mapNodes((_n, a) => `${a.x},${a.y}`)).size).toBeGreaterThan(100);
  });

  it("yields every yieldEvery items and reports progress up to the total", async () => {
    const generated = generateConflictDataset({ nodes: 300, edges: 900, seed: 1, layout: true });
    const total = 300 + 900;
    const progress: [number, number][] = [];
    const progressAtYield: number[] = [];
    const graph = await buildGraphInSteps(generated, {
      yieldEvery: 250,
      onProgress: (done, all) => progress.push([done, all]),
      yieldToPage: async () => {
        progressAtYield.push(progress.at(-1)?.[0] ?? 0);
      },
    });
    // Each pause reports first, then hands over to the page: one yield per 250 items.
    expect(progressAtYield).toEqual([250, 500, 750, 1000]);
    expect(progress.map(([done]) => done)).toEqual([250, 500, 750, 1000, total]);
    expect(progress.every(([, all]) => all === total)).toBe(true);
    expect(graph.order).toBe(300);
    expect(graph.size).toBe(900);
  });

  it("rejects a yieldEvery that is not a positive integer", async () => {
    const generated = generateConflictDataset({ nodes: 10, edges: 20, seed: 1, layout: true });
    await expect(buildGraphInSteps(generated, { yieldEvery: 0 })).rejects.toThrow(/yieldEvery/);
    await expect(buildGraphInSteps(generated, { yieldEvery: 2.5 })).rejects.toThrow(/yieldEvery/);
  });
});
