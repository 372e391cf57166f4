import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { suggestMapping, surveyGexf } from "../../src/io/gexf-mapping";
import { openGexf } from "../../src/io/gexf-open";
import { importGexf } from "../../src/io/gexf-read";
import { projectOntology } from "../fixtures/gexf/small-dataset";

const ontology = projectOntology();

function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/gexf/${name}`, import.meta.url)), "utf8");
}

describe("opening a GEXF with no one to ask for a mapping", () => {
  it("a file that follows the ontology opens as the strict import reads it", () => {
    for (const name of ["faultline-v1-hama.gexf", "faultline-v2-compact-hama.gexf"]) {
      const xml = fixture(name);
      const opened = openGexf(name, xml, ontology);
      expect(opened.ok).toBe(true);
      expect(opened).toEqual(importGexf(name, xml, ontology));
    }
  });

  it("the strict reading stops at the first relation the ontology lacks when asked", () => {
    const xml = fixture("foreign-untyped.gexf");
    const full = importGexf("u.gexf", xml, ontology);
    const stopped = importGexf("u.gexf", xml, ontology, { stopAtOntologyMiss: true });
    expect(full.ok || full.errors.length).toBe(5);
    expect(stopped).toEqual({
      ok: false,
      errors: full.ok ? [] : full.errors.slice(0, 1),
      stoppedAtOntologyMiss: true,
    });
  });

  it("also stops at a node kind the ontology lacks", () => {
    const xml = fixture("foreign-untyped.gexf").replace(
      '<attribute id="0" title="community" type="integer"/>',
      '<attribute id="0" title="kind" type="string"/>',
    );
    const stopped = importGexf("k.gexf", xml, ontology, { stopAtOntologyMiss: true });
    expect(stopped.ok).toBe(false);
    if (!stopped.ok) {
      expect(stopped.stoppedAtOntologyMiss).toBe(true);
      expect(stopped.errors).toHaveLength(1);
      expect(stopped.errors[0]?.message).toMatch(/unknown kind "1"/);
      expect(stopped.errors[0]?.path).toBe("line 15, column 7");
    }
  });

  it("a file from another tool opens with the suggested mapping, and says so", () => {
    const xml = fixture("foreign-untyped.gexf");
    const surveyed = surveyGexf("u.gexf", xml);
    if (!surveyed.ok) throw new Error("survey failed");
    const mapped = importGexf("u.gexf", xml, ontology, {
      mapping: suggestMapping(surveyed.survey, ontology),
    });
    const opened = openGexf("u.gexf", xml, ontology);
    if (!opened.ok || !mapped.ok) throw new Error("not opened");
    expect(opened.value).toEqual(mapped.value);
    expect(opened.warnings).toEqual([
      "the file does not follow the ontology: opened with the suggested mapping",
      ...mapped.warnings,
    ]);
  });

  it("a file the mapping cannot open either keeps every error of the strict reading", () => {
    // An edge to a node the file does not have: no mapping fixes that.
    const xml = fixture("foreign-untyped.gexf").replace(
      '<edge id="4" source="1" target="5"/>',
      '<edge id="4" source="1" target="9"/>',
    );
    const opened = openGexf("b.gexf", xml, ontology);
    expect(opened.ok).toBe(false);
    expect(opened).toEqual(importGexf("b.gexf", xml, ontology));
    if (!opened.ok) expect(opened.errors.length).toBeGreaterThan(1);
    const broken = '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>';
    expect(openGexf("x.gexf", broken, ontology)).toEqual(importGexf("x.gexf", broken, ontology));
  });
});
