import { describe, expect, it } from "vitest";
import { importGexf } from "../../src/io/gexf-read";
import { exportGexf } from "../../src/io/gexf-write";
import { buildGraph } from "../../src/model/build-graph";
import { projectOntology } from "../fixtures/gexf/small-dataset";
import { generateConflictDataset } from "../support/generate";

/**
 * How an import checks its quotes: evidence made from the file itself is accepted without a search,
 * and every quote checked against a text given with the file is still checked, however many there
 * are (past the point where the matcher indexes the text).
 */

const ontology = projectOntology();

/** A plain GEXF (no Faultline evidence) with `edges` edges over a ring of states. */
function plainGexf(nodes: number, edges: number): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '<graph defaultedgetype="directed"><nodes>',
  ];
  for (let i = 0; i < nodes; i++) lines.push(`<node id="n${i}" label="State ${i}"/>`);
  lines.push("</nodes><edges>");
  for (let e = 0; e < edges; e++)
    lines.push(
      `<edge id="e${e}" source="n${e % nodes}" target="n${(e + 1 + (e >> 4)) % nodes}" label="supports"/>`,
    );
  lines.push("</edges></graph></gexf>");
  return lines.join("\n");
}

describe("quote checks of a GEXF import", () => {
  it("accepts evidence made from the file: each quote is its edge's own tag in the file", () => {
    const xml = plainGexf(50, 400);
    const result = importGexf("plain.gexf", xml, ontology, { today: "2026-01-01" });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
    const { dataset, sourceTexts } = result.value;
    expect(dataset.claims).toHaveLength(400);
    const [source] = dataset.sources;
    expect(sourceTexts[source?.id ?? ""]).toBe(xml);
    for (const claim of dataset.claims) {
      const [evidence] = claim.evidence;
      expect(evidence?.source).toBe(source?.id);
      expect(xml).toContain(evidence?.quote);
    }
  });

  const generated = generateConflictDataset({ nodes: 60, edges: 300, seed: 7, layout: true });
  const xml = exportGexf(generated, buildGraph(generated));
  const quoteCount = generated.dataset.claims.reduce((n, claim) => n + claim.evidence.length, 0);

  it("accepts its own export without the articles: quotes are the text the file vouches for", () => {
    const result = importGexf("export.gexf", xml, ontology);
    expect(result.ok).toBe(true);
    expect(quoteCount).toBeGreaterThan(100);
  });

  it("accepts its own export against the full articles", () => {
    expect(importGexf("export.gexf", xml, ontology, { sourceTexts: generated.sourceTexts }).ok).toBe(true);
  });

  it("still reports a quote that is not in the article given with the file, among many that are", () => {
    // The most cited source, with the quote of its last citation taken out of its text.
    const counts = new Map<string, number>();
    for (const claim of generated.dataset.claims)
      for (const e of claim.evidence) counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
    const [busiest, cited] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
    expect(cited).toBeGreaterThan(20);
    const last = generated.dataset.claims.findLastIndex((c) => c.evidence.some((e) => e.source === busiest));
    const quote = generated.dataset.claims[last]?.evidence.find((e) => e.source === busiest)?.quote ?? "";
    const text = generated.sourceTexts[busiest] ?? "";
    expect(text).toContain(quote);
    const changed = text.split(quote).join(`${quote.slice(0, -1)}#`);
    const result = importGexf("export.gexf", xml, ontology, {
      sourceTexts: { ...generated.sourceTexts, [busiest]: changed },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const notVerbatim = result.errors.filter((e) => /quote is not verbatim/.test(e.message));
      expect(notVerbatim.length).toBeGreaterThan(0);
      expect(notVerbatim.every((e) => e.message.includes(`source "${busiest}"`))).toBe(true);
      expect(notVerbatim.some((e) => e.message.includes(`$.claims[${last}].evidence`))).toBe(true);
    }
  });
});
