import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { columnBuffers, type DatasetColumns, encodeDatasetColumns } from "../../src/io/dataset-columns";
import { DatasetDecoder } from "../../src/io/dataset-columns-decode";
import { buildGraph } from "../../src/model/build-graph";
import type { Actor, Claim, Dataset, LoadedDataset } from "../../src/model/types";
import { generateConflictDataset } from "../support/generate";

/** Decodes in steps of `step` records, as the page does, and returns the records. */
function decode(columns: DatasetColumns, step: number): Pick<Dataset, "actors" | "claims" | "layout"> {
  const decoder = new DatasetDecoder(columns);
  let steps = 0;
  while (decoder.step(step)) steps++;
  expect(steps).toBe(Math.max(0, Math.ceil(decoder.total / step) - 1));
  const layout = decoder.finishLayout();
  return { actors: decoder.actors, claims: decoder.claims, ...(layout ? { layout } : {}) };
}

/** The columns as the page receives them: structured-cloned, buffers transferred. */
function transferred(columns: DatasetColumns): DatasetColumns {
  return structuredClone(columns, { transfer: columnBuffers(columns) });
}

async function shipped(name: string): Promise<LoadedDataset> {
  const { loadDataset } = await import("../../src/model/load");
  const loaded = await loadDataset(`data/${name}`, (path) => readFile(path, "utf8"));
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
  return loaded.value;
}

describe("dataset columns", () => {
  it("round-trips a generated dataset, and the graph built from it is the same graph", () => {
    const generated = generateConflictDataset({ nodes: 1500, edges: 5000, seed: 4, layout: true });
    const { actors, claims, layout } = generated.dataset;
    const columns = encodeDatasetColumns({ actors, claims, layout });
    const back = decode(transferred(columns), 700);
    expect(back).toEqual({ actors, claims, layout });
    const rebuilt: LoadedDataset = { ...generated, dataset: { ...generated.dataset, ...back } };
    expect(buildGraph(rebuilt).export()).toEqual(buildGraph(generated).export());
  });

  it("round-trips the shipped datasets: reference evidence, stances, aliases, coordinates, dates", async () => {
    for (const name of ["syria.json", "hama-2024-12.json"]) {
      const { dataset } = await shipped(name);
      const { actors, claims, layout } = dataset;
      const back = decode(transferred(encodeDatasetColumns({ actors, claims, layout })), 64);
      expect(back).toEqual(layout === undefined ? { actors, claims } : { actors, claims, layout });
    }
    const syria = (await shipped("syria.json")).dataset;
    // The fixture covers what the columns must carry.
    expect(syria.claims.some((c) => c.evidence.some((e) => e.stance === "against"))).toBe(true);
    expect(syria.actors.some((a) => a.aliases !== undefined && a.aliases.length > 0)).toBe(true);
  });

  it("keeps absent and empty apart, odd strings, and ids the actors do not have", () => {
    const actors: Actor[] = [
      { id: "a", label: "Ä «quoted» 東京 🙂", kind: "state", aliases: [], description: "" },
      {
        id: "b",
        label: "B",
        kind: "city",
        coordinates: { lat: -33.5, lon: 151.25 },
        start: "1990",
        end: "2001-05",
      },
      { id: "c", label: "C\u0000with nul", kind: "state", aliases: ["x", "", "y"] },
    ];
    const claims: Claim[] = [
      {
        id: "k1",
        from: "a",
        relation: "fights",
        to: "b",
        certainty: "stated",
        evidence: [
          { source: "s1", quote: "one", attributedTo: "the army" },
          { source: "s2", locator: "§ 3", note: "says so", stance: "against" },
        ],
        note: "",
        start: "2020-01-02",
      },
      {
        id: "k2",
        from: "ghost",
        relation: "supports",
        to: "a",
        certainty: "implied",
        evidence: [],
        end: "2021",
      },
    ];
    const layout = { a: { x: 0.1 + 0.2, y: -0 }, c: { x: 1e300, y: -5e-324 }, elsewhere: { x: 1, y: 2 } };
    const back = decode(transferred(encodeDatasetColumns({ actors, claims, layout })), 2);
    expect(back).toEqual({ actors, claims, layout });
    expect(Object.is(back.layout?.a?.y, -0)).toBe(true);
    expect(back.actors[1]).not.toHaveProperty("aliases");
    expect(back.actors[0]?.aliases).toEqual([]);
    expect(decode(encodeDatasetColumns({ actors, claims }), 10).layout).toBeUndefined();
  });

  it("sends numbers, codes and endpoints in typed arrays, strings as one per column", () => {
    const generated = generateConflictDataset({ nodes: 200, edges: 600, seed: 2, layout: true });
    const columns = encodeDatasetColumns(generated.dataset);
    expect(columns.claims.from).toBeInstanceOf(Uint32Array);
    expect(columns.actors.position.a).toBeInstanceOf(Float64Array);
    expect(columns.claims.relation.codes).toBeInstanceOf(Uint8Array);
    expect(typeof columns.claims.evidence.quote.joined).toBe("string");
    const buffers = columnBuffers(columns);
    expect(new Set(buffers).size).toBe(buffers.length);
    // After the transfer the worker's copies are detached: nothing was copied.
    transferred(columns);
    expect(columns.claims.from.length).toBe(0);
  });

  it("decodes an empty dataset", () => {
    const back = decode(encodeDatasetColumns({ actors: [], claims: [], layout: {} }), 5);
    expect(back).toEqual({ actors: [], claims: [], layout: {} });
  });
});
