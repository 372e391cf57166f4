import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { EDGE_LABEL_KEY, type GexfMapping, suggestMapping, surveyGexf } from "../../src/io/gexf-mapping";
import { importGexf } from "../../src/io/gexf-read";
import { exportDatasetJson } from "../../src/io/json-export";
import { buildGraph } from "../../src/model/build-graph";
import { importOntology, RELATED_RELATION, ruleBreaks, UNKNOWN_KIND } from "../../src/model/import-ontology";
import { validateDataset } from "../../src/model/validate";
import { projectOntology } from "../fixtures/gexf/small-dataset";

const ontology = projectOntology();

function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/gexf/${name}`, import.meta.url)), "utf8");
}

function survey(name: string) {
  const surveyed = surveyGexf(name, fixture(name));
  if (!surveyed.ok) throw new Error(surveyed.errors[0]?.message);
  return surveyed.survey;
}

function importMapped(name: string, mapping: GexfMapping) {
  const result = importGexf(name, fixture(name), ontology, { mapping, today: "2026-01-01" });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return result;
}

describe("the mapping step for a GEXF from another tool", () => {
  it("an untyped graph is refused without a mapping, and opens with one: unknown kinds, related edges", () => {
    const strict = importGexf("foreign-untyped.gexf", fixture("foreign-untyped.gexf"), ontology);
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.errors[0]?.message).toMatch(/no relation of the ontology/);

    const found = survey("foreign-untyped.gexf");
    expect(found.nodes).toBe(5);
    expect(found.edges).toBe(5);
    expect(found.nodeAttributes.map((a) => [a.key, a.count, a.distinct])).toEqual([["community", 5, 3]]);
    expect(found.edgeAttributes.map((a) => a.key)).toEqual(["cooccurrence"]);

    const mapping = suggestMapping(found, ontology);
    // Nothing in the file names a kind or a relation of the ontology.
    expect(mapping).toEqual({
      kind: { attribute: null, values: {} },
      relation: { attribute: null, values: {} },
    });
    const { value, warnings } = importMapped("foreign-untyped.gexf", mapping);
    expect(value.dataset.actors.map((a) => a.kind)).toEqual(Array(5).fill(UNKNOWN_KIND));
    expect(value.dataset.claims.map((c) => c.relation)).toEqual(Array(5).fill(RELATED_RELATION));
    expect(value.mappedOnto).toBe(ontology);
    expect(value.ontology.nodeKinds.map((k) => k.id)).toContain(UNKNOWN_KIND);
    expect(value.ontology.relationKinds.find((r) => r.id === RELATED_RELATION)?.directed).toBe(false);
    expect(warnings).toContain("5 node(s) of unknown kind");
    expect(warnings).toContain('5 edge(s) with no relation of the ontology, imported as "related"');
    expect(ruleBreaks(value.dataset, ontology)).toEqual([]);
    // The graph builds, and the dataset exports as JSON (validated against its own ontology).
    expect(buildGraph(value).size).toBe(5);
    expect(() => exportDatasetJson(value)).not.toThrow();
  });

  it("suggests the attributes whose values name kinds and relations, and lists the rule breaks", () => {
    const strict = importGexf("foreign-rule-breaks.gexf", fixture("foreign-rule-breaks.gexf"), ontology);
    expect(strict.ok).toBe(false);

    const mapping = suggestMapping(survey("foreign-rule-breaks.gexf"), ontology);
    expect(mapping.kind).toEqual({
      attribute: "type",
      values: {
        "armed forces": "armed-forces",
        "armed group": "armed-group",
        city: "city",
        foundation: UNKNOWN_KIND,
        Organization: "organization",
      },
    });
    expect(mapping.relation).toEqual({
      attribute: "relation",
      values: { controls: "controls", fights: "fights", funds: RELATED_RELATION, supports: "supports" },
    });
    const { value, warnings } = importMapped("foreign-rule-breaks.gexf", mapping);
    const breaks = ruleBreaks(value.dataset, ontology);
    expect(breaks.map((b) => [b.claim, b.ends])).toEqual([
      ["e2", ["to"]],
      ["e4", ["from"]],
    ]);
    expect(breaks[0]?.message).toBe(
      '"controls" cannot point to "b" (organization); allowed: city, region, country',
    );
    expect(warnings).toContain("2 claim(s) break the ontology's kind rules");
    // The import's ontology allows exactly what the file does; the base is untouched.
    const controls = value.ontology.relationKinds.find((r) => r.id === "controls");
    expect(controls?.to).toEqual(["city", "region", "country", "organization"]);
    expect(ontology.relationKinds.find((r) => r.id === "controls")?.to).toEqual([
      "city",
      "region",
      "country",
    ]);
    // Against the strict ontology the same dataset is refused, rule by rule.
    const strictCheck = validateDataset(value.dataset, {
      file: "x.json",
      ontology,
      sourceTexts: value.sourceTexts,
    });
    expect(strictCheck.ok).toBe(false);
    if (!strictCheck.ok)
      expect(strictCheck.errors.map((e) => e.path)).toEqual(
        expect.arrayContaining(["$.claims[1].to", "$.claims[3].from", "$.actors[4].kind"]),
      );
  });

  it("applies the values chosen in the dialog over the automatic matches", () => {
    const mapping: GexfMapping = {
      kind: { attribute: "type", values: { foundation: "organization", city: "region" } },
      relation: { attribute: "relation", values: { funds: "supports" } },
    };
    const { value } = importMapped("foreign-rule-breaks.gexf", mapping);
    expect(value.dataset.actors.map((a) => a.kind)).toEqual([
      "armed-forces",
      "organization",
      "region",
      "armed-group",
      "organization",
    ]);
    expect(value.dataset.claims.map((c) => c.relation)).toEqual([
      "controls",
      "controls",
      "fights",
      "supports",
      "supports",
    ]);
    // No "unknown" kind or "related" relation when nothing needs them.
    expect(value.ontology.nodeKinds.map((k) => k.id)).not.toContain(UNKNOWN_KIND);
    expect(value.ontology.relationKinds.map((r) => r.id)).not.toContain(RELATED_RELATION);
  });

  it("reads a relation from the edge label when the mapping says so", () => {
    const xml = fixture("foreign-untyped.gexf").replace(
      '<edge id="4" source="1"',
      '<edge id="4" label="Allied with" source="1"',
    );
    const found = surveyGexf("x.gexf", xml);
    if (!found.ok) throw new Error("survey failed");
    const mapping = suggestMapping(found.survey, ontology);
    expect(mapping.relation.attribute).toBe(EDGE_LABEL_KEY);
    const result = importGexf("x.gexf", xml, ontology, { mapping });
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.value.dataset.claims.map((c) => c.relation)).toEqual([
      ...Array(4).fill(RELATED_RELATION),
      "allied-with",
    ]);
  });

  it("still refuses what cannot be read: not XML, not GEXF, an edge to a missing node", () => {
    expect(surveyGexf("a.gexf", "<gexf><graph>").ok).toBe(false);
    const notGexf = surveyGexf("a.gexf", "<graphml/>");
    expect(notGexf.ok).toBe(false);
    if (!notGexf.ok) expect(notGexf.errors[0]?.message).toMatch(/not a GEXF file/);
    const dangling = fixture("foreign-untyped.gexf").replace('target="5"/>', 'target="99"/>');
    const result = importGexf("a.gexf", dangling, ontology, {
      mapping: { kind: { attribute: null, values: {} }, relation: { attribute: null, values: {} } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/target "99" is not a node of the file/);
  });

  it("importOntology keeps the base ontology's order and adds only what the dataset uses", () => {
    const extended = importOntology(ontology, {
      actors: [
        { id: "a", label: "A", kind: "city" },
        { id: "b", label: "B", kind: "city" },
      ],
      claims: [{ id: "c", from: "a", relation: "supports", to: "b", evidence: [], certainty: "stated" }],
    });
    expect(extended.nodeKinds).toBe(ontology.nodeKinds);
    const supports = extended.relationKinds.find((r) => r.id === "supports");
    expect(supports?.from.at(-1)).toBe("city");
    expect(supports?.to.at(-1)).toBe("city");
    expect(extended.relationKinds.map((r) => r.id)).toEqual(ontology.relationKinds.map((r) => r.id));
  });
});

describe("faultline stays strict about foreign files", () => {
  const dir = mkdtempSync(join(tmpdir(), "faultline-foreign-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fixturePath = (name: string) => fileURLToPath(new URL(`../fixtures/gexf/${name}`, import.meta.url));

  async function run(...argv: string[]) {
    const err: string[] = [];
    const code = await runCli(argv, { stdout: () => {}, stderr: (t) => err.push(t) });
    return { code, stderr: err.join("\n") };
  }

  it("export refuses a rule-breaking or untyped GEXF (no mapping on the command line)", async () => {
    for (const name of ["foreign-rule-breaks.gexf", "foreign-untyped.gexf"]) {
      const ontologyFile = fileURLToPath(new URL("../../data/ontology.json", import.meta.url));
      const r = await run("export", fixturePath(name), "--format", "json", "--ontology", ontologyFile);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/relation "controls" cannot point to actor "b"|no relation of the ontology/);
    }
  });

  it("validate refuses the dataset the explorer made of a mapped file, naming each rule it breaks", async () => {
    const name = "foreign-rule-breaks.gexf";
    const mapping = suggestMapping(survey(name), ontology);
    const { value } = importMapped(name, mapping);
    copyFileSync(fixturePath(name), join(dir, name));
    copyFileSync(
      fileURLToPath(new URL("../../data/ontology.json", import.meta.url)),
      join(dir, "ontology.json"),
    );
    const file = join(dir, "foreign.json");
    writeFileSync(file, exportDatasetJson(value));
    const r = await run("validate", file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('$.actors[4].kind: unknown node kind "unknown"');
    expect(r.stderr).toContain(
      '$.claims[1].to: relation "controls" cannot point to actor "b" of kind "organization"',
    );
    expect(r.stderr).toContain(
      '$.claims[3].from: relation "supports" cannot start at actor "c" of kind "city"',
    );
    expect(r.stderr).toContain('$.claims[4].relation: unknown relation kind "related"');
  });
});
