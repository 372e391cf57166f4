import { isPartialDate } from "../model/dates";
import { jsonPath } from "../model/json-path";
import { MAX_GEXF_BYTES, sizeLimitError } from "../model/size-limits";
import type {
  Actor,
  Certainty,
  Claim,
  Dataset,
  Evidence,
  InputError,
  LoadedDataset,
  Ontology,
  Source,
} from "../model/types";
import { validateDataset } from "../model/validate";
import {
  EDGE_ATTRIBUTES,
  GEXF_12_NAMESPACE,
  GEXF_NAMESPACE,
  NODE_ATTRIBUTES,
  VIZ_12_NAMESPACE,
  VIZ_NAMESPACE,
} from "./gexf-vocabulary";
import {
  attributeValue,
  childElement,
  childElements,
  parseXml,
  textContent,
  type XmlElement,
} from "./xml-parse";

/**
 * GEXF import: our own export back into a dataset (lossless for everything the export writes, so
 * export -> import -> export is byte-identical), and plain GEXF from Gephi or NetworkX.
 *
 * Plain files, the choices:
 * - A node without a known `kind` attribute (or `kind label`) becomes the ontology's first node kind
 *   that is not a place, with a warning: a kind only colours and groups a node. An explicit but
 *   unknown kind is an error.
 * - An edge must name its relation (a `relation` attribute, the GEXF edge `kind`, or a label equal to
 *   a relation id or label): an edge without one is an error, because inventing "supports" or
 *   "fights" would put a claim in the graph that no one made.
 * - An edge without Faultline evidence cites the imported file itself: a source for the file, whose
 *   text is the file, and as quote the edge's own start tag, verbatim. That keeps the rule "every
 *   claim quotes its source" true and says exactly where the claim came from. Its certainty is
 *   "implied" unless the file says otherwise.
 * - Ids that are not Faultline ids (lower-case letters, digits, hyphens) are rewritten, with a warning.
 *
 * Source texts: a GEXF carries the quotes, not whole articles. Texts passed in `sourceTexts` (by
 * source id or `text` path) are used to check the quotes again; any other source gets as text the
 * quotes cited from it, so the dataset stays valid and says no more than the file does.
 */

export interface GexfImportOptions {
  /** Full source texts, by source id or by the source's `text` path. */
  sourceTexts?: Record<string, string>;
  /** Date (YYYY-MM-DD) given to the source made for a plain file without `lastmodifieddate`. */
  today?: string;
}

export type GexfImportResult =
  | { ok: true; value: LoadedDataset; warnings: string[] }
  | { ok: false; errors: InputError[] };

const ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Larger texts are refused before parsing (size-limits.ts says why 256 MB). Readers that know the
 * file's size refuse it before reading; this check on the text is the last line of defence.
 */
export const MAX_GEXF_CHARACTERS = MAX_GEXF_BYTES;
const CERTAINTIES: readonly Certainty[] = ["stated", "implied", "disputed"];

/** A Faultline id from any string ("Hama City" -> "hama-city"). */
export function slugId(value: string, fallback: string): string {
  const slug = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? fallback : slug;
}

/** Hands out unique ids, rewriting the ones that are not valid or already taken. */
class IdAllocator {
  private readonly used = new Set<string>();
  rewritten = 0;

  allocate(wanted: string, fallback: string): string {
    let id = ID.test(wanted) ? wanted : slugId(wanted, fallback);
    if (this.used.has(id)) {
      let n = 2;
      while (this.used.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    if (id !== wanted) this.rewritten++;
    this.used.add(id);
    return id;
  }
}

/**
 * A value from the file, as it appears in a message: quoted, escaped (no control character reaches
 * the terminal) and cut short (a megabyte id must not make a megabyte message).
 */
function shown(value: string): string {
  const short = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return JSON.stringify(short).replace(
    /[\u007F-\u009F]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A message with any control character that slipped in (from a parser or validator) escaped. */
function inert(message: string): string {
  return message.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point.
    /[\u0000-\u001F\u007F-\u009F]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** How messages name an edge, built only when there is something to say about it. */
function edgeName(rawId: string): string {
  return `edge ${shown(rawId)}`;
}

function basename(file: string): string {
  return file.replace(/\\/g, "/").split("/").pop() || file;
}

interface Declared {
  title: string;
  type: string;
}

/** Where an element starts in the file (kept instead of the element, which can then be let go). */
interface Place {
  line: number;
  column: number;
}

class GexfReader {
  readonly errors: InputError[] = [];
  readonly warnings: string[] = [];
  private gexfNs = GEXF_NAMESPACE;
  private vizNs = VIZ_NAMESPACE;
  /** Where each actor / claim came from, to place validation errors in the file. */
  readonly actorPlaces: Place[] = [];
  readonly claimPlaces: Place[] = [];

  // What the streaming pass has found so far: nodes and edges are read as the parser completes
  // them and then dropped, so a large file never exists as a whole element tree.
  private rootAccepted: boolean | undefined;
  private graph: XmlElement | undefined;
  private nodesElement: XmlElement | undefined;
  private edgesElement: XmlElement | undefined;
  private declared: { node: Map<string, Declared>; edge: Map<string, Declared> } | undefined;
  private root: XmlElement | undefined;

  private readonly nodeIds = new Map<string, string>();
  private readonly actors: Actor[] = [];
  private readonly layout: Record<string, { x: number; y: number }> = {};
  private readonly actorIds = new IdAllocator();
  private readonly kindById: Map<string, string>;
  private readonly kindByLabel: Map<string, string>;
  private readonly defaultKind: Ontology["nodeKinds"][number] | undefined;
  private defaulted = 0;
  private nested = 0;

  private readonly claims: Claim[] = [];
  private readonly claimIds = new IdAllocator();
  private readonly relationById: Map<string, string>;
  private readonly relationByLabel: Map<string, string>;
  private readonly sources: Source[] = [];
  private readonly sourceById = new Map<string, Source>();
  private readonly sourceTexts: Record<string, string> = {};
  private fileSource: Source | undefined;
  private plain = 0;
  /** Evidence read from the file, checked once every edge has described its sources. */
  private readonly cited: { place: Place; rawId: string; evidence: Evidence[] }[] = [];
  /** Evidence whose quote is cut from its source's own text (see DatasetContext.verbatim). */
  readonly verbatim = new Set<object>();

  constructor(
    private readonly file: string,
    private readonly xml: string,
    ontology: Ontology,
    private readonly options: GexfImportOptions,
  ) {
    this.kindById = new Map(ontology.nodeKinds.map((k) => [k.id, k.id]));
    this.kindByLabel = new Map(ontology.nodeKinds.map((k) => [k.label.toLowerCase(), k.id]));
    this.defaultKind =
      ontology.nodeKinds.find((k) => !ontology.placeKinds.includes(k.id)) ?? ontology.nodeKinds[0];
    this.relationById = new Map(ontology.relationKinds.map((r) => [r.id, r.id]));
    this.relationByLabel = new Map(ontology.relationKinds.map((r) => [r.label.toLowerCase(), r.id]));
  }

  private error(place: Place | undefined, message: string): void {
    const path = place ? `line ${place.line}, column ${place.column}` : "$";
    this.errors.push({ file: this.file, path, message: inert(message) });
  }

  read(): { dataset: Dataset; sourceTexts: Record<string, string> } | undefined {
    const parsed = parseXml(this.xml, {
      onElement: (element, ancestors) => this.consume(element, ancestors),
    });
    if (!parsed.ok) {
      // A file that is not well-formed gets that one error, not what was read before the break.
      this.errors.length = 0;
      const { line, column, message } = parsed.error;
      this.errors.push({
        file: this.file,
        path: `line ${line}, column ${column}`,
        message: inert(`invalid XML: ${message}`),
      });
      return undefined;
    }
    const root = parsed.root;
    this.rootAccepted ??= this.checkRoot(root);
    if (!this.rootAccepted) return undefined;
    const graph = this.graph ?? childElement(root, this.gexfNs, "graph");
    if (graph === undefined) {
      this.error(root, "no <graph> element");
      return undefined;
    }
    const meta = childElement(root, this.gexfNs, "meta");
    this.finishNodes();
    this.finishEdges();

    const described = meta && childElement(meta, this.gexfNs, "description");
    const keywords = meta && childElement(meta, this.gexfNs, "keywords");
    const { title, description } = splitDescription(
      described ? textContent(described) : "",
      basename(this.file),
    );
    const keywordId = keywords ? textContent(keywords).trim() : "";
    const dataset: Dataset = {
      id: ID.test(keywordId) ? keywordId : slugId(basename(this.file).replace(/\.gexf$/i, ""), "imported"),
      title,
      sources: this.sources,
      actors: this.actors,
      claims: this.claims,
    };
    if (description !== undefined) dataset.description = description;
    if (Object.keys(this.layout).length > 0) dataset.layout = this.layout;
    return { dataset, sourceTexts: this.sourceTexts };
  }

  /**
   * Reads a `<node>` of the first `<nodes>` (or an `<edge>` of the first `<edges>`) of the first
   * `<graph>` as soon as it is complete; true tells the parser it is consumed.
   */
  private consume(element: XmlElement, ancestors: readonly XmlElement[]): boolean {
    if (ancestors.length !== 3) return false;
    const [root, graph, container] = ancestors as [XmlElement, XmlElement, XmlElement];
    this.root = root;
    this.rootAccepted ??= this.checkRoot(root);
    if (!this.rootAccepted || element.ns !== this.gexfNs) return false;
    if (graph.ns !== this.gexfNs || graph.local !== "graph" || container.ns !== this.gexfNs) return false;
    // A graph or container completed earlier is the first one: elements of any later one stay unread.
    this.graph ??= childElement(root, this.gexfNs, "graph") ?? graph;
    if (graph !== this.graph) return false;
    if (element.local === "node" && container.local === "nodes") {
      this.nodesElement ??= childElement(graph, this.gexfNs, "nodes") ?? container;
      if (container !== this.nodesElement) return false;
      this.declared ??= this.readDeclarations(graph);
      this.readNode(element, this.declared.node);
      return true;
    }
    if (element.local === "edge" && container.local === "edges") {
      this.edgesElement ??= childElement(graph, this.gexfNs, "edges") ?? container;
      if (container !== this.edgesElement) return false;
      this.declared ??= this.readDeclarations(graph);
      this.readEdge(element, this.declared.edge);
      return true;
    }
    return false;
  }

  private checkRoot(root: XmlElement): boolean {
    const version = attributeValue(root, "version");
    if (root.local !== "gexf") {
      this.error(
        root,
        `the root element is <${shown(root.name).slice(1, -1)}>, not <gexf>: this is not a GEXF file`,
      );
      return false;
    }
    if (root.ns === GEXF_NAMESPACE && version === "1.3") return true;
    if (root.ns === GEXF_12_NAMESPACE && version === "1.2") {
      this.gexfNs = GEXF_12_NAMESPACE;
      this.vizNs = VIZ_12_NAMESPACE;
      return true;
    }
    this.error(
      root,
      `unsupported GEXF: namespace ${shown(root.ns ?? "")} with version ${shown(version ?? "")}; ` +
        `expected version "1.3" in namespace "${GEXF_NAMESPACE}" (or "1.2" in "${GEXF_12_NAMESPACE}")`,
    );
    return false;
  }

  private readDeclarations(graph: XmlElement): { node: Map<string, Declared>; edge: Map<string, Declared> } {
    const node = new Map<string, Declared>();
    const edge = new Map<string, Declared>();
    for (const attributes of childElements(graph, this.gexfNs, "attributes")) {
      const cls = attributeValue(attributes, "class");
      const target = cls === "node" ? node : cls === "edge" ? edge : undefined;
      if (target === undefined) continue;
      for (const attribute of childElements(attributes, this.gexfNs, "attribute")) {
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
  private values(element: XmlElement, declared: Map<string, Declared>): Map<string, string> {
    const values = new Map<string, string>();
    const attvalues = childElement(element, this.gexfNs, "attvalues");
    if (attvalues === undefined) return values;
    for (const attvalue of attvalues.children) {
      if (attvalue.type !== "element" || attvalue.local !== "attvalue" || attvalue.ns !== this.gexfNs)
        continue;
      const id = attributeValue(attvalue, "for") ?? attributeValue(attvalue, "id");
      const value = attributeValue(attvalue, "value");
      if (id === undefined || value === undefined) continue;
      values.set(declared.get(id)?.title ?? id, value);
    }
    return values;
  }

  private readNode(node: XmlElement, declared: Map<string, Declared>): void {
    const rawId = attributeValue(node, "id");
    if (rawId === undefined) {
      this.error(node, "node without an id");
      return;
    }
    if (this.nodeIds.has(rawId)) {
      this.error(node, `duplicate node id ${shown(rawId)}`);
      return;
    }
    if (childElement(node, this.gexfNs, "nodes")) this.nested++;
    const id = this.actorIds.allocate(rawId, "node");
    this.nodeIds.set(rawId, id);
    const values = this.values(node, declared);
    const label = attributeValue(node, "label") ?? rawId;

    let kind: string | undefined;
    const kindValue = values.get(NODE_ATTRIBUTES.kind.title);
    const kindLabel = values.get(NODE_ATTRIBUTES.kindLabel.title);
    if (kindValue !== undefined) {
      kind = this.kindById.get(kindValue);
      if (kind === undefined) {
        this.error(
          node,
          `node ${shown(rawId)}: unknown kind ${shown(kindValue)} (known: ${[...this.kindById.keys()].join(", ")})`,
        );
      }
    } else if (kindLabel !== undefined && this.kindByLabel.has(kindLabel.toLowerCase())) {
      kind = this.kindByLabel.get(kindLabel.toLowerCase());
    } else {
      kind = this.defaultKind?.id;
      this.defaulted++;
    }

    const actor: Actor = { id, label: label === "" ? rawId : label, kind: kind ?? "" };
    const aliases = values.get(NODE_ATTRIBUTES.aliases.title);
    if (aliases !== undefined) {
      const parsed = parseStringArray(aliases);
      if (parsed === undefined)
        this.error(node, `node ${shown(rawId)}: aliases must be a JSON array of strings`);
      else actor.aliases = parsed;
    }
    const description = values.get(NODE_ATTRIBUTES.description.title);
    if (description !== undefined) actor.description = description;
    const lat = values.get(NODE_ATTRIBUTES.lat.title);
    const lon = values.get(NODE_ATTRIBUTES.lon.title);
    if (lat !== undefined || lon !== undefined) {
      const coordinates = { lat: Number(lat), lon: Number(lon) };
      if (
        lat === undefined ||
        lon === undefined ||
        !Number.isFinite(coordinates.lat) ||
        !Number.isFinite(coordinates.lon)
      ) {
        this.error(node, `node ${shown(rawId)}: lat and lon must both be numbers`);
      } else actor.coordinates = coordinates;
    }
    const position = childElement(node, this.vizNs, "position");
    if (position) {
      const x = Number(attributeValue(position, "x"));
      const y = Number(attributeValue(position, "y"));
      if (Number.isFinite(x) && Number.isFinite(y)) this.layout[id] = { x, y };
    }
    this.actors.push(actor);
    this.actorPlaces.push({ line: node.line, column: node.column });
  }

  private finishNodes(): void {
    if (this.defaulted > 0 && this.defaultKind) {
      this.warnings.push(
        `${this.defaulted} node(s) had no known kind and were imported as "${this.defaultKind.id}"`,
      );
    }
    if (this.actorIds.rewritten > 0)
      this.warnings.push(`${this.actorIds.rewritten} node id(s) were rewritten as Faultline ids`);
    if (this.nested > 0)
      this.warnings.push(`${this.nested} node(s) had nested nodes (GEXF hierarchy), which were ignored`);
  }

  private addSource(record: Source, edge: XmlElement): void {
    const known = this.sourceById.get(record.id);
    if (known === undefined) {
      this.sourceById.set(record.id, record);
      this.sources.push(record);
    } else if (!sameSource(known, record)) {
      this.error(edge, `source ${shown(record.id)} is described differently by two edges`);
    }
  }

  private readEdge(edge: XmlElement, declared: Map<string, Declared>): void {
    const index = this.claims.length;
    const values = this.values(edge, declared);
    const rawId =
      values.get(EDGE_ATTRIBUTES.claim.title) ?? attributeValue(edge, "id") ?? `claim-${index + 1}`;
    const from = this.endpoint(edge, "source", rawId);
    const to = this.endpoint(edge, "target", rawId);

    const relation =
      this.relationNamed(values.get(EDGE_ATTRIBUTES.relation.title)) ??
      this.relationNamed(attributeValue(edge, "kind")) ??
      this.relationNamed(values.get(EDGE_ATTRIBUTES.relationLabel.title)) ??
      this.relationNamed(attributeValue(edge, "label"));
    if (relation === undefined) {
      const relationNames = [
        values.get(EDGE_ATTRIBUTES.relation.title),
        attributeValue(edge, "kind"),
        values.get(EDGE_ATTRIBUTES.relationLabel.title),
        attributeValue(edge, "label"),
      ].filter((v): v is string => v !== undefined);
      const named = relationNames.length > 0 ? ` (it names ${relationNames.map(shown).join(", ")})` : "";
      this.error(
        edge,
        `${edgeName(rawId)}: no relation of the ontology${named}; give it a "relation" attribute or an edge kind among: ${[...this.relationById.keys()].join(", ")}`,
      );
    }

    const certaintyValue = values.get(EDGE_ATTRIBUTES.certainty.title);
    let certainty: Certainty = "implied";
    if (certaintyValue !== undefined) {
      if ((CERTAINTIES as readonly string[]).includes(certaintyValue))
        certainty = certaintyValue as Certainty;
      else
        this.error(
          edge,
          `${edgeName(rawId)}: certainty must be one of ${CERTAINTIES.join(", ")}, not ${shown(certaintyValue)}`,
        );
    }

    let evidence: Evidence[] = [];
    const evidenceText = values.get(EDGE_ATTRIBUTES.evidence.title);
    const sourcesText = values.get(EDGE_ATTRIBUTES.sources.title);
    if (sourcesText !== undefined) {
      const parsed = parseSources(sourcesText);
      if (typeof parsed === "string") this.error(edge, `${edgeName(rawId)}: sources: ${parsed}`);
      else for (const record of parsed) this.addSource(record, edge);
    }
    if (evidenceText !== undefined) {
      const parsed = parseEvidence(evidenceText, values.get(EDGE_ATTRIBUTES.quotes.title));
      if (typeof parsed === "string") this.error(edge, `${edgeName(rawId)}: evidence: ${parsed}`);
      else {
        for (const item of parsed) if (item.source !== undefined) this.addSource(item.source, edge);
        evidence = parsed.map((item) => item.evidence);
        this.cited.push({ place: { line: edge.line, column: edge.column }, rawId, evidence });
      }
    } else {
      this.plain++;
      this.fileSource ??= this.makeFileSource();
      this.addSource(this.fileSource, edge);
      this.sourceTexts[this.fileSource.id] = this.xml;
      evidence = [
        { source: this.fileSource.id, quote: this.xml.slice(edge.startTag.from, edge.startTag.to) },
      ];
      this.verbatim.add(evidence[0] as Evidence);
    }

    const claim: Claim = {
      id: this.claimIds.allocate(rawId, "claim"),
      from: from ?? "",
      relation: relation ?? "",
      to: to ?? "",
      evidence,
      certainty,
    };
    const start = values.get(EDGE_ATTRIBUTES.start.title) ?? this.dynamicBound(edge, "start");
    const end = values.get(EDGE_ATTRIBUTES.end.title) ?? this.dynamicBound(edge, "end");
    if (start !== undefined) claim.start = start;
    if (end !== undefined) claim.end = end;
    const note = values.get(EDGE_ATTRIBUTES.note.title);
    if (note !== undefined) claim.note = note;
    this.claims.push(claim);
    this.claimPlaces.push({ line: edge.line, column: edge.column });
  }

  private finishEdges(): void {
    const citedBySource = new Map<string, Evidence[]>();
    for (const { place, rawId, evidence } of this.cited) {
      for (const item of evidence) {
        if (!this.sourceById.has(item.source)) {
          this.error(
            place,
            `${edgeName(rawId)}: evidence cites source ${shown(item.source)}, which no edge describes`,
          );
          continue;
        }
        const items = citedBySource.get(item.source);
        if (items === undefined) citedBySource.set(item.source, [item]);
        else items.push(item);
      }
    }
    for (const source of this.sources) {
      if (source === this.fileSource) continue;
      const given = this.options.sourceTexts?.[source.id] ?? this.options.sourceTexts?.[source.text];
      // Without the article, the quotes cited from it are all the text the file vouches for (so
      // each of them is in that text by construction).
      const cited = citedBySource.get(source.id) ?? [];
      if (given === undefined) for (const item of cited) this.verbatim.add(item);
      this.sourceTexts[source.id] = given ?? cited.map((item) => item.quote).join("\n\n[…]\n\n");
    }
    if (this.plain > 0) {
      this.warnings.push(
        `${this.plain} edge(s) had no Faultline evidence: each cites the imported file (source "${this.fileSource?.id}") with its own <edge> tag as quote`,
      );
    }
    if (this.claimIds.rewritten > 0)
      this.warnings.push(`${this.claimIds.rewritten} edge id(s) were rewritten as Faultline claim ids`);
  }

  /** The relation a name in the file stands for: a relation id, or a relation label in any case. */
  private relationNamed(name: string | undefined): string | undefined {
    if (name === undefined) return undefined;
    return this.relationById.get(name) ?? this.relationByLabel.get(name.toLowerCase());
  }

  private endpoint(edge: XmlElement, which: "source" | "target", rawId: string) {
    const raw = attributeValue(edge, which);
    if (raw === undefined) {
      this.error(edge, `${edgeName(rawId)}: no ${which}`);
      return undefined;
    }
    const id = this.nodeIds.get(raw);
    if (id === undefined)
      this.error(edge, `${edgeName(rawId)}: ${which} ${shown(raw)} is not a node of the file`);
    return id;
  }

  /** A dynamic edge bound of a plain file, as a day. */
  private dynamicBound(edge: XmlElement, which: "start" | "end"): string | undefined {
    const value = attributeValue(edge, which);
    if (value === undefined) return undefined;
    const day = value.slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(day) && isPartialDate(day)) return day;
    this.warnings.push(
      `edge ${shown(attributeValue(edge, "id") ?? "")}: ${which} ${shown(value)} is not a date and was ignored`,
    );
    return undefined;
  }

  /** The source standing for the imported file itself, for edges that carry no evidence. */
  private makeFileSource(): Source {
    const meta = this.root && childElement(this.root, this.gexfNs, "meta");
    const name = basename(this.file);
    const base = `gexf-${slugId(name.replace(/\.gexf$/i, ""), "import")}`;
    let id = base;
    for (let n = 2; this.sourceById.has(id); n++) id = `${base}-${n}`;
    const creator = meta && childElement(meta, this.gexfNs, "creator");
    const modified = meta && attributeValue(meta, "lastmodifieddate");
    const date =
      modified !== undefined && isPartialDate(modified)
        ? modified
        : (this.options.today ?? new Date().toISOString().slice(0, 10));
    const publisher = creator ? textContent(creator).trim() : "";
    return { id, title: name, publisher: publisher === "" ? "unknown" : publisher, date, text: name };
  }
}

function parseJsonString(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
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

const SOURCE_KEYS = ["id", "title", "publisher", "date", "url", "language", "text"] as const;

function sameSource(a: Source, b: Source): boolean {
  return SOURCE_KEYS.every((key) => a[key] === b[key]);
}

function parseJson(text: string): { value: unknown } | string {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
}

/** A whole source record (the `sources` attribute, or an item of the older evidence); a string is an error. */
function sourceRecord(value: unknown, path: readonly (string | number)[]): Source | string {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return `${jsonPath(path)}: expected a source record {id, title, publisher, date, text, ...}`;
  const source = value as Record<string, unknown>;
  const bad = SOURCE_KEYS.find((k) => source[k] !== undefined && typeof source[k] !== "string");
  if (bad !== undefined || typeof source.id !== "string")
    return `${jsonPath([...path, bad ?? "id"])}: expected a string`;
  const record: Record<string, string> = {};
  for (const key of SOURCE_KEYS) if (typeof source[key] === "string") record[key] = source[key];
  return record as unknown as Source;
}

/** Reads the `sources` attribute: a JSON array of source records; a string is an error message. */
function parseSources(text: string): Source[] | string {
  const parsed = parseJson(text);
  if (typeof parsed === "string") return parsed;
  if (!Array.isArray(parsed.value)) return "expected a JSON array of source records";
  const out: Source[] = [];
  for (const [i, item] of parsed.value.entries()) {
    const record = sourceRecord(item, [i]);
    if (typeof record === "string") return record;
    out.push(record);
  }
  return out;
}

/**
 * Reads the evidence JSON our export writes (see EDGE_ATTRIBUTES.evidence): compact items citing a
 * source by id, their quotes inline or on the lines of `quotes`, or the older items carrying their
 * whole source record. A string is an error message.
 */
function parseEvidence(
  text: string,
  quotesText: string | undefined,
): { evidence: Evidence; source?: Source }[] | string {
  const parsed = parseJson(text);
  if (typeof parsed === "string") return parsed;
  const value = parsed.value;
  if (!Array.isArray(value) || value.length === 0) return "expected a non-empty JSON array";
  let lines: string[] | undefined;
  const out: { evidence: Evidence; source?: Source }[] = [];
  for (const [i, item] of value.entries()) {
    if (typeof item !== "object" || item === null) return `${jsonPath([i])}: expected {source, quote?}`;
    const record = item as Record<string, unknown>;
    let quote = record.quote;
    if (quote === undefined) {
      lines ??= quotesText?.split("\n");
      if (lines?.length !== value.length)
        return `${jsonPath([i])}: no "quote", and the quotes attribute does not have one line per item`;
      quote = lines[i];
    }
    if (typeof quote !== "string") return `${jsonPath([i, "quote"])}: expected a string`;
    let source: Source | undefined;
    let sourceId: string;
    if (typeof record.source === "string") sourceId = record.source;
    else {
      const whole = sourceRecord(record.source, [i, "source"]);
      if (typeof whole === "string") return whole;
      source = whole;
      sourceId = whole.id;
    }
    const evidence: Evidence = { source: sourceId, quote };
    if (record.attributedTo !== undefined) {
      if (typeof record.attributedTo !== "string")
        return `${jsonPath([i, "attributedTo"])}: expected a string`;
      evidence.attributedTo = record.attributedTo;
    }
    out.push(source === undefined ? { evidence } : { evidence, source });
  }
  return out;
}

/** Inverse of `gexfDescription`: the title, then after the first blank line the description. */
function splitDescription(text: string, fallbackTitle: string): { title: string; description?: string } {
  if (text === "") return { title: fallbackTitle };
  if (text.startsWith('"')) {
    // A title written as a JSON string (it has a line break), when the first line is one.
    const end = text.indexOf("\n");
    const title = parseJsonString(end === -1 ? text : text.slice(0, end));
    if (title !== undefined && end === -1) return { title };
    if (title !== undefined && text.startsWith("\n\n", end))
      return { title, description: text.slice(end + 2) };
  }
  const split = text.indexOf("\n\n", 1);
  return split === -1 ? { title: text } : { title: text.slice(0, split), description: text.slice(split + 2) };
}

/** Places a validation error (a JSON path into the rebuilt dataset) at the node or edge it came from. */
function locate(error: InputError, reader: GexfReader): InputError {
  const m = /^\$\.(actors|claims)\[(\d+)\]/.exec(error.path);
  const place = m && (m[1] === "actors" ? reader.actorPlaces : reader.claimPlaces)[Number(m[2])];
  if (!place) return { ...error, message: inert(error.message) };
  return {
    ...error,
    path: `line ${place.line}, column ${place.column}`,
    message: inert(`${error.message} (${error.path})`),
  };
}

export function importGexf(
  file: string,
  xml: string,
  ontology: Ontology,
  options: GexfImportOptions = {},
): GexfImportResult {
  const tooLarge = sizeLimitError(file, "line 1, column 1", "the GEXF file", xml.length, MAX_GEXF_CHARACTERS);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const reader = new GexfReader(file, xml, ontology, options);
  const read = reader.read();
  if (read === undefined || reader.errors.length > 0) return { ok: false, errors: reader.errors };
  const checked = validateDataset(read.dataset, {
    file,
    ontology,
    sourceTexts: read.sourceTexts,
    verbatim: reader.verbatim,
  });
  if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => locate(e, reader)) };
  return {
    ok: true,
    value: { file, dataset: checked.dataset, ontology, sourceTexts: read.sourceTexts },
    warnings: reader.warnings.map(inert),
  };
}
