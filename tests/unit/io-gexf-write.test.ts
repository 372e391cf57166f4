import { describe, expect, it } from "vitest";
import { GEXF_NAMESPACE, VIZ_NAMESPACE } from "../../src/io/gexf-vocabulary";
import { exportGexf, exportGexfBlocks, writeGexf } from "../../src/io/gexf-write";
import { parseXml } from "../../src/io/xml-parse";
import { attributeValue, childElement, childElements, type XmlElement } from "../../src/io/xml-tree";
import { buildGraph } from "../../src/model/build-graph";
import { smallLoadedDataset } from "../fixtures/gexf/small-dataset";
import { generateConflictDataset } from "../support/generate";
import { validateGexf13 } from "./helpers/rng";

function parse(xml: string): XmlElement {
  const result = parseXml(xml);
  if (!result.ok) throw new Error(`${result.error.line}:${result.error.column} ${result.error.message}`);
  return result.root;
}

function graphElement(xml: string): XmlElement {
  return childElement(parse(xml), GEXF_NAMESPACE, "graph")!;
}

function edges(xml: string): XmlElement[] {
  return childElements(childElement(graphElement(xml), GEXF_NAMESPACE, "edges")!, GEXF_NAMESPACE, "edge");
}

function nodes(xml: string): XmlElement[] {
  return childElements(childElement(graphElement(xml), GEXF_NAMESPACE, "nodes")!, GEXF_NAMESPACE, "node");
}

function attvalue(element: XmlElement, id: string): string | undefined {
  const values = childElement(element, GEXF_NAMESPACE, "attvalues");
  const match =
    values && childElements(values, GEXF_NAMESPACE, "attvalue").find((a) => attributeValue(a, "for") === id);
  return match && attributeValue(match, "value");
}

describe("exportGexf", () => {
  const loaded = smallLoadedDataset();
  const graph = buildGraph(loaded);

  it("writes a static GEXF 1.3 file the RNG accepts", async () => {
    const xml = exportGexf(loaded, graph);
    const rng = await validateGexf13(xml);
    expect(rng.errors).toEqual([]);
    expect(rng.valid).toBe(true);
    expect(nodes(xml).map((n) => attributeValue(n, "id"))).toEqual(loaded.dataset.actors.map((a) => a.id));
    expect(edges(xml).map((e) => attributeValue(e, "id"))).toEqual(loaded.dataset.claims.map((c) => c.id));
    expect(attributeValue(graphElement(xml), "mode")).toBe("static");
    expect(attributeValue(graphElement(xml), "defaultedgetype")).toBe("directed");
  });

  it("is byte-deterministic", () => {
    expect(exportGexf(loaded, buildGraph(smallLoadedDataset()))).toBe(exportGexf(loaded, graph));
  });

  it("writes the same bytes block by block as in one string, and names a claim missing from the graph", () => {
    const generated = generateConflictDataset({ nodes: 400, edges: 2_000, seed: 7, layout: true });
    const big = buildGraph(generated);
    const blocks: string[] = [];
    writeGexf(generated, big, { dynamic: true }, (block) => blocks.push(block));
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.join("")).toBe(exportGexf(generated, big, { dynamic: true }));
    expect(exportGexfBlocks(generated, big)).toEqual(
      (() => {
        const again: string[] = [];
        writeGexf(generated, big, {}, (block) => again.push(block));
        return again;
      })(),
    );
    const missing = generated.dataset.claims[5]!.id;
    big.dropEdge(missing);
    expect(() => exportGexf(generated, big)).toThrow(`claim "${missing}" is not in the graph`);
  });

  it("writes meta from the dataset, lastmodifieddate from `now` or the latest cited source", () => {
    const meta = childElement(parse(exportGexf(loaded, graph)), GEXF_NAMESPACE, "meta")!;
    // The uncited 2025 source does not count.
    expect(attributeValue(meta, "lastmodifieddate")).toBe("2024-12-05");
    const withNow = childElement(
      parse(exportGexf(loaded, graph, { now: "2026-01-02" })),
      GEXF_NAMESPACE,
      "meta",
    )!;
    expect(attributeValue(withNow, "lastmodifieddate")).toBe("2026-01-02");
    expect(() => exportGexf(loaded, graph, { now: "2026-13-01" })).toThrow(/YYYY-MM-DD/);
  });

  it("writes viz colour as r/g/b from the ontology, position from the graph and the kind's shape", () => {
    const hts = nodes(exportGexf(loaded, graph))[0]!;
    const color = childElement(hts, VIZ_NAMESPACE, "color")!;
    // The armed-group colour of the ontology, as decimal r, g, b.
    expect([attributeValue(color, "r"), attributeValue(color, "g"), attributeValue(color, "b")]).toEqual(
      rgbOf(loaded, "armed-group"),
    );
    const position = childElement(hts, VIZ_NAMESPACE, "position")!;
    expect([attributeValue(position, "x"), attributeValue(position, "y")]).toEqual(["1.5", "-2.25"]);
    expect(attributeValue(childElement(hts, VIZ_NAMESPACE, "shape")!, "value")).toBe("triangle");
    expect(attvalue(hts, "aliases")).toBe('["HTS"]');
    const hama = nodes(exportGexf(loaded, graph)).find((n) => attributeValue(n, "id") === "hama")!;
    expect(attvalue(hama, "lat")).toBe("35.1318");
    expect(attvalue(hama, "aliases")).toBeUndefined();
  });

  it("writes the claim's relation, dates, certainty and evidence with its source", () => {
    const edge = edges(exportGexf(loaded, graph)).find(
      (e) => attributeValue(e, "id") === "russia-attacks-hama",
    )!;
    expect(attributeValue(edge, "kind")).toBe("attacks");
    expect(attvalue(edge, "relation")).toBe("attacks");
    expect(attvalue(edge, "start-date")).toBe("2024-12");
    expect(attvalue(edge, "certainty")).toBe("implied");
    // Quotes that fit on a line live in `quotes` only; evidence cites the source by id.
    expect(JSON.parse(attvalue(edge, "evidence")!)).toEqual([
      { source: "wire-1", attributedTo: "the monitor" },
      { source: "wire-1" },
    ]);
    expect(attvalue(edge, "quotes")).toBe("carried out air strikes near the city\nRussia, a key ally");
    // Static export: no spans on edges.
    expect(attributeValue(edge, "start")).toBeUndefined();
  });

  it("describes on each edge the sources it cites, so no edit elsewhere can lose them", () => {
    const xml = exportGexf(loaded, graph);
    const described = edges(xml).flatMap((e) => {
      const text = attvalue(e, "sources");
      return text === undefined ? [] : [{ edge: attributeValue(e, "id"), records: JSON.parse(text) }];
    });
    expect(described).toEqual(
      loaded.dataset.claims.map((claim) => ({
        edge: claim.id,
        records: [...new Set(claim.evidence.map((e) => e.source))].map((id) =>
          loaded.dataset.sources.find((source) => source.id === id),
        ),
      })),
    );
  });

  it("keeps the edge id and label as GEXF has them, without repeating them as attributes", () => {
    const xml = exportGexf(loaded, graph);
    const edge = edges(xml).find((e) => attributeValue(e, "id") === "russia-attacks-hama")!;
    expect(attributeValue(edge, "label")).toBe("attacks");
    expect(attvalue(edge, "claim")).toBeUndefined();
    expect(attvalue(edge, "relation-label")).toBeUndefined();
    expect(xml).not.toContain('id="claim"');
  });

  it("writes quotes into the evidence when a line of `quotes` cannot hold them exactly", () => {
    const [first, ...rest] = loaded.dataset.claims;
    const quote = "entered Hama on Thursday.\nRussia, a key ally";
    const multiline = smallLoadedDataset({
      claims: [{ ...first!, evidence: [{ source: "wire-1", quote }] }, ...rest],
    });
    const edge = edges(exportGexf(multiline, buildGraph(multiline)))[0]!;
    expect(JSON.parse(attvalue(edge, "evidence")!)).toEqual([{ source: "wire-1", quote }]);
  });

  it("delimits JSON values with single quotes rather than escaping every double quote", () => {
    const xml = exportGexf(loaded, graph);
    expect(xml).toContain(`<attvalue for="evidence" value='[{"source":"wire-1"}]'/>`);
    expect(xml).not.toContain("&quot;source&quot;");
  });

  it("marks symmetric relations with directed=false instead of mixing edge types", () => {
    const xml = exportGexf(loaded, graph);
    const allied = edges(xml).find((e) => attributeValue(e, "id") === "militias-allied-army")!;
    expect(attvalue(allied, "directed")).toBe("false");
    expect(edges(xml).every((e) => attributeValue(e, "type") === undefined)).toBe(true);
  });

  it("writes a dynamic graph whose edge spans come from the claims, open ends left out", async () => {
    const xml = exportGexf(loaded, graph, { dynamic: true });
    expect((await validateGexf13(xml)).errors).toEqual([]);
    const g = graphElement(xml);
    expect(attributeValue(g, "mode")).toBe("dynamic");
    expect(attributeValue(g, "timeformat")).toBe("date");
    expect([attributeValue(g, "start"), attributeValue(g, "end")]).toEqual(["2011-01-01", "2024-12-31"]);
    const span = (id: string) => {
      const e = edges(xml).find((x) => attributeValue(x, "id") === id)!;
      return [attributeValue(e, "start"), attributeValue(e, "end")];
    };
    expect(span("russia-attacks-hama")).toEqual(["2024-12-01", "2024-12-31"]);
    expect(span("hts-controls-hama")).toEqual(["2024-12-05", undefined]);
    expect(span("army-operates-hama")).toEqual([undefined, "2024-12-05"]);
    expect(span("militias-allied-army")).toEqual(["2011-01-01", undefined]);
    expect(span("russia-supports-assad")).toEqual([undefined, undefined]);
    // Nodes carry no span: actors stay visible at every date, as in the explorer.
    expect(
      nodes(xml).every(
        (n) => attributeValue(n, "start") === undefined && attributeValue(n, "end") === undefined,
      ),
    ).toBe(true);
  });

  it("exports the same subset as the explorer filter", async () => {
    const placesHidden = exportGexf(loaded, graph, {
      filter: { kinds: ["armed-group", "state", "person", "militia", "armed-forces", "community"] },
    });
    expect((await validateGexf13(placesHidden)).valid).toBe(true);
    expect(nodes(placesHidden).map((n) => attributeValue(n, "id"))).toEqual([
      "hts",
      "russia",
      "assad",
      "army",
      "militias",
      "lonely",
    ]);
    expect(edges(placesHidden).map((e) => attributeValue(e, "id"))).toEqual([
      "russia-supports-assad",
      "militias-allied-army",
    ]);

    const atDate = exportGexf(loaded, graph, { filter: { at: "2024-12-20" } });
    expect(edges(atDate).map((e) => attributeValue(e, "id"))).toEqual([
      "hts-controls-hama",
      "russia-supports-assad",
      "russia-attacks-hama",
      "militias-allied-army",
    ]);
    // Isolated actors of visible kinds stay.
    expect(nodes(atDate)).toHaveLength(7);

    const relations = exportGexf(loaded, graph, { filter: { relations: ["supports"] } });
    expect(edges(relations).map((e) => attributeValue(e, "id"))).toEqual(["russia-supports-assad"]);
    expect(attributeValue(childElement(graphElement(relations), GEXF_NAMESPACE, "edges")!, "count")).toBe(
      "1",
    );
  });
});

describe("the RNG gate itself", () => {
  it("rejects what the GEXF 1.3 schema forbids (so passing it means something)", async () => {
    const xml = exportGexf(smallLoadedDataset(), buildGraph(smallLoadedDataset()));
    const broken = [
      xml.replace('version="1.3"', 'version="1.2"'),
      xml.replace('<viz:shape value="triangle"/>', '<viz:shape value="star"/>'),
      xml.replace('type="boolean"', 'type="listinteger-ish"'),
      xml.replace('<edges count="5">', '<edges count="-1">'),
    ];
    for (const file of broken) expect((await validateGexf13(file)).valid).toBe(false);
  });
});

describe("src/io stays pure", () => {
  it("imports no Node module and touches no DOM, so the browser can run it", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL("../../src/io/", import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const source = readFileSync(new URL(file, dir), "utf8");
      expect(source, file).not.toMatch(
        /from "node:|require\(|\bdocument\.|\bwindow\.|new DOMParser|XMLSerializer/,
      );
    }
  });
});

describe("other readers", () => {
  it("graphology-gexf (what Gephi Lite uses) reads the export: nodes, edges, typed attributes, viz", async () => {
    const { default: Graph } = await import("graphology");
    const gexf = await import("graphology-gexf");
    const loaded = smallLoadedDataset();
    const graph = gexf.parse(Graph, exportGexf(loaded, buildGraph(loaded), { dynamic: true }));
    expect(graph.order).toBe(loaded.dataset.actors.length);
    expect(graph.size).toBe(loaded.dataset.claims.length);
    expect(graph.getNodeAttributes("hts")).toMatchObject({
      label: "Hayat Tahrir al-Sham",
      kind: "armed-group",
      color: `rgb(${rgbOf(loaded, "armed-group").join(",")})`,
      x: 1.5,
      y: -2.25,
    });
    expect(graph.getNodeAttribute("hama", "lat")).toBe(35.1318);
    expect(graph.getEdgeAttributes("militias-allied-army")).toMatchObject({
      kind: "allied-with",
      label: "allied with",
      relation: "allied-with",
      directed: false,
    });
    expect(JSON.parse(graph.getEdgeAttribute("militias-allied-army", "evidence"))[0].source).toBe("wire-1");
    const described = graph.edges().filter((e) => graph.getEdgeAttribute(e, "sources") !== undefined);
    expect(described).toHaveLength(graph.size);
    expect(JSON.parse(graph.getEdgeAttribute("militias-allied-army", "sources"))[0].id).toBe("wire-1");
  });
});

/** A kind's ontology colour as decimal r, g, b strings. */
function rgbOf(
  loaded: { ontology: { nodeKinds: readonly { id: string; color: string }[] } },
  kind: string,
): string[] {
  const hex = loaded.ontology.nodeKinds.find((k) => k.id === kind)?.color ?? "#000000";
  return [1, 3, 5].map((at) => String(Number.parseInt(hex.slice(at, at + 2), 16)));
}
