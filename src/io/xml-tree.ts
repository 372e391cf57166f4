/**
 * The element tree the XML parser builds, and the accessors the GEXF reader uses on it.
 */

export interface XmlAttribute {
  /** Qualified name as written ("viz:x" or "id"). */
  name: string;
  local: string;
  /** Namespace URI; unprefixed attributes have none. */
  ns: string | undefined;
  value: string;
}

export interface XmlElement {
  type: "element";
  name: string;
  local: string;
  ns: string | undefined;
  attributes: XmlAttribute[];
  children: XmlNode[];
  line: number;
  column: number;
  /** Offsets of the start tag in the input, `<` to `>` inclusive-exclusive. */
  startTag: { from: number; to: number };
}

export interface XmlText {
  type: "text";
  value: string;
}

export type XmlNode = XmlElement | XmlText;

// The accessors below are plain loops: they run several times per node and edge of a large file.

/** Child elements with the given namespace and local name. */
export function childElements(parent: XmlElement, ns: string | undefined, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of parent.children) {
    if (child.type === "element" && child.ns === ns && child.local === local) found.push(child);
  }
  return found;
}

export function childElement(
  parent: XmlElement,
  ns: string | undefined,
  local: string,
): XmlElement | undefined {
  for (const child of parent.children) {
    if (child.type === "element" && child.ns === ns && child.local === local) return child;
  }
  return undefined;
}

/** An attribute without a namespace prefix. */
export function attributeValue(element: XmlElement, local: string): string | undefined {
  for (const attribute of element.attributes) {
    if (attribute.ns === undefined && attribute.local === local) return attribute.value;
  }
  return undefined;
}

/** The concatenated text of an element's direct text children. */
export function textContent(element: XmlElement): string {
  let text = "";
  for (const child of element.children) if (child.type === "text") text += child.value;
  return text;
}
