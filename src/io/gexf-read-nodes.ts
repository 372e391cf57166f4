import { IdAllocator } from "../model/ids";
import { type OntologyIndex, ontologyIndex } from "../model/ontology-index";
import type { Actor, Ontology } from "../model/types";
import { valuesByTitle } from "./gexf-read-attributes";
import { type Place, placeOf, type ReadLog, shown } from "./gexf-read-log";
import { NODE_ATTRIBUTES } from "./gexf-vocabulary";
import { attributeValue, childElement, type XmlElement } from "./xml-tree";

/** The dialect's namespaces: GEXF 1.3 or 1.2draft, chosen by the root element. */
export interface GexfNamespaces {
  gexf: string;
  viz: string;
}

/**
 * Reads `<node>` elements into actors, one at a time as the parser completes them: the kind from
 * our `kind` attribute (or its label, or the ontology's default actor kind), aliases, description,
 * coordinates, and the viz position into the layout.
 */
export class NodeReader {
  readonly actors: Actor[] = [];
  readonly layout: Record<string, { x: number; y: number }> = {};
  /** Where each actor came from, to place validation errors in the file. */
  readonly places: Place[] = [];
  /** The file's node id -> the actor's id (rewritten when it is not a Faultline id). */
  readonly ids = new Map<string, string>();
  private readonly allocator = new IdAllocator("node");
  private readonly kinds: OntologyIndex;
  private defaulted = 0;
  private nested = 0;

  constructor(
    ontology: Ontology,
    private readonly ns: GexfNamespaces,
    private readonly log: ReadLog,
    /** A foreign file's mapping (gexf-mapping.ts): the kind of each node, replacing our rules. */
    private readonly mappedKind?: (node: XmlElement, values: ReadonlyMap<string, string>) => string,
  ) {
    this.kinds = ontologyIndex(ontology);
  }

  read(node: XmlElement, declared: Parameters<typeof valuesByTitle>[1]): void {
    const rawId = attributeValue(node, "id");
    if (rawId === undefined) {
      this.log.error(node, "node without an id");
      return;
    }
    if (this.ids.has(rawId)) {
      this.log.error(node, `duplicate node id ${shown(rawId)}`);
      return;
    }
    if (childElement(node, this.ns.gexf, "nodes")) this.nested++;
    const id = this.allocator.allocate(rawId);
    this.ids.set(rawId, id);
    const values = valuesByTitle(node, declared, this.ns.gexf);
    const label = attributeValue(node, "label") ?? rawId;
    const kind = this.mappedKind ? this.mappedKind(node, values) : this.kindOf(node, rawId, values);
    const actor: Actor = { id, label: label === "" ? rawId : label, kind: kind ?? "" };
    const aliases = values.get(NODE_ATTRIBUTES.aliases.title);
    if (aliases !== undefined) {
      const parsed = parseStringArray(aliases);
      if (parsed === undefined)
        this.log.error(node, `node ${shown(rawId)}: aliases must be a JSON array of strings`);
      else actor.aliases = parsed;
    }
    const description = values.get(NODE_ATTRIBUTES.description.title);
    if (description !== undefined) actor.description = description;
    this.readCoordinates(node, rawId, values, actor);
    const start = values.get(NODE_ATTRIBUTES.start.title);
    const end = values.get(NODE_ATTRIBUTES.end.title);
    if (start !== undefined) actor.start = start;
    if (end !== undefined) actor.end = end;
    const position = childElement(node, this.ns.viz, "position");
    if (position) {
      const x = Number(attributeValue(position, "x"));
      const y = Number(attributeValue(position, "y"));
      if (Number.isFinite(x) && Number.isFinite(y)) this.layout[id] = { x, y };
    }
    this.actors.push(actor);
    this.places.push(placeOf(node));
  }

  /** Warnings about what was read as a whole (defaulted kinds, rewritten ids, ignored hierarchy). */
  finish(): void {
    if (this.defaulted > 0) {
      this.log.warn(
        `${this.defaulted} node(s) had no known kind and were imported as "${this.kinds.defaultActorKind.id}"`,
      );
    }
    if (this.allocator.rewritten > 0)
      this.log.warn(`${this.allocator.rewritten} node id(s) were rewritten as Faultline ids`);
    if (this.nested > 0)
      this.log.warn(`${this.nested} node(s) had nested nodes (GEXF hierarchy), which were ignored`);
  }

  /** An explicit kind must be the ontology's; a kind label may be; without either, the default. */
  private kindOf(node: XmlElement, rawId: string, values: Map<string, string>): string | undefined {
    const kindValue = values.get(NODE_ATTRIBUTES.kind.title);
    if (kindValue !== undefined) {
      const kind = this.kinds.nodeKind(kindValue)?.id;
      if (kind === undefined) {
        this.log.ontologyMiss(
          node,
          `node ${shown(rawId)}: unknown kind ${shown(kindValue)} (known: ${this.kinds.nodeKindIds.join(", ")})`,
        );
      }
      return kind;
    }
    const kindLabel = values.get(NODE_ATTRIBUTES.kindLabel.title);
    const labelled = kindLabel === undefined ? undefined : this.kinds.nodeKindByLabel(kindLabel);
    if (labelled !== undefined) return labelled.id;
    this.defaulted++;
    return this.kinds.defaultActorKind.id;
  }

  private readCoordinates(node: XmlElement, rawId: string, values: Map<string, string>, actor: Actor): void {
    const lat = values.get(NODE_ATTRIBUTES.lat.title);
    const lon = values.get(NODE_ATTRIBUTES.lon.title);
    if (lat === undefined && lon === undefined) return;
    const coordinates = { lat: Number(lat), lon: Number(lon) };
    if (
      lat === undefined ||
      lon === undefined ||
      !Number.isFinite(coordinates.lat) ||
      !Number.isFinite(coordinates.lon)
    ) {
      this.log.error(node, `node ${shown(rawId)}: lat and lon must both be numbers`);
    } else actor.coordinates = coordinates;
  }
}

function parseStringArray(text: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : undefined;
  } catch {
    return undefined;
  }
}
