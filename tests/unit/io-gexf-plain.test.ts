import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importGexf, MAX_GEXF_CHARACTERS } from "../../src/io/gexf-read";
import { exportGexf } from "../../src/io/gexf-write";
import { buildGraph } from "../../src/model/build-graph";
import { projectOntology } from "../fixtures/gexf/small-dataset";
import { validateGexf13 } from "./helpers/rng";

const ontology = projectOntology();

function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/gexf/${name}`, import.meta.url)), "utf8");
}

function importOk(name: string, xml = fixture(name)) {
  const result = importGexf(name, xml, ontology, { today: "2026-01-01" });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join("\n"));
  return result;
}

function importErrors(xml: string, name = "bad.gexf") {
  const result = importGexf(name, xml, ontology);
  if (result.ok) throw new Error("expected the import to fail");
  return result.errors;
}

describe("importGexf of a plain Gephi file", () => {
  it("maps nodes, defaults missing kinds with a warning and reads relations from edge label or kind", () => {
    const { value, warnings } = importOk("gephi-plain.gexf");
    const { actors, claims, layout } = value.dataset;
    expect(actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ["n0", "Rebel forces", "state"],
      ["n1", "Turkey", "state"],
      ["hama-city", "Hama", "city"],
      ["n3", "Russia", "state"],
    ]);
    expect(claims.map((c) => [c.from, c.relation, c.to])).toEqual([
      ["n1", "supports", "n0"],
      ["n3", "attacks", "hama-city"],
      ["n3", "allied-with", "n1"],
    ]);
    expect(layout).toEqual({ n0: { x: -12.5, y: 40.125 }, n1: { x: 3, y: -7.5 } });
    expect(warnings).toEqual([
      '3 node(s) had no known kind and were imported as "state"',
      "1 node id(s) were rewritten as Faultline ids",
      expect.stringMatching(/^3 edge\(s\) had no Faultline evidence/),
    ]);
  });

  it("makes each plain edge cite the imported file, quoting its own start tag verbatim", () => {
    const xml = fixture("gephi-plain.gexf");
    const { value } = importOk("gephi-plain.gexf", xml);
    const [source] = value.dataset.sources;
    expect(source).toEqual({
      id: "gexf-gephi-plain",
      title: "gephi-plain.gexf",
      publisher: "Gephi 0.10.1",
      date: "2024-12-10",
      text: "gephi-plain.gexf",
    });
    expect(value.sourceTexts["gexf-gephi-plain"]).toBe(xml);
    const quote = value.dataset.claims[1]?.evidence[0]?.quote;
    expect(quote).toBe('<edge id="1" source="n3" target="Hama City" kind="attacks" weight="2.0"/>');
    expect(xml).toContain(quote);
    expect(value.dataset.claims.every((c) => c.certainty === "implied")).toBe(true);
  });

  it("reads GEXF 1.2draft (older Gephi, NetworkX's default) the same way", () => {
    const v13 = importOk("gephi-plain.gexf").value.dataset;
    const v12 = importOk("gephi-plain-1.2draft.gexf").value.dataset;
    expect(v12.actors).toEqual(v13.actors);
    expect(v12.claims.map((c) => c.relation)).toEqual(v13.claims.map((c) => c.relation));
    expect(v12.layout).toEqual(v13.layout);
  });

  it("reads a file NetworkX wrote, with kind and relation as attributes", () => {
    const { value } = importOk("networkx-written.gexf");
    expect(value.dataset.actors.map((a) => [a.id, a.kind])).toEqual([
      ["iran", "state"],
      ["hezbollah", "armed-group"],
      ["assad-government", "government"],
    ]);
    expect(value.dataset.claims.map((c) => [c.from, c.relation, c.to, c.note])).toEqual([
      ["iran", "supports", "hezbollah", undefined],
      ["hezbollah", "supports", "assad-government", "written by NetworkX"],
    ]);
  });

  it("exports an imported plain file as valid GEXF that round-trips", async () => {
    const { value } = importOk("gephi-plain.gexf");
    const first = exportGexf(value, buildGraph(value));
    expect((await validateGexf13(first)).errors).toEqual([]);
    const back = importOk("again.gexf", first).value;
    expect(exportGexf(back, buildGraph(back))).toBe(first);
  });
});

describe("importGexf rejects bad input with a clear error", () => {
  const minimal = (graph: string) =>
    `<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph>\n${graph}\n</graph>\n</gexf>\n`;

  it("an edge that names no relation, at its line", () => {
    const errors = importErrors(
      minimal(
        '<nodes><node id="a"/><node id="b"/></nodes>\n<edges>\n  <edge id="e1" source="a" target="b" label="knows"/>\n</edges>',
      ),
    );
    expect(errors).toEqual([
      {
        file: "bad.gexf",
        path: "line 6, column 3",
        message: expect.stringMatching(
          /^edge "e1": no relation of the ontology \(it names "knows"\); give it a "relation" attribute/,
        ),
      },
    ]);
  });

  it("an unknown explicit kind, a dangling edge end", () => {
    const errors = importErrors(
      minimal(
        '<attributes class="node"><attribute id="k" title="kind" type="string"/></attributes>\n<nodes><node id="a"><attvalues><attvalue for="k" value="planet"/></attvalues></node></nodes>\n<edges><edge source="a" target="zz" kind="supports"/></edges>',
      ),
    );
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^node "a": unknown kind "planet"/),
      'edge "claim-1": target "zz" is not a node of the file',
    ]);
  });

  it("a relation between kinds it may not connect, placed at the edge", () => {
    const errors = importErrors(
      minimal(
        '<attributes class="node"><attribute id="k" title="kind" type="string"/></attributes>\n<nodes><node id="a"><attvalues><attvalue for="k" value="city"/></attvalues></node><node id="b"/></nodes>\n<edges>\n<edge source="a" target="b" kind="supports"/></edges>',
      ),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe("line 7, column 1");
    expect(errors[0]?.message).toMatch(
      /relation "supports" cannot start at actor "a" of kind "city".*\(\$\.claims\[0\]\.from\)$/,
    );
  });

  it("XML syntax errors with line and column", () => {
    expect(importErrors('<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph>\n</grap>')).toEqual([
      {
        file: "bad.gexf",
        path: "line 3, column 1",
        message: "invalid XML: end tag </grap> does not match <graph> (opened at line 2, column 1)",
      },
    ]);
  });

  it("DOCTYPE and entities, never expanded", () => {
    const [error] = importErrors(
      '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="&xxe;"/></nodes></graph></gexf>',
    );
    expect(error?.path).toBe("line 2, column 1");
    expect(error?.message).toMatch(/DOCTYPE declarations are not accepted/);
  });

  it("values from the file appear escaped and cut short in messages", () => {
    const long = "n".repeat(5000);
    const errors = importErrors(
      minimal(
        `<nodes><node id="a&#x85;&#9;b"/><node id="a&#x85;&#9;b"/><node id="${long}"/></nodes>\n<edges><edge source="${long}" target="a&#x85;&#9;b"/></edges>`,
      ),
    );
    const messages = errors.map((e) => e.message);
    expect(messages[0]).toBe('duplicate node id "a\\u0085\\tb"');
    expect(messages[1]).toMatch(/^edge "claim-1": no relation/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    for (const message of messages) expect(message).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(Math.max(...messages.map((m) => m.length))).toBeLessThan(400);
  });

  it("a file too large to import, refused before parsing", () => {
    // Doubling builds a string of the limit's length out of one shared 1 MB piece: the length
    // check must refuse it without flattening (and so without 256 MB of memory).
    let spaces = " ".repeat(1024 * 1024);
    while (spaces.length < MAX_GEXF_CHARACTERS) spaces += spaces;
    const huge = `<gexf>${spaces}</gexf>`;
    expect(huge.length).toBeGreaterThan(MAX_GEXF_CHARACTERS);
    expect(importErrors(huge)).toEqual([
      {
        file: "bad.gexf",
        path: "line 1, column 1",
        message: "the GEXF file is too large: 256.0 MB (the limit is 256 MB)",
      },
    ]);
  });

  it("a wrong root, namespace or version", () => {
    expect(importErrors('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>')[0]?.message).toMatch(
      /root element is <graphml>, not <gexf>/,
    );
    expect(
      importErrors('<gexf xmlns="http://www.gexf.net/1.1draft" version="1.1"><graph/></gexf>')[0]?.message,
    ).toMatch(/unsupported GEXF: namespace "http:\/\/www.gexf.net\/1.1draft" with version "1.1"/);
    expect(
      importErrors('<gexf xmlns="http://gexf.net/1.3" version="1.2"><graph/></gexf>')[0]?.message,
    ).toMatch(/unsupported GEXF/);
    expect(importErrors('<gexf xmlns="http://gexf.net/1.3" version="1.3"/>')[0]?.message).toBe(
      "no <graph> element",
    );
  });
});
