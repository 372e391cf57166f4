import { attributeValue, childElement, childElements, type XmlElement } from "./xml-tree";

/**
 * GEXF attributes: the `<attributes class="node|edge">` declarations of a graph, and a node's or
 * edge's `<attvalues>` read by the declared title (what Gephi shows and NetworkX keys on), so a
 * file that numbers its attributes ("0", "1", …) reads the same as ours.
 */

interface Declared {
  title: string;
  type: string;
}

export interface Declarations {
  node: Map<string, Declared>;
  edge: Map<string, Declared>;
}

export function readDeclarations(graph: XmlElement, ns: string): Declarations {
  const node = new Map<string, Declared>();
  const edge = new Map<string, Declared>();
  for (const attributes of childElements(graph, ns, "attributes")) {
    const cls = attributeValue(attributes, "class");
    const target = cls === "node" ? node : cls === "edge" ? edge : undefined;
    if (target === undefined) continue;
    for (const attribute of childElements(attributes, ns, "attribute")) {
      const id = attributeValue(attribute, "id");
      if (id === undefined) continue;
      target.set(id, {
        title: attributeValue(attribute, "title") ?? id,
        type: attributeValue(attribute, "type") ?? "string",
      });
    }
  }
  return { node, edge };
}

/** Attribute values of a node or edge by title (our titles are unique). */
export function valuesByTitle(
  element: XmlElement,
  declared: Map<string, Declared>,
  ns: string,
): Map<string, string> {
  const values = new Map<string, string>();
  const attvalues = childElement(element, ns, "attvalues");
  if (attvalues === undefined) return values;
  for (const attvalue of attvalues.children) {
    if (attvalue.type !== "element" || attvalue.local !== "attvalue" || attvalue.ns !== ns) continue;
    const id = attributeValue(attvalue, "for") ?? attributeValue(attvalue, "id");
    const value = attributeValue(attvalue, "value");
    if (id === undefined || value === undefined) continue;
    values.set(declared.get(id)?.title ?? id, value);
  }
  return values;
}
