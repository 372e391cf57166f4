import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { exportGexf } from "../../src/io/gexf-write";
import { parseXml } from "../../src/io/xml-parse";
import type { XmlElement } from "../../src/io/xml-tree";
import { buildGraph } from "../../src/model/build-graph";
import { smallLoadedDataset } from "../fixtures/gexf/small-dataset";
import { generateConflictDataset } from "../support/generate";

/**
 * The hand-written XML parser against libxml2 (xmllint, as WebAssembly): on the hostile corpus, the
 * GEXF fixtures, real exports and random documents, both must agree on whether a document is
 * well-formed, and on what a well-formed one says. libxml2's reading is taken from its canonical
 * form (C14N: entities and references resolved, attributes normalised, namespaces explicit), which
 * our parser then reads back; the two trees must be equal. The one intended difference: we refuse
 * every DOCTYPE, which libxml2 accepts. libxml2's namespace errors count as refusals (it reports
 * them and reads on; the Namespaces recommendation makes them errors).
 */

const XMLNS = "http://www.w3.org/2000/xmlns/";

type Shape = [ns: string, local: string, attributes: string[], children: (Shape | string)[]];

/** What a document says: names with their namespaces, attributes (not namespace declarations), text. */
function shape(element: XmlElement): Shape {
  const attributes = element.attributes
    .filter((a) => a.ns !== XMLNS)
    .map((a) => JSON.stringify([a.ns ?? "", a.local, a.value]))
    .sort();
  const children: (Shape | string)[] = [];
  for (const child of element.children) {
    if (child.type === "element") children.push(shape(child));
    else if (typeof children[children.length - 1] === "string") children[children.length - 1] += child.value;
    else children.push(child.value);
  }
  return [element.ns ?? "", element.local, attributes, children];
}

type LibxmlReading = { ok: true; canonical: string } | { ok: false; message: string };

async function libxml2(xml: string): Promise<LibxmlReading> {
  try {
    const result = await validateXML({
      xml: [{ fileName: "doc.xml", contents: xml }],
      normalization: "c14n",
      maxMemoryPages: 4096,
    });
    // libxml2 reports a broken namespace rule (an unbound prefix, one attribute twice through two
    // prefixes) as a "namespace error" and still reads on; a GEXF reader must not (Namespaces in
    // XML 1.0), so such a document counts as refused.
    const namespaceError = /: namespace error : .*/.exec(result.rawOutput)?.[0];
    if (namespaceError !== undefined) return { ok: false, message: namespaceError };
    return result.valid && result.normalized !== undefined
      ? { ok: true, canonical: result.normalized }
      : { ok: false, message: result.errors[0]?.rawMessage ?? "invalid" };
  } catch (error) {
    return { ok: false, message: String(error) };
  }
}

/** Checks one document; returns how the two parsers read it, for the test's own counts. */
async function agree(name: string, xml: string): Promise<"both-read" | "both-refused" | "doctype"> {
  const ours = parseXml(xml);
  if (/<!DOCTYPE/.test(xml)) {
    expect(ours.ok, name).toBe(false);
    return "doctype";
  }
  const theirs = await libxml2(xml);
  const ourMessage = ours.ok ? "" : `${ours.error.line}:${ours.error.column} ${ours.error.message}`;
  expect(
    ours.ok,
    `${name}: ours ${ours.ok ? "read it" : ourMessage}; libxml2 ${theirs.ok ? "read it" : theirs.message}`,
  ).toBe(theirs.ok);
  if (!ours.ok || !theirs.ok) return "both-refused";
  const canonical = parseXml(theirs.canonical);
  if (!canonical.ok)
    throw new Error(`${name}: libxml2's canonical form does not parse: ${canonical.error.message}`);
  expect(shape(ours.root), name).toEqual(shape(canonical.root));
  return "both-read";
}

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

function fixtureDocuments(directory: string): [string, string][] {
  return readdirSync(`${FIXTURES}${directory}`)
    .filter((file) => file.endsWith(".gexf"))
    .map((file) => [`${directory}/${file}`, readFileSync(`${FIXTURES}${directory}/${file}`, "utf8")]);
}

/** Corners of XML 1.0 a GEXF from any tool may use. */
const WELL_FORMED: [string, string][] = [
  [
    "crlf and tabs in attributes",
    '<?xml version="1.0"?>\r\n<r a="x\ty\r\nz" b="&#9;&#10;&#13;">\r\n t\r</r>',
  ],
  ["character references", "<r a='&#x1F600;&#65;'>&#x10FFFF;&#160;&amp;&lt;&gt;&quot;&apos;</r>"],
  ["cdata", "<r><![CDATA[<not> &amp; markup]]>after</r>"],
  [
    "comments and pis",
    "<?xml version='1.0' encoding='UTF-8'?><!-- c --><?pi data?><r><!--x-->a<?p q?>b</r><!-- end -->",
  ],
  [
    "namespaces",
    '<r xmlns="http://a/" xmlns:p="http://b/"><p:e p:k="1" k="2"><e xmlns="http://c/"/></p:e></r>',
  ],
  ["prefix declared after use", '<p:r p:a="1" xmlns:p="http://b/"/>'],
  ["xml prefix", '<r xml:lang="en" xml:space="preserve"> </r>'],
  ["bom", "\uFEFF<r/>"],
  ["non-ascii names", "<rät ñame='é'><日本 x='y'/></rät>"],
  ["whitespace in tags", "<r\n  a = 'b'\t></r >"],
];

/** Mistakes both parsers must refuse. */
const MALFORMED: [string, string][] = [
  ["mismatched end tag", "<r><a></r>"],
  ["unclosed element", "<r><a>"],
  ["two roots", "<r/><s/>"],
  ["text after the root", "<r/>text"],
  ["no root", "<!-- only a comment -->"],
  ["duplicate attribute", "<r a='1' a='2'/>"],
  ["duplicate attribute through prefixes", '<r xmlns:p="http://a/" xmlns:q="http://a/" p:x="1" q:x="2"/>'],
  ["unbound prefix", "<p:r/>"],
  ["prefix bound to nothing", '<r xmlns:p=""/>'],
  ["undefined entity", "<r>&nbsp;</r>"],
  ["bare ampersand", "<r>a & b</r>"],
  ["less-than in an attribute", "<r a='<'/>"],
  ["cdata end in text", "<r>]]></r>"],
  ["double hyphen in a comment", "<r><!-- a -- b --></r>"],
  ["control character", "<r>\u0001</r>"],
  ["reference to a control character", "<r>&#1;</r>"],
  ["xml declaration not first", " <?xml version='1.0'?><r/>"],
  ["unquoted attribute", "<r a=1/>"],
  ["missing whitespace between attributes", "<r a='1'b='2'/>"],
];

describe("the XML parser agrees with libxml2", () => {
  it("on the hostile corpus and the GEXF fixtures", async () => {
    const counts = { "both-read": 0, "both-refused": 0, doctype: 0 };
    for (const [name, xml] of [...fixtureDocuments("hostile"), ...fixtureDocuments("gexf")]) {
      counts[await agree(name, xml)]++;
    }
    // The corpus holds both kinds: a check that only ever saw one would prove little.
    expect(counts["both-read"]).toBeGreaterThan(10);
    expect(counts["both-refused"]).toBeGreaterThan(3);
    expect(counts.doctype).toBeGreaterThan(0);
  });

  it("on the corners of XML 1.0", async () => {
    for (const [name, xml] of WELL_FORMED) expect(await agree(name, xml), name).toBe("both-read");
  });

  it("on the mistakes a file can hold", async () => {
    for (const [name, xml] of MALFORMED) expect(await agree(name, xml), name).toBe("both-refused");
  });

  it("on Faultline's own exports, static and dynamic, of hand-made and generated datasets", async () => {
    const small = smallLoadedDataset();
    const generated = generateConflictDataset({ nodes: 300, edges: 900, seed: 7, layout: true });
    for (const [name, loaded] of [
      ["small", small],
      ["generated", generated],
    ] as const) {
      for (const dynamic of [false, true]) {
        expect(
          await agree(`${name} dynamic=${dynamic}`, exportGexf(loaded, buildGraph(loaded), { dynamic })),
        ).toBe("both-read");
      }
    }
  });

  it("on random documents: names, namespaces, attributes and text with every kind of escape", async () => {
    const name = fc.constantFrom("a", "b", "node", "e-1", "x.y", "ñ");
    const text = fc.string({
      unit: fc.constantFrom("a", " ", "\t", "\n", "\r\n", "&amp;", "&lt;", "&#38;", "é", "]]", ">", "'", '"'),
    });
    const attribute = fc.tuple(fc.constantFrom("k", "v", "p:k", "id"), text);
    const element: fc.Memo<string> = fc.memo((depth) =>
      fc
        .tuple(
          name,
          fc.uniqueArray(attribute, { selector: ([key]) => key, maxLength: 3 }),
          depth > 1
            ? fc.array(fc.oneof(text, element(depth - 1)), { maxLength: 3 })
            : fc.array(text, { maxLength: 1 }),
        )
        .map(([tag, attributes, children]) => {
          const attrs = attributes
            .map(([key, value]) => ` ${key}="${value.replaceAll('"', "&quot;")}"`)
            .join("");
          const body = children
            .map((child) =>
              child.startsWith("<") ? child : child.replaceAll(">", "&gt;").replaceAll("'", "&apos;"),
            )
            .join("");
          return `<${tag}${attrs}>${body}</${tag}>`;
        }),
    );
    const document = element(3).map(
      (root) => `<?xml version="1.0"?>\n<w xmlns="http://d/" xmlns:p="http://p/">${root}</w>`,
    );
    for (const xml of fc.sample(document, { numRuns: 30, seed: 2024 })) {
      expect(await agree(xml.slice(0, 80), xml)).toBe("both-read");
    }
  });
});
