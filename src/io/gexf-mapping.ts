import { RELATED_RELATION, UNKNOWN_KIND } from "../model/import-ontology";
import type { InputError, Ontology } from "../model/types";
import { parseXml } from "./xml-parse";
import { attributeValue, childElement, childElements, type XmlElement } from "./xml-tree";

/**
 * The mapping step for a GEXF from another tool: which node attribute gives the node kind, which
 * edge attribute gives the relation, and what each of their values stands for. `surveyGexf` reads
 * what a file offers (attributes, their most frequent values); `suggestMapping` proposes the
 * attributes and values that match the ontology; `importGexf(..., { mapping })` applies it, and
 * whatever the mapping cannot tell becomes "unknown" (kind) or "related" (relation).
 */

/** The edge's own GEXF `kind` and `label` attributes, offered beside the declared attributes. */
export const EDGE_KIND_KEY = "@kind";
export const EDGE_LABEL_KEY = "@label";

export interface ValueMapping {
  /** A declared attribute's title, an edge's `@kind` / `@label`, or null: nothing gives it. */
  attribute: string | null;
  /** Value in the file -> kind or relation id. Values not listed are matched by id or label. */
  values: Record<string, string>;
}

export interface GexfMapping {
  kind: ValueMapping;
  relation: ValueMapping;
}

export interface AttributeSurvey {
  /** What a mapping names: the attribute's title (or `@kind` / `@label`). */
  key: string;
  /** How the dialog shows it. */
  title: string;
  /** How many nodes (or edges) have a value for it. */
  count: number;
  /** The most frequent values, most frequent first (at most MAX_LISTED_VALUES). */
  values: { value: string; count: number }[];
  /** Distinct values seen (capped at MAX_COUNTED_VALUES). */
  distinct: number;
}

export interface GexfSurvey {
  nodes: number;
  edges: number;
  nodeAttributes: AttributeSurvey[];
  edgeAttributes: AttributeSurvey[];
}

export const MAX_LISTED_VALUES = 30;
const MAX_COUNTED_VALUES = 1000;

class ValueCounter {
  count = 0;
  readonly values = new Map<string, number>();
  overflow = false;

  add(value: string): void {
    this.count++;
    const seen = this.values.get(value);
    if (seen !== undefined) this.values.set(value, seen + 1);
    else if (this.values.size < MAX_COUNTED_VALUES) this.values.set(value, 1);
    else this.overflow = true;
  }

  survey(key: string, title: string): AttributeSurvey {
    const values = [...this.values]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, MAX_LISTED_VALUES);
    return { key, title, count: this.count, values, distinct: this.values.size };
  }
}

function counter(map: Map<string, ValueCounter>, key: string): ValueCounter {
  let found = map.get(key);
  if (found === undefined) {
    found = new ValueCounter();
    map.set(key, found);
  }
  return found;
}

function countAttvalues(element: XmlElement, into: Map<string, ValueCounter>): void {
  for (const child of element.children) {
    if (child.type !== "element" || child.local !== "attvalues") continue;
    for (const attvalue of child.children) {
      if (attvalue.type !== "element" || attvalue.local !== "attvalue") continue;
      const id = attributeValue(attvalue, "for") ?? attributeValue(attvalue, "id");
      const value = attributeValue(attvalue, "value");
      if (id !== undefined && value !== undefined) counter(into, id).add(value);
    }
  }
}

/** Declared attribute titles by id, for one class ("node" or "edge"). */
function declaredTitles(graph: XmlElement | undefined, cls: string): Map<string, string> {
  const titles = new Map<string, string>();
  if (graph === undefined) return titles;
  for (const attributes of childElements(graph, graph.ns, "attributes")) {
    if (attributeValue(attributes, "class") !== cls) continue;
    for (const attribute of childElements(attributes, graph.ns, "attribute")) {
      const id = attributeValue(attribute, "id");
      if (id !== undefined) titles.set(id, attributeValue(attribute, "title") ?? id);
    }
  }
  return titles;
}

/**
 * What a GEXF file offers for the mapping step. Refuses only what cannot be read at all: text that
 * is not XML, or XML that is not GEXF (the import itself says what else is wrong, if anything).
 */
export function surveyGexf(
  file: string,
  xml: string,
): { ok: true; survey: GexfSurvey } | { ok: false; errors: InputError[] } {
  let nodes = 0;
  let edges = 0;
  const nodeValues = new Map<string, ValueCounter>();
  const edgeValues = new Map<string, ValueCounter>();
  const parsed = parseXml(xml, {
    onElement: (element, ancestors) => {
      if (ancestors.length !== 3 || ancestors[0]?.local !== "gexf") return false;
      if (element.local === "node" && ancestors[2]?.local === "nodes") {
        nodes++;
        countAttvalues(element, nodeValues);
        return true;
      }
      if (element.local === "edge" && ancestors[2]?.local === "edges") {
        edges++;
        countAttvalues(element, edgeValues);
        const kind = attributeValue(element, "kind");
        const label = attributeValue(element, "label");
        if (kind !== undefined) counter(edgeValues, EDGE_KIND_KEY).add(kind);
        if (label !== undefined) counter(edgeValues, EDGE_LABEL_KEY).add(label);
        return true;
      }
      return false;
    },
  });
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return {
      ok: false,
      errors: [{ file, path: `line ${line}, column ${column}`, message: `invalid XML: ${message}` }],
    };
  }
  if (parsed.root.local !== "gexf") {
    return {
      ok: false,
      errors: [
        {
          file,
          path: "line 1, column 1",
          message: "the root element is not <gexf>: this is not a GEXF file",
        },
      ],
    };
  }
  const graph = childElement(parsed.root, parsed.root.ns, "graph");
  const nodeTitles = declaredTitles(graph, "node");
  const edgeTitles = declaredTitles(graph, "edge");
  const surveyed = (values: Map<string, ValueCounter>, titles: Map<string, string>) =>
    [...values].map(([id, found]) => {
      const title = titles.get(id) ?? id;
      const shown = id === EDGE_KIND_KEY ? "edge kind" : id === EDGE_LABEL_KEY ? "edge label" : title;
      return found.survey(title, shown);
    });
  return {
    ok: true,
    survey: {
      nodes,
      edges,
      nodeAttributes: surveyed(nodeValues, nodeTitles),
      edgeAttributes: surveyed(edgeValues, edgeTitles),
    },
  };
}

/** Matches a value to an id by id or label, in any case ("Armed group" -> "armed-group"). */
function matcher(items: readonly { id: string; label: string }[]): (value: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const item of items) {
    byName.set(item.label.toLowerCase(), item.id);
    byName.set(item.id, item.id);
  }
  return (value) => {
    const name = value.trim().toLowerCase();
    return byName.get(name) ?? byName.get(name.replace(/[\s_]+/g, "-"));
  };
}

/** The kind a node gets under a mapping, from its value of the mapped attribute. */
function kindMatcher(ontology: Ontology, mapping: ValueMapping): (value: string | undefined) => string {
  const match = matcher(ontology.nodeKinds);
  return (value) => {
    if (value === undefined) return UNKNOWN_KIND;
    return mapping.values[value] ?? match(value) ?? UNKNOWN_KIND;
  };
}

/** The relation an edge gets under a mapping, from its value of the mapped attribute. */
function relationMatcher(ontology: Ontology, mapping: ValueMapping): (value: string | undefined) => string {
  const match = matcher(ontology.relationKinds);
  return (value) => {
    if (value === undefined) return RELATED_RELATION;
    return mapping.values[value] ?? match(value) ?? RELATED_RELATION;
  };
}

/** Names that say "this attribute is the type", whatever its values. */
const KIND_NAMES = ["kind", "type", "category", "class", "group"];
const RELATION_NAMES = ["relation", "relationship", "type", "kind", "predicate", "label"];

function bestAttribute(
  attributes: readonly AttributeSurvey[],
  match: (value: string) => string | undefined,
  names: readonly string[],
): AttributeSurvey | undefined {
  let best: AttributeSurvey | undefined;
  let bestScore = 0;
  for (const attribute of attributes) {
    const matched = attribute.values.reduce((sum, { value, count }) => sum + (match(value) ? count : 0), 0);
    const named = names.indexOf(attribute.title.toLowerCase().replace(/^edge /, ""));
    // Matching values weigh most; a telling name only breaks ties (and wins when nothing matches).
    const score = matched * 10 + (named === -1 ? 0 : names.length - named);
    if (score > bestScore) {
      best = attribute;
      bestScore = score;
    }
  }
  return best;
}

function suggestValues(
  attribute: AttributeSurvey | undefined,
  match: (value: string) => string | undefined,
  fallback: string,
): ValueMapping {
  const values: Record<string, string> = {};
  for (const { value } of attribute?.values ?? []) values[value] = match(value) ?? fallback;
  return { attribute: attribute?.key ?? null, values };
}

/** The mapping the dialog starts from: the attributes whose values match the ontology best. */
export function suggestMapping(survey: GexfSurvey, ontology: Ontology): GexfMapping {
  const kindMatch = matcher(ontology.nodeKinds);
  const relationMatch = matcher(ontology.relationKinds);
  const kind = bestAttribute(survey.nodeAttributes, kindMatch, KIND_NAMES);
  const relation = bestAttribute(survey.edgeAttributes, relationMatch, RELATION_NAMES);
  return {
    kind: suggestValues(kind, kindMatch, UNKNOWN_KIND),
    relation: suggestValues(relation, relationMatch, RELATED_RELATION),
  };
}

/** The values of `attribute` (for the dialog), and what each maps to under `mapping` or by matching. */
export function valueChoices(
  attribute: AttributeSurvey | undefined,
  items: readonly { id: string; label: string }[],
  mapping: ValueMapping,
  fallback: string,
): { value: string; count: number; target: string }[] {
  const match = matcher(items);
  return (attribute?.values ?? []).map(({ value, count }) => ({
    value,
    count,
    target: mapping.values[value] ?? match(value) ?? fallback,
  }));
}

/** The value a node or edge has for a mapped attribute (`values` by title, as the reader keeps them). */
function mappedValue(
  attribute: string | null,
  values: ReadonlyMap<string, string>,
  element: XmlElement,
): string | undefined {
  if (attribute === null) return undefined;
  if (attribute === EDGE_KIND_KEY) return attributeValue(element, "kind");
  if (attribute === EDGE_LABEL_KEY) return attributeValue(element, "label");
  return values.get(attribute);
}

type MappedReader = (element: XmlElement, values: ReadonlyMap<string, string>) => string;

/** What the GEXF node and edge readers call instead of their own rules when a mapping is given. */
export function mappingReaders(
  ontology: Ontology,
  mapping: GexfMapping,
): { kind: MappedReader; relation: MappedReader } {
  const kind = kindMatcher(ontology, mapping.kind);
  const relation = relationMatcher(ontology, mapping.relation);
  return {
    kind: (element, values) => kind(mappedValue(mapping.kind.attribute, values, element)),
    relation: (element, values) => relation(mappedValue(mapping.relation.attribute, values, element)),
  };
}
