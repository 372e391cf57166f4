import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractCandidates } from "../../src/ingest/extract";
import { buildGazetteer } from "../../src/ingest/gazetteer";
import { datasetSchema, ontologySchema } from "../../src/model/schema";
import type { Claim, LoadedDataset } from "../../src/model/types";

const ontology = ontologySchema.parse(JSON.parse(readFileSync("data/ontology.json", "utf8")));

function loaded(claims: Claim[] = []): LoadedDataset {
  const dataset = datasetSchema.parse({
    ...JSON.parse(readFileSync("tests/eval/background.json", "utf8")),
    claims,
  });
  return { file: "background.json", dataset, ontology, sourceTexts: {} };
}

const gazetteer = buildGazetteer(ontology, [loaded()]);

function extract(text: string, options: { date?: string; claims?: Claim[] } = {}) {
  const g = options.claims ? buildGazetteer(ontology, [loaded(options.claims)]) : gazetteer;
  return extractCandidates(text, { ontology, gazetteer: g, ...(options.date ? { date: options.date } : {}) });
}

function triples(text: string) {
  return extract(text).claims.map((c) => `${c.from} ${c.relation} ${c.to}${c.asserted ? "" : " NOT"}`);
}

describe("extractCandidates: relation patterns", () => {
  it("reads active and passive support and the X-backed compound", () => {
    expect(triples("Iran has armed Hezbollah for decades.")).toContain("iran supports hezbollah");
    expect(triples("Hezbollah is backed by Iran.")).toContain("iran supports hezbollah");
    expect(triples("Fighting broke out as Iran-backed militias moved in.")).toContain(
      "iran supports pro-iran-militias",
    );
  });

  it("splits 'considered a terrorist organization by A, B and C' into one claim per designator", () => {
    const found = triples("HTS is considered a terrorist organization by the USA, Turkey and Russia.");
    expect(found).toEqual(
      expect.arrayContaining([
        "usa designates-terrorist hts",
        "turkey designates-terrorist hts",
        "russia designates-terrorist hts",
      ]),
    );
  });

  it("reads captures, 'under X control' and 'drove X out of P'", () => {
    expect(triples("Rebels captured Aleppo on Saturday.")).toContain("rebels controls aleppo");
    expect(triples("Hama remained under government control.")).toContain("assad-government controls hama");
    const drove = triples("The rebels drove government forces out of Homs.");
    expect(drove).toEqual(expect.arrayContaining(["rebels controls homs", "rebels fights syrian-army"]));
  });

  it("does not read a passive 'had been driven out of' as the subject taking the place", () => {
    expect(triples("The army said the rebels had been driven out of Hama.")).not.toContain(
      "rebels controls hama",
    );
  });

  it("reads 'formerly known as' as succession and 'clashes between A and B' as fighting", () => {
    expect(triples("HTS, formerly known as the Nusra Front, rules Idlib.")).toContain(
      "hts successor-of nusra-front",
    );
    expect(triples("Clashes between Hezbollah and HTS killed dozens.")).toContain("hezbollah fights hts");
  });
});

describe("extractCandidates: negation, hedges, attribution", () => {
  it("never asserts a denied or negated statement", () => {
    for (const text of [
      "Iran denied backing Hezbollah.",
      "Turkey did not attack Aleppo.",
      "Russia has never supported HTS.",
      "Turkey refused to arm HTS.",
      "Israel threatened to attack Hezbollah.",
      "Turkey had no role in the assault on Aleppo.",
      "Officials rejected claims that Ankara had coordinated the offensive with HTS.",
    ]) {
      const claims = extract(text).claims;
      expect(claims.length, text).toBeGreaterThan(0);
      for (const claim of claims)
        expect(claim.asserted, `${text}: ${claim.from} ${claim.relation} ${claim.to}`).toBe(false);
    }
  });

  it("lowers certainty for hedges and fills attributedTo", () => {
    const [hedged] = extract("Iran reportedly armed Hezbollah.").claims;
    expect(hedged?.certainty).toBe("implied");
    const [reported] = extract("According to Reuters, Russia attacked the rebels.").claims;
    expect(reported?.attributedTo).toBe("Reuters");
    expect(reported?.certainty).toBe("implied");
    const [said] = extract("Moscow said it backs Bashar al-Assad.").claims;
    expect(said).toMatchObject({
      from: "russia",
      relation: "supports",
      to: "bashar-al-assad",
      attributedTo: "Russia",
    });
  });
});

describe("extractCandidates: actors", () => {
  it("reads a capital as its government when it acts, as a place when it is one", () => {
    expect(triples("Damascus launched airstrikes on Idlib.")).toContain("assad-government attacks idlib");
    const place = extract("Hezbollah fighters operate in Damascus.").claims;
    expect(place.map((c) => `${c.from} ${c.relation} ${c.to}`)).toContain("hezbollah operates-in damascus");
    expect(place.some((c) => c.to === "assad-government" || c.from === "assad-government")).toBe(false);
  });

  it("resolves 'the group' to the last compatible subject of the paragraph", () => {
    expect(triples("HTS captured Aleppo. The group also seized Hama.")).toContain("hts controls hama");
  });

  it("proposes unknown actors with a kind from cue words and new slug ids", () => {
    const result = extract("The Turkish-backed Syrian National Army attacked the Syrian Democratic Forces.");
    const ids = result.actors.filter((a) => !a.known).map((a) => `${a.id}:${a.kind}`);
    expect(ids).toEqual(
      expect.arrayContaining(["syrian-national-army:armed-forces", "syrian-democratic-forces:armed-forces"]),
    );
    expect(result.claims.map((c) => `${c.from} ${c.relation} ${c.to}`)).toEqual(
      expect.arrayContaining([
        "turkey supports syrian-national-army",
        "syrian-national-army attacks syrian-democratic-forces",
      ]),
    );
  });
});

describe("extractCandidates: status against the dataset", () => {
  const claim = (id: string, from: string, relation: string, to: string): Claim => ({
    id,
    from,
    relation,
    to,
    certainty: "stated",
    evidence: [{ source: "s", quote: "q" }],
  });
  const existing = [
    claim("c1", "russia", "supports", "assad-government"),
    claim("c2", "hezbollah", "fights", "israel"),
    claim("c3", "assad-government", "controls", "aleppo"),
  ];

  it("marks known (symmetric relations either way round), new and conflicting claims", () => {
    const status = (text: string) =>
      Object.fromEntries(
        extract(text, { claims: existing }).claims.map((c) => [`${c.from} ${c.relation} ${c.to}`, c.status]),
      );
    expect(status("Russia backs the Assad regime.")["russia supports assad-government"]).toBe("known");
    expect(status("Israel fought Hezbollah.")["israel fights hezbollah"]).toBe("known");
    expect(status("Iran backs the Assad regime.")["iran supports assad-government"]).toBe("new");
    expect(status("Russia attacked the Assad regime.")["russia attacks assad-government"]).toBe(
      "conflicting",
    );
    expect(status("Rebels captured Aleppo.")["rebels controls aleppo"]).toBe("conflicting");
    expect(status("Russia denied backing the Assad regime.")["russia supports assad-government"]).toBe(
      "conflicting",
    );
  });
});

describe("extractCandidates: offsets and robustness", () => {
  it("quotes every claim verbatim at its offsets in the Hama article", () => {
    const text = readFileSync("data/sources/hama-2024-12.txt", "utf8");
    const { claims } = extractCandidates(text, { ontology, gazetteer, date: "2024-12-05" });
    expect(claims.length).toBeGreaterThan(10);
    for (const c of claims) {
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("never throws and keeps quotes verbatim on arbitrary text built from news fragments", () => {
    const fragments = [
      "Russia",
      "Iran",
      "backed",
      "did not attack",
      "the rebels",
      "Damascus",
      "in Aleppo",
      ",",
      ".",
      "\n",
      "HTS",
      "was considered a terrorist group by",
      "Turkey and the USA",
      "“",
      "”",
      "the group",
      "captured",
      "Hama",
      "pro-Iran militias",
      "al-Qaeda's",
      "é",
      "  ",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 40 }), (parts) => {
        const text = parts.join(" ");
        const { claims, actors } = extract(text);
        for (const c of claims) {
          expect(text.slice(c.start, c.end)).toBe(c.quote);
          expect(actors.some((a) => a.id === c.from)).toBe(true);
          expect(actors.some((a) => a.id === c.to)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
