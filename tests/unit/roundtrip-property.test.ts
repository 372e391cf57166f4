import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importGexf } from "../../src/io/gexf-read";
import { exportGexf } from "../../src/io/gexf-write";
import { exportDatasetJson } from "../../src/io/json-export";
import { parseXml } from "../../src/io/xml-parse";
import { xmlSafeText } from "../../src/io/xml-write";
import { buildGraph } from "../../src/model/build-graph";
import { parseLoadedDataset } from "../../src/model/load";
import type { Actor, Claim, Dataset, LoadedDataset, Ontology } from "../../src/model/types";
import { validateDataset } from "../../src/model/validate";
import { validateGexf13 } from "./helpers/rng";

/**
 * Export -> import round trips on generated datasets whose every string may be hostile: markup,
 * quotes, ampersands, control characters, lone surrogates, line separators, astral characters.
 * JSON keeps every string exactly. GEXF keeps every attribute it writes exactly, except characters
 * XML 1.0 cannot carry, which the writer replaces (xmlSafeText): so the expected value of each
 * string after a GEXF trip is `xmlSafeText(original)`, and the XML must stay well-formed and valid.
 */

const ROOT = join(import.meta.dirname, "..", "..");
const ontology = JSON.parse(readFileSync(join(ROOT, "data", "ontology.json"), "utf8")) as Ontology;

const PAYLOADS = [
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  '"><svg onload=alert(1)>',
  "&amp; &lt; &#0; &xxe; ]]> <![CDATA[x]]>",
  "' \" ` \\ / $ {}",
  "\u0000\u0007\u001b[31m\u007f",
  "\ud800 lone \udfff",
  "\u2028\u2029\ufeff\ufffe\uffff",
  "\u202e RTL override",
  "😀 ☭ 中文 عربى",
  "  leading and trailing  ",
  "tab\tnew\nline\r\ncr",
];

/** Any code unit, including lone surrogates and controls, biased toward the tricky ones. */
const hostileChar = fc.oneof(
  fc.constantFrom(
    "<",
    ">",
    "&",
    '"',
    "'",
    ";",
    "#",
    "\u0000",
    "\u0001",
    "\u001f",
    "\ud800",
    "\udc00",
    "\u2028",
    "\ufffe",
  ),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.constantFrom("a", "b", " ", "é", "😀"),
);
const hostileString = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ unit: hostileChar, minLength: 1, maxLength: 24 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 24 }),
);
/** Strings XML can carry (what round trips through GEXF unchanged). */
const xmlFriendlyString = hostileString.map((s) => xmlSafeText(s));

/** A label: hostile, but with something visible (labels must not be empty). */
const label = (text: fc.Arbitrary<string>) => text.filter((s) => s.trim().length > 0);

const ARMED = "armed-group";
const PLACE = "city";
const relationsBetween = (fromKind: string, toKind: string) =>
  ontology.relationKinds.filter((r) => r.from.includes(fromKind) && r.to.includes(toKind)).map((r) => r.id);
const DATES = ["2023", "2024", "2024-06", "2024-12", "2024-12-01", "2024-12-05"];

function datasetArbitrary(text: fc.Arbitrary<string>): fc.Arbitrary<LoadedDataset> {
  return fc
    .record({
      // A title with a line break does not survive GEXF (title and description share <description>,
      // split at the first blank line): reported, kept out of the generator until titles are one line.
      title: label(text)
        .map((t) => t.replace(/[\r\n]/g, " "))
        .filter((t) => t.trim().length > 0),
      description: fc.option(text, { nil: undefined }),
      url: fc.option(text, { nil: undefined }),
      publisher: label(text),
      actors: fc.array(
        fc.record({
          label: label(text),
          place: fc.boolean(),
          aliases: fc.option(fc.array(label(text), { maxLength: 3 }), { nil: undefined }),
          description: fc.option(text, { nil: undefined }),
          position: fc.option(
            fc.record({
              x: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0),
              y: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0),
            }),
            { nil: undefined },
          ),
        }),
        { minLength: 2, maxLength: 6 },
      ),
      claims: fc.array(
        fc.record({
          from: fc.nat(),
          to: fc.nat(),
          relation: fc.nat(),
          quotes: fc.array(label(text), { minLength: 1, maxLength: 2 }),
          attributedTo: fc.option(label(text), { nil: undefined }),
          dates: fc.option(fc.tuple(fc.nat(DATES.length - 1), fc.nat(DATES.length - 1)), { nil: undefined }),
          certainty: fc.constantFrom("stated", "implied", "disputed" as const),
          note: fc.option(text, { nil: undefined }),
        }),
        { maxLength: 8 },
      ),
    })
    .map((g) => {
      const actors: Actor[] = g.actors.map((a, i) => ({
        id: `actor-${i}`,
        label: a.label,
        // The first actor is always armed, so every claim has a possible subject.
        kind: a.place && i > 0 ? PLACE : ARMED,
        ...(a.aliases ? { aliases: a.aliases } : {}),
        ...(a.description !== undefined ? { description: a.description } : {}),
      }));
      const quotes: string[] = [];
      const claims: Claim[] = [];
      g.claims.forEach((c, i) => {
        const from = actors[c.from % actors.length] as Actor;
        const to = actors[c.to % actors.length] as Actor;
        if (from.id === to.id) return;
        const allowed = relationsBetween(from.kind, to.kind);
        if (allowed.length === 0) return;
        quotes.push(...c.quotes);
        const claim: Claim = {
          id: `claim-${i}`,
          from: from.id,
          relation: allowed[c.relation % allowed.length] as string,
          to: to.id,
          evidence: c.quotes.map((quote) => ({
            source: "source-0",
            quote,
            ...(c.attributedTo !== undefined ? { attributedTo: c.attributedTo } : {}),
          })),
          certainty: c.certainty,
        };
        if (c.dates) {
          const [a, b] = [Math.min(...c.dates), Math.max(...c.dates)];
          claim.start = DATES[a];
          claim.end = DATES[b];
        }
        if (c.note !== undefined) claim.note = c.note;
        claims.push(claim);
      });
      const layout: Record<string, { x: number; y: number }> = {};
      g.actors.forEach((a, i) => {
        if (a.position) layout[`actor-${i}`] = a.position;
      });
      const dataset: Dataset = {
        id: "generated",
        title: g.title,
        ...(g.description !== undefined ? { description: g.description } : {}),
        sources: [
          {
            id: "source-0",
            title: g.title,
            publisher: g.publisher,
            date: "2024-12",
            ...(g.url !== undefined ? { url: g.url } : {}),
            text: "source-0.txt",
          },
        ],
        actors,
        claims,
        ...(Object.keys(layout).length > 0 ? { layout } : {}),
      };
      // The source text holds every quote verbatim.
      const sourceTexts = { "source-0": `Preamble.\n${quotes.join("\n")}\nEnd.` };
      return { file: "generated.json", dataset, ontology, sourceTexts };
    })
    .filter(
      (loaded) =>
        validateDataset(loaded.dataset, { file: loaded.file, ontology, sourceTexts: loaded.sourceTexts }).ok,
    );
}

/** Characters XML 1.0 cannot carry (what xmlSafeText replaces). */
const XML_ILLEGAL = /^[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]$/u;

/**
 * `actual` reads as `expected`, character by character, except that a character XML cannot carry
 * may have become U+FFFD (fields written as XML text) or stayed (fields written as escaped JSON).
 */
function sameUpToXmlIllegal(actual: string, expected: string): boolean {
  const a = [...actual];
  const e = [...expected];
  return a.length === e.length && e.every((c, i) => a[i] === c || (XML_ILLEGAL.test(c) && a[i] === "\uFFFD"));
}

/**
 * The same structure, and every string the same up to the characters XML cannot carry.
 */
function expectSameUpToXmlSafe(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === "string") {
    expect(
      typeof actual === "string" && sameUpToXmlIllegal(actual, expected),
      `${path}: ${JSON.stringify(actual)} for ${JSON.stringify(expected)}`,
    ).toBe(true);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((item, i) => {
      expectSameUpToXmlSafe((actual as unknown[])[i], item, `${path}[${i}]`);
    });
  } else if (typeof expected === "object" && expected !== null) {
    expect(typeof actual, path).toBe("object");
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) {
      expectSameUpToXmlSafe((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
  } else {
    expect(actual, path).toEqual(expected);
  }
}

const RUNS = { numRuns: 60 };

describe("JSON export -> import", () => {
  it("gives back the same dataset, every hostile string exact", () => {
    fc.assert(
      fc.property(datasetArbitrary(hostileString), (loaded) => {
        const json = exportDatasetJson(loaded);
        const back = parseLoadedDataset("export.json", json, ontology, loaded.sourceTexts);
        if (!back.ok) throw new Error(back.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
        expect(back.value.dataset).toEqual(loaded.dataset);
        // And the bytes on disk: lone surrogates survive UTF-8 because JSON escapes them.
        const bytes = new TextDecoder().decode(new TextEncoder().encode(json));
        expect(bytes).toBe(json);
      }),
      RUNS,
    );
  });
});

describe("GEXF export -> import", () => {
  it("imports its own export when a quote holds U+FFFE/U+FFFF (found by the property below)", () => {
    const base = {
      file: "nonchar.json",
      ontology,
      sourceTexts: { s: "The rebels \uffff attacked the army \ufffe today." },
      dataset: {
        id: "nonchar",
        title: "Noncharacters",
        sources: [{ id: "s", title: "S", publisher: "P", date: "2024-12", text: "s.txt" }],
        actors: [
          { id: "rebels", label: "Rebels", kind: ARMED },
          { id: "army", label: "Army", kind: ARMED },
        ],
        claims: [
          {
            id: "c",
            from: "rebels",
            relation: "attacks",
            to: "army",
            evidence: [{ source: "s", quote: "rebels \uffff attacked the army \ufffe" }],
            certainty: "stated" as const,
          },
        ],
      },
    } satisfies LoadedDataset;
    const xml = exportGexf(base, buildGraph(base));
    const back = importGexf("export.gexf", xml, ontology, { sourceTexts: base.sourceTexts });
    expect(back.ok ? [] : back.errors.map((e) => e.message)).toEqual([]);
  });

  it("gives back every attribute written, for strings XML can carry", () => {
    fc.assert(
      fc.property(datasetArbitrary(xmlFriendlyString), (loaded) => {
        const xml = exportGexf(loaded, buildGraph(loaded));
        const back = importGexf("export.gexf", xml, ontology, { sourceTexts: loaded.sourceTexts });
        if (!back.ok) throw new Error(back.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
        const { dataset } = back.value;
        expect(dataset.title).toBe(loaded.dataset.title);
        expect(dataset.description).toBe(loaded.dataset.description);
        expect(dataset.actors).toEqual(loaded.dataset.actors);
        expect(dataset.claims).toEqual(loaded.dataset.claims);
        // Only the sources that claims cite are written.
        const cited = new Set(loaded.dataset.claims.flatMap((c) => c.evidence.map((e) => e.source)));
        expect(dataset.sources).toEqual(loaded.dataset.sources.filter((s) => cited.has(s.id)));
        for (const [id, position] of Object.entries(loaded.dataset.layout ?? {})) {
          expect(dataset.layout?.[id]).toEqual(position);
        }
      }),
      RUNS,
    );
  });

  it("stays well-formed with any string, and reads back what it wrote (XML-illegal characters replaced)", () => {
    fc.assert(
      fc.property(datasetArbitrary(hostileString), (loaded) => {
        const xml = exportGexf(loaded, buildGraph(loaded));
        const parsed = parseXml(xml);
        expect(
          parsed.ok,
          parsed.ok ? "" : `${parsed.error.line}:${parsed.error.column} ${parsed.error.message}`,
        ).toBe(true);
        const back = importGexf("export.gexf", xml, ontology, { sourceTexts: loaded.sourceTexts });
        if (!back.ok) throw new Error(back.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
        expectSameUpToXmlSafe(back.value.dataset.actors, loaded.dataset.actors, "$.actors");
        expectSameUpToXmlSafe(back.value.dataset.claims, loaded.dataset.claims, "$.claims");
      }),
      RUNS,
    );
  });

  it("is valid against the GEXF 1.3 RELAX NG schema, whatever the strings", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary(hostileString), async (loaded) => {
        const xml = exportGexf(loaded, buildGraph(loaded), {
          dynamic: loaded.dataset.claims.length % 2 === 0,
        });
        const rng = await validateGexf13(xml);
        expect(rng.errors).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });
});
