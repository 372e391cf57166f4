import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { importGexf } from "../../src/io/gexf-read";
import { exportGexf } from "../../src/io/gexf-write";
import { canonicalDataset } from "../../src/io/json-export";
import { buildGraph } from "../../src/model/build-graph";
import { loadDataset } from "../../src/model/load";
import { validateGexf13 } from "./helpers/rng";

/** Reference sources, reference evidence (with stance) and actor spans survive GEXF both ways. */

const DIR = "tests/fixtures/datasets";

describe("GEXF with references", () => {
  it("round-trips a dataset mixing quotes and reference citations losslessly", async () => {
    const loaded = await loadDataset(`${DIR}/references.json`, (path) => readFile(path, "utf8"));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const xml = exportGexf(loaded.value, buildGraph(loaded.value, { iterations: 5 }), { dynamic: true });
    expect((await validateGexf13(xml)).errors).toEqual([]);
    const back = importGexf("refs.gexf", xml, loaded.value.ontology, {
      sourceTexts: loaded.value.sourceTexts,
    });
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    const { layout: _before, $schema: _schema, ...expected } = canonicalDataset(loaded.value.dataset);
    const { layout: _after, ...actual } = canonicalDataset(back.value.dataset);
    // Sources come back in the order the edges first cite them.
    const byId = (list: unknown) => [...(list as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
    expect({ ...actual, sources: byId(actual.sources) }).toEqual({
      ...expected,
      sources: byId(expected.sources),
    });
    const graph = buildGraph(back.value, { iterations: 5 });
    expect(graph.getNodeAttributes("northern-front")).toMatchObject({ start: "2019-03" });
    expect(graph.getEdgeAttribute("aster-supports-front", "evidence")[1]).toEqual({
      source: "front-profile",
      locator: 'infobox, "Allies"',
      note: "The profile lists no state backer.",
      stance: "against",
    });
  });

  it("says what is wrong with a malformed reference item", async () => {
    const loaded = await loadDataset(`${DIR}/references.json`, (path) => readFile(path, "utf8"));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const xml = exportGexf(loaded.value, buildGraph(loaded.value, { iterations: 5 })).replace(
      '"stance":"against"',
      '"stance":"for"',
    );
    const back = importGexf("refs.gexf", xml, loaded.value.ontology);
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.errors[0]?.message).toMatch(/evidence: \$\[1\]\.stance: expected "against"/);
  });
});
