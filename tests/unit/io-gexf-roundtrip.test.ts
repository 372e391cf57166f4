import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datasetSubset } from "../../src/io/dataset-subset";
import { importGexf } from "../../src/io/gexf-read";
import { exportGexf, type GexfExportOptions } from "../../src/io/gexf-write";
import { parseXml } from "../../src/io/xml-parse";
import { xmlSafeText } from "../../src/io/xml-write";
import { buildGraph } from "../../src/model/build-graph";
import { parseLoadedDataset } from "../../src/model/load";
import type { LoadedDataset } from "../../src/model/types";
import { projectOntology, SMALL_DATASET, SMALL_SOURCE_TEXT } from "../fixtures/gexf/small-dataset";
import { validateGexf13, validateGexf13Many, validateGexf13XsdWithoutViz } from "./helpers/rng";

const ontology = projectOntology();
const DATA = (path: string) => fileURLToPath(new URL(`../../data/${path}`, import.meta.url));

function load(dataset: unknown, sourceTexts: Record<string, string>): LoadedDataset {
  const result = parseLoadedDataset("generated.json", JSON.stringify(dataset), ontology, sourceTexts);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return result.value;
}

function reimport(xml: string): LoadedDataset {
  const result = importGexf("export.gexf", xml, ontology);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return result.value;
}

/** Export, import, export again: the two files must be identical. */
function roundTrip(
  loaded: LoadedDataset,
  options: GexfExportOptions = {},
): { first: string; back: LoadedDataset } {
  const first = exportGexf(loaded, buildGraph(loaded, { iterations: 20 }), options);
  const back = reimport(first);
  expect(exportGexf(back, buildGraph(back, { iterations: 20 }), options)).toBe(first);
  return { first, back };
}

describe("the shipped Hama dataset", () => {
  const dataset = JSON.parse(readFileSync(DATA("hama-2024-12.json"), "utf8"));
  const texts = Object.fromEntries(
    (dataset.sources as { id: string; text: string }[]).map((s) => [
      s.id,
      readFileSync(DATA(s.text), "utf8"),
    ]),
  );
  const loaded = load(dataset, texts);
  const graph = buildGraph(loaded);
  const variants: [string, GexfExportOptions][] = [
    ["static", {}],
    ["dynamic", { dynamic: true }],
    [
      "filtered by kinds and date",
      { filter: { kinds: ["state", "armed-group", "government", "city"], at: "2024-12-05" } },
    ],
    ["filtered by relations, dynamic", { filter: { relations: ["supports", "fights"] }, dynamic: true }],
  ];

  it("exports valid GEXF 1.3: static, dynamic, filtered", async () => {
    const results = await validateGexf13Many(
      variants.map(([, options]) => exportGexf(loaded, graph, options)),
    );
    expect(results.map((r, i) => [variants[i]?.[0], r.errors])).toEqual(variants.map(([name]) => [name, []]));
    expect(results.every((r) => r.valid)).toBe(true);
  });

  it("passes the official XSD too, viz elements aside", async () => {
    const results = await validateGexf13XsdWithoutViz(
      variants.map(([, options]) => exportGexf(loaded, graph, options)),
    );
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(results.every((r) => r.valid)).toBe(true);
  });

  it("round-trips export -> import -> export identically, static and dynamic", () => {
    const { back } = roundTrip(loaded);
    expect(back.dataset.actors).toEqual(loaded.dataset.actors);
    expect(back.dataset.claims).toEqual(loaded.dataset.claims);
    roundTrip(loaded, { dynamic: true });
  });

  it("keeps the layout positions of the graph", () => {
    const back = reimport(exportGexf(loaded, graph));
    for (const actor of loaded.dataset.actors) {
      const { x, y } = graph.getNodeAttributes(actor.id);
      expect(back.dataset.layout?.[actor.id]).toEqual({ x, y });
    }
  });
});

const HOSTILE = [
  "\u0000",
  "\u0001",
  "\u0008",
  "\u001f",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "\uD800",
  "\uDFFF",
  "\uFFFE",
  "\uFFFF",
  "<script>alert(1)</script>",
  "]]>",
  "<![CDATA[",
  '"',
  "'",
  "&amp;",
  "&",
  "<!--",
  "  ",
  "\u{1F600}",
  "é",
];

/** What plain JSON text inside XML (aliases) keeps: everything but U+FFFE/U+FFFF, which JSON does not escape. */
const jsonSafe = (value: string) => value.replace(/[\uFFFE\uFFFF]/g, "\uFFFD");

describe("hostile strings", () => {
  const nasty = HOSTILE.join("|");
  const quote = `Quote ${nasty} end`;
  const loaded = load(
    {
      ...SMALL_DATASET,
      title: `Title ${nasty}`,
      description: `Description ${nasty}`,
      sources: [{ ...SMALL_DATASET.sources[0], title: `Source ${nasty}`, publisher: nasty }],
      actors: SMALL_DATASET.actors.map((a, i) =>
        i === 0 ? { ...a, label: `Label ${nasty}`, aliases: [nasty, "plain"], description: nasty } : a,
      ),
      claims: SMALL_DATASET.claims.map((c, i) =>
        i === 0 ? { ...c, note: nasty, evidence: [{ source: "wire-1", quote, attributedTo: nasty }] } : c,
      ),
    },
    { "wire-1": `${SMALL_SOURCE_TEXT}\n${quote}` },
  );

  it("stay well-formed and valid GEXF 1.3", async () => {
    for (const options of [{}, { dynamic: true }]) {
      const xml = exportGexf(loaded, buildGraph(loaded), options);
      expect(parseXml(xml).ok).toBe(true);
      expect(xml).not.toContain("<script>");
      expect(xml).not.toContain("]]>");
      expect((await validateGexf13(xml)).errors).toEqual([]);
    }
  });

  it("come back with only the characters XML cannot carry replaced by U+FFFD", () => {
    const { back } = roundTrip(loaded);
    const actor = back.dataset.actors[0]!;
    expect(actor.label).toBe(xmlSafeText(`Label ${nasty}`));
    // JSON text (aliases, evidence) escapes control characters and lone surrogates, so those survive.
    expect(actor.aliases).toEqual([jsonSafe(nasty), "plain"]);
    expect(back.dataset.title).toBe(xmlSafeText(`Title ${nasty}`));
    expect(back.dataset.description).toBe(xmlSafeText(`Description ${nasty}`));
    const claim = back.dataset.claims[0]!;
    expect(claim.note).toBe(xmlSafeText(nasty));
    // Evidence JSON also escapes U+FFFE/U+FFFF, so quotes and their sources come back exactly.
    expect(claim.evidence[0]?.quote).toBe(quote);
    expect(back.dataset.sources[0]?.publisher).toBe(nasty);
  });
});

describe("generated datasets", () => {
  const kinds = ontology.nodeKinds.map((k) => k.id);
  const text = fc.string({
    unit: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "binary", maxLength: 3 })),
    maxLength: 6,
  });
  const nonEmpty = text.map((s) => `x${s}`);
  const day = fc.record({
    y: fc.integer({ min: 1990, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  });
  const partialDate = fc
    .tuple(day, fc.constantFrom(1, 2, 3))
    .map(([{ y, m, d }, precision]) =>
      [String(y), String(m).padStart(2, "0"), String(d).padStart(2, "0")].slice(0, precision).join("-"),
    );
  const number = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });

  const generated = fc
    .record({
      title: nonEmpty,
      description: fc.option(text, { nil: undefined }),
      sourceTitle: nonEmpty,
      sourceDate: partialDate,
      actors: fc.array(
        fc.record({
          kind: fc.constantFrom(...kinds),
          label: nonEmpty,
          aliases: fc.option(fc.array(nonEmpty, { maxLength: 3 }), { nil: undefined }),
          description: fc.option(text, { nil: undefined }),
          coordinates: fc.option(
            fc.record({
              lat: fc.double({ noNaN: true, min: -90, max: 90 }),
              lon: fc.double({ noNaN: true, min: -180, max: 180 }),
            }),
            { nil: undefined },
          ),
          position: fc.option(fc.record({ x: number, y: number }), { nil: undefined }),
        }),
        { minLength: 2, maxLength: 7 },
      ),
      claims: fc.array(
        fc.record({
          from: fc.nat(),
          to: fc.nat(),
          relation: fc.nat(),
          certainty: fc.constantFrom("stated", "implied", "disputed"),
          quotes: fc.array(
            fc.record({ quote: nonEmpty, attributedTo: fc.option(nonEmpty, { nil: undefined }) }),
            {
              minLength: 1,
              maxLength: 3,
            },
          ),
          start: fc.option(partialDate, { nil: undefined }),
          end: fc.option(partialDate, { nil: undefined }),
          note: fc.option(text, { nil: undefined }),
        }),
        { maxLength: 10 },
      ),
    })
    .map((g) => {
      const actors = g.actors.map((a, i) => ({
        id: `actor-${i}`,
        label: a.label,
        kind: a.kind,
        ...(a.aliases === undefined ? {} : { aliases: a.aliases }),
        ...(a.description === undefined ? {} : { description: a.description }),
        ...(a.coordinates === undefined ? {} : { coordinates: a.coordinates }),
      }));
      const quotes: string[] = [];
      const claims = g.claims.flatMap((c, i) => {
        const from = actors[c.from % actors.length]!;
        const to = actors[c.to % actors.length]!;
        // A relation the ontology allows between the two kinds, so that most generated claims are valid.
        const allowed = ontology.relationKinds.filter(
          (r) => r.from.includes(from.kind) && r.to.includes(to.kind),
        );
        const relation = allowed[c.relation % Math.max(1, allowed.length)];
        if (from === to || relation === undefined) return [];
        const [start, end] =
          c.start !== undefined && c.end !== undefined && c.end < c.start
            ? [c.end, c.start]
            : [c.start, c.end];
        // Quotes are made unique so that "x" never matches a different one by accident.
        const evidence = c.quotes.map((q, j) => {
          const quote = `${q.quote} q${i}-${j}`;
          quotes.push(quote);
          return {
            source: "src",
            quote,
            ...(q.attributedTo === undefined ? {} : { attributedTo: q.attributedTo }),
          };
        });
        return [
          {
            id: `claim-${i}`,
            from: from.id,
            relation: relation.id,
            to: to.id,
            evidence,
            ...(start === undefined ? {} : { start }),
            ...(end === undefined ? {} : { end }),
            certainty: c.certainty,
            ...(c.note === undefined ? {} : { note: c.note }),
          },
        ];
      });
      const layout = Object.fromEntries(
        g.actors.flatMap((a, i) => (a.position === undefined ? [] : [[`actor-${i}`, a.position]])),
      );
      const dataset = {
        id: "generated",
        title: g.title,
        ...(g.description === undefined ? {} : { description: g.description }),
        sources: [{ id: "src", title: g.sourceTitle, publisher: "p", date: g.sourceDate, text: "src.txt" }],
        actors,
        claims,
        layout,
      };
      return { dataset, sourceText: quotes.join("\n") };
    })
    .filter(({ dataset, sourceText }) => {
      const result = parseLoadedDataset("generated.json", JSON.stringify(dataset), ontology, {
        src: sourceText,
      });
      return result.ok;
    });

  it("round-trip export -> import -> export identically", () => {
    fc.assert(
      fc.property(generated, fc.boolean(), ({ dataset, sourceText }, dynamic) => {
        roundTrip(load(dataset, { src: sourceText }), { dynamic });
      }),
      { numRuns: 150 },
    );
  });

  it("import a filtered export as exactly the explorer's subset", () => {
    const filter = fc.record(
      {
        relations: fc.subarray(ontology.relationKinds.map((r) => r.id)),
        kinds: fc.subarray(kinds),
        at: fc.constantFrom("2000", "2015-06", "2024-12-05"),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(generated, filter, ({ dataset, sourceText }, f) => {
        const loaded = load(dataset, { src: sourceText });
        const back = reimport(exportGexf(loaded, buildGraph(loaded, { iterations: 0 }), { filter: f }));
        const subset = datasetSubset(loaded, f);
        expect(back.dataset.actors.map((a) => a.id)).toEqual(subset.actors.map((a) => a.id));
        // Notes are XML text (illegal characters replaced); evidence is fully escaped JSON text (exact).
        const carried = subset.claims.map((c) => ({
          ...c,
          ...(c.note === undefined ? {} : { note: xmlSafeText(c.note) }),
        }));
        expect(back.dataset.claims).toEqual(carried);
      }),
      { numRuns: 100 },
    );
  });

  it("are always valid GEXF 1.3", async () => {
    // One xmllint run for all samples: much faster than one run per document.
    const samples = fc.sample(fc.tuple(generated, fc.boolean()), { numRuns: 40, seed: 42 });
    const files = samples.map(([{ dataset, sourceText }, dynamic]) => {
      const loaded = load(dataset, { src: sourceText });
      return exportGexf(loaded, buildGraph(loaded, { iterations: 0 }), { dynamic });
    });
    // The generator must produce real graphs, not only datasets its filter let through empty.
    expect(samples.filter(([g]) => g.dataset.claims.length >= 2).length).toBeGreaterThan(10);
    expect(
      samples.some(([g]) => g.dataset.claims.some((c) => c.start !== undefined && c.end !== undefined)),
    ).toBe(true);
    const results = await validateGexf13Many(files);
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(results.every((r) => r.valid)).toBe(true);
  });
});
