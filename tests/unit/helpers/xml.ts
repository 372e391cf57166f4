import { parseXml } from "../../../src/io/xml-parse";
import type { XmlElement } from "../../../src/io/xml-tree";

/** The root element of `xml`, or a thrown error with the parser's line and column. */
export function root(xml: string): XmlElement {
  const result = parseXml(xml);
  if (!result.ok) throw new Error(`${result.error.line}:${result.error.column} ${result.error.message}`);
  return result.root;
}
