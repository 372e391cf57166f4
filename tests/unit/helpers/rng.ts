import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";

/**
 * Validation of XML against the vendored GEXF 1.3 schemas: the RELAX NG schema is the gate; the
 * official XSD (wrong about viz elements, see the schema notes) is a second gate for the rest.
 */

const SCHEMA_DIR = fileURLToPath(new URL("../../fixtures/gexf-schema/1.3/", import.meta.url));

function schemaFile(fileName: string): XMLFileInfo {
  return { fileName, contents: readFileSync(`${SCHEMA_DIR}${fileName}`, "utf8") };
}

// Each schema includes the other two by file name.
const RNG = { schema: schemaFile("gexf.rng"), preload: [schemaFile("viz.rng"), schemaFile("dynamics.rng")] };
const XSD = { schema: schemaFile("gexf.xsd"), preload: [schemaFile("viz.xsd"), schemaFile("dynamics.xsd")] };

export interface RngResult {
  valid: boolean;
  /** xmllint's messages, one per problem ("export-0.gexf:12: element node: ..."). */
  errors: string[];
}

/**
 * Validates documents in one xmllint run (much faster than one run each) and splits the messages
 * by document: xmllint starts each with the file name, located ("f.gexf:12: ...") or not
 * ("f.gexf fails to validate"). A message naming no document counts against all of them.
 */
async function validateBatch(
  xmls: readonly string[],
  gate: { schema: XMLFileInfo; preload: XMLFileInfo[] },
  extension: "relaxng" | "schema",
): Promise<RngResult[]> {
  const fileNames = xmls.map((_, i) => `export-${i}.gexf`);
  const result = await validateXML({
    xml: xmls.map((contents, i) => ({ fileName: fileNames[i]!, contents })),
    schema: gate.schema,
    preload: gate.preload,
    extension,
  });
  const owner = (message: string) =>
    fileNames.find((f) => message.startsWith(`${f}:`) || message.startsWith(`${f} `));
  return fileNames.map((fileName) => {
    const errors = result.errors
      .map((e) => e.rawMessage)
      .filter((message) => {
        const file = owner(message);
        return file === undefined || file === fileName;
      });
    return { valid: errors.length === 0, errors };
  });
}

export async function validateGexf13Many(xmls: readonly string[]): Promise<RngResult[]> {
  return validateBatch(xmls, RNG, "relaxng");
}

export async function validateGexf13(xml: string): Promise<RngResult> {
  const [result] = await validateGexf13Many([xml]);
  return result!;
}

/** The official XSD, with `viz:` elements removed first (the XSD expects them in the wrong namespace). */
export async function validateGexf13XsdWithoutViz(xmls: readonly string[]): Promise<RngResult[]> {
  return validateBatch(
    xmls.map((xml) => xml.replace(/<viz:[^>]*\/>/g, "")),
    XSD,
    "schema",
  );
}
