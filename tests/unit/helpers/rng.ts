import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

/** Validation of XML against the vendored GEXF 1.3 RELAX NG schema (the gate; see the schema notes). */

const SCHEMA_DIR = fileURLToPath(new URL("../../fixtures/gexf-schema/1.3/", import.meta.url));

function schemaFile(fileName: string): { fileName: string; contents: string } {
  return { fileName, contents: readFileSync(`${SCHEMA_DIR}${fileName}`, "utf8") };
}

const schema = schemaFile("gexf.rng");
// gexf.rng includes these two by file name.
const preload = [schemaFile("viz.rng"), schemaFile("dynamics.rng")];

export interface RngResult {
  valid: boolean;
  /** xmllint's messages, one per problem ("file.gexf:12: element node: ..."). */
  errors: string[];
}

export async function validateGexf13(xml: string): Promise<RngResult> {
  const result = await validateXML({
    xml: { fileName: "export.gexf", contents: xml },
    schema,
    preload,
    extension: "relaxng",
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

/**
 * Validates several documents in one xmllint run (each run instantiates the WebAssembly module,
 * which costs about a second); one result per document, in order.
 */
export async function validateGexf13Many(xmls: readonly string[]): Promise<RngResult[]> {
  const fileNames = xmls.map((_, i) => `export-${i}.gexf`);
  const result = await validateXML({
    xml: xmls.map((contents, i) => ({ fileName: fileNames[i]!, contents })),
    schema,
    preload,
    extension: "relaxng",
  });
  return fileNames.map((fileName) => {
    const errors = result.errors.filter((e) => e.loc?.fileName === fileName).map((e) => e.rawMessage);
    // An error without a location cannot be attributed: count it against every document.
    const unplaced = result.errors.filter((e) => e.loc === null).map((e) => e.rawMessage);
    const all = [...errors, ...unplaced];
    return { valid: all.length === 0 && result.valid, errors: all };
  });
}

const xsdPreload = [schemaFile("viz.xsd"), schemaFile("dynamics.xsd")];

/**
 * The second gate: the official 1.3 XSD, which wrongly puts viz elements in the main namespace
 * (see the schema notes), so `viz:` elements are removed first and everything else is checked.
 */
export async function validateGexf13XsdWithoutViz(xmls: readonly string[]): Promise<RngResult[]> {
  const fileNames = xmls.map((_, i) => `export-${i}.gexf`);
  const result = await validateXML({
    xml: xmls.map((xml, i) => ({ fileName: fileNames[i]!, contents: xml.replace(/<viz:[^>]*\/>/g, "") })),
    schema: schemaFile("gexf.xsd"),
    preload: xsdPreload,
    extension: "schema",
  });
  return fileNames.map((fileName) => {
    const errors = result.errors
      .filter((e) => e.loc === null || e.loc.fileName === fileName)
      .map((e) => e.rawMessage);
    return { valid: errors.length === 0 && result.valid, errors };
  });
}
