import { firstDay, isPartialDate, lastDay } from "../model/dates";
import type { GraphFilter } from "../model/filter";
import type {
  ActorAttributes,
  Claim,
  ClaimAttributes,
  Dataset,
  FaultlineGraph,
  LoadedDataset,
  Ontology,
} from "../model/types";
import { datasetSubset } from "./dataset-subset";
import { attvalue, evidenceJson, quoteLine, sourcesMarkup } from "./gexf-edge-markup";
import {
  CERTAINTY_EDGE_SHAPE,
  CREATOR,
  EDGE_ATTRIBUTES,
  FAULTLINE_VARIANT,
  GEXF_NAMESPACE,
  type GexfAttributeSpec,
  NODE_ATTRIBUTES,
  VIZ_NAMESPACE,
  WRITTEN_EDGE_ATTRIBUTES,
} from "./gexf-vocabulary";
import { type TextSink, XmlWriter, xmlAttribute, xmlSafeText } from "./xml-write";

/**
 * GEXF 1.3 export, written directly (not through graphology-gexf, which cannot write dynamics and
 * infers attribute types from values): every attribute is declared with an explicit type, colours
 * carry r/g/b (NetworkX ignores `hex`), and the output depends only on its inputs (no clock).
 *
 * Edge direction: every edge is written as a directed edge of a `defaultedgetype="directed"` graph.
 * GEXF allows `type="undirected"` per edge and Gephi reads mixed graphs, but NetworkX refuses an
 * undirected edge in a directed graph ("Undirected edge found in directed graph"), and writing the
 * symmetric relations as `mutual` would double them in NetworkX. So symmetric relations ("fights",
 * "allied with") keep their from/to order and carry `directed = false` as an attribute instead.
 *
 * Dynamic mode (`mode="dynamic" timeformat="date"`): a claim's span becomes the edge's `start` and
 * `end` (first day of a partial start, last day of a partial end). An open end is left out rather
 * than bounded: GEXF reads a missing bound as unbounded, which is exactly what an open claim span
 * means (the explorer's `at` filter treats it so too), and NetworkX reads `start`/`end` attributes
 * one by one, so a missing one is harmless (it only fails on spells missing an end, which we do not
 * write). Nodes get no span: the explorer keeps actors of visible kinds at every date, isolated or
 * not, and Gephi's timeline then does the same.
 */

export interface GexfExportOptions {
  /** The subset to write, with the explorer's rules. */
  filter?: GraphFilter;
  /** Write a dynamic graph with edge spans from the claims' dates. */
  dynamic?: boolean;
  /** `lastmodifieddate` (YYYY-MM-DD); defaults to the latest date of the cited sources. */
  now?: string;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A number as GEXF text; `what` of `id` names it in the error (built only then: this runs per node and edge). */
function formatNumber(value: number, what: string, id: string): string {
  if (!Number.isFinite(value))
    throw new Error(`cannot export ${what} of "${id}": ${value} is not a finite number`);
  return String(value);
}

function rgb(hex: string): string {
  const m = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(hex);
  if (!m) throw new Error(`cannot export colour ${JSON.stringify(hex)}: expected #rrggbb`);
  const [r, g, b] = [m[1], m[2], m[3]].map((part) => Number.parseInt(part ?? "", 16));
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

/**
 * The dataset title, then the description after a blank line; the reader splits at the first blank
 * line. A title with a line break (or opening with a double quote) is written as a JSON string on
 * one line, so that blank line stays the first one; its characters are those XML text keeps.
 */
export function gexfDescription(dataset: Dataset): string {
  const { title } = dataset;
  const line = title.includes("\n") || title.startsWith('"') ? JSON.stringify(xmlSafeText(title)) : title;
  return dataset.description === undefined ? line : `${line}\n\n${dataset.description}`;
}

function lastModifiedDate(dataset: Dataset, now: string | undefined): string | undefined {
  if (now !== undefined) {
    if (!FULL_DATE.test(now) || !isPartialDate(now)) {
      throw new Error(`"now" must be a date as YYYY-MM-DD, got ${JSON.stringify(now)}`);
    }
    return now;
  }
  // Only cited sources count: they are what the file carries, so a re-export of an import agrees.
  const cited = new Set<string>();
  for (const claim of dataset.claims) for (const e of claim.evidence) cited.add(e.source);
  let latest: string | undefined;
  for (const source of dataset.sources) {
    if (!cited.has(source.id)) continue;
    const day = firstDay(source.date);
    if (latest === undefined || day > latest) latest = day;
  }
  return latest;
}

function declareAttributes(
  writer: XmlWriter,
  cls: "node" | "edge",
  specs: readonly GexfAttributeSpec[],
): void {
  writer.start("attributes", [
    ["class", cls],
    ["mode", "static"],
  ]);
  for (const spec of specs) {
    writer.empty("attribute", [
      ["id", spec.id],
      ["title", spec.title],
      ["type", spec.type],
    ]);
  }
  writer.end();
}

/** The time bounds of the dated claims, for Gephi's timeline. */
function timeBounds(claims: readonly Claim[]): { start?: string; end?: string } {
  let start: string | undefined;
  let end: string | undefined;
  // YYYY-MM-DD strings compare chronologically.
  for (const claim of claims) {
    for (const date of [claim.start, claim.end]) {
      if (date === undefined) continue;
      const first = firstDay(date);
      const last = lastDay(date);
      if (start === undefined || first < start) start = first;
      if (end === undefined || last > end) end = last;
    }
  }
  return start === undefined || end === undefined ? {} : { start, end };
}

/** Markup that depends only on the ontology (kind, relation, certainty), built once per kind. */
function ontologyMarkup(ontology: Ontology) {
  const nodeKinds = new Map(
    ontology.nodeKinds.map((kind) => [
      kind.id,
      {
        attvalues: attvalue(NODE_ATTRIBUTES.kind, kind.id) + attvalue(NODE_ATTRIBUTES.kindLabel, kind.label),
        color: rgb(kind.color),
        shape: `<viz:shape value="${kind.shape}"/>`,
      },
    ]),
  );
  const relations = new Map(
    ontology.relationKinds.map((relation) => [
      relation.id,
      {
        // GEXF 1.3's edge kind types parallel edges; NetworkX drops it, hence also the relation attribute.
        tag: xmlAttribute("kind", relation.id) + xmlAttribute("label", relation.label),
        attvalues:
          attvalue(EDGE_ATTRIBUTES.relation, relation.id) +
          attvalue(EDGE_ATTRIBUTES.directed, String(relation.directed)),
        color: rgb(relation.color),
      },
    ]),
  );
  const certainties = Object.fromEntries(
    Object.entries(CERTAINTY_EDGE_SHAPE).map(([certainty, shape]) => [
      certainty,
      { attvalue: attvalue(EDGE_ATTRIBUTES.certainty, certainty), shape: `<viz:shape value="${shape}"/>` },
    ]),
  );
  return { nodeKinds, relations, certainties };
}

type OntologyMarkup = ReturnType<typeof ontologyMarkup>;

function writeHeader(writer: XmlWriter, dataset: Dataset, options: GexfExportOptions): void {
  const dynamic = options.dynamic === true;
  writer.start("gexf", [
    ["xmlns", GEXF_NAMESPACE],
    ["xmlns:viz", VIZ_NAMESPACE],
    ["version", "1.3"],
    ["variant", FAULTLINE_VARIANT],
  ]);
  writer.start("meta", [["lastmodifieddate", lastModifiedDate(dataset, options.now)]]);
  writer.textElement("creator", CREATOR);
  // GEXF has no graph-level attributes: the dataset id goes in keywords, title and description in description.
  writer.textElement("keywords", dataset.id);
  writer.textElement("description", gexfDescription(dataset));
  writer.end();

  const bounds = dynamic ? timeBounds(dataset.claims) : {};
  writer.start("graph", [
    ["defaultedgetype", "directed"],
    ["idtype", "string"],
    ["mode", dynamic ? "dynamic" : "static"],
    ["timeformat", dynamic ? "date" : undefined],
    ["start", bounds.start],
    ["end", bounds.end],
  ]);
  declareAttributes(writer, "node", Object.values(NODE_ATTRIBUTES));
  declareAttributes(writer, "edge", WRITTEN_EDGE_ATTRIBUTES);
}

function writeNodes(
  writer: XmlWriter,
  dataset: Dataset,
  graph: FaultlineGraph,
  markup: OntologyMarkup,
): void {
  writer.start("nodes", [["count", String(dataset.actors.length)]]);
  const nodes = attributesInOrder(
    dataset.actors,
    (callback) => graph.forEachNode(callback),
    (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined),
    "actor",
  );
  for (const [index, actor] of dataset.actors.entries()) {
    const node = nodes[index] as ActorAttributes;
    const kind = markup.nodeKinds.get(actor.kind);
    if (kind === undefined) throw new Error(`actor "${actor.id}" has unknown kind "${actor.kind}"`);
    const coordinates = actor.coordinates;
    writer.line(
      `<node${xmlAttribute("id", actor.id)}${xmlAttribute("label", actor.label)}><attvalues>`,
      kind.attvalues,
      attvalue(NODE_ATTRIBUTES.aliases, actor.aliases && JSON.stringify(actor.aliases)),
      attvalue(NODE_ATTRIBUTES.description, actor.description),
      attvalue(NODE_ATTRIBUTES.lat, coordinates && formatNumber(coordinates.lat, "latitude", actor.id)),
      attvalue(NODE_ATTRIBUTES.lon, coordinates && formatNumber(coordinates.lon, "longitude", actor.id)),
      attvalue(NODE_ATTRIBUTES.start, actor.start),
      attvalue(NODE_ATTRIBUTES.end, actor.end),
      "</attvalues>",
      kind.color,
      `<viz:position x="${formatNumber(node.x, "x", actor.id)}" y="${formatNumber(node.y, "y", actor.id)}"/>`,
      `<viz:size value="${formatNumber(Math.max(0, node.size), "size", actor.id)}"/>`,
      kind.shape,
      "</node>",
    );
  }
  writer.end();
}

/**
 * The graph's attributes of each item (actor or claim), in the items' order. The dataset and the
 * graph list them in the same order (a subset keeps it), so one walk over the graph pairs them up,
 * with no lookup per item; an item out of step is looked up, and one missing from the graph named.
 */
function attributesInOrder<A>(
  items: readonly { id: string }[],
  forEachInGraph: (callback: (key: string, attributes: A) => void) => void,
  lookup: (id: string) => A | undefined,
  what: string,
): A[] {
  const found: A[] = [];
  forEachInGraph((key, attributes) => {
    if (found.length < items.length && key === items[found.length]?.id) found.push(attributes);
  });
  for (let i = found.length; i < items.length; i++) {
    const id = (items[i] as { id: string }).id;
    const attributes = lookup(id);
    if (attributes === undefined) throw new Error(`${what} "${id}" is not in the graph`);
    found.push(attributes);
  }
  return found;
}

function writeEdges(
  writer: XmlWriter,
  dataset: Dataset,
  graph: FaultlineGraph,
  markup: OntologyMarkup,
  dynamic: boolean,
): void {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const sourcesOf = sourcesMarkup(sources);
  writer.start("edges", [["count", String(dataset.claims.length)]]);
  const edges = attributesInOrder(
    dataset.claims,
    (callback) => graph.forEachEdge(callback),
    (id) => (graph.hasEdge(id) ? graph.getEdgeAttributes(id) : undefined),
    "claim",
  );
  for (const [index, claim] of dataset.claims.entries()) {
    const size = (edges[index] as ClaimAttributes).size;
    const relation = markup.relations.get(claim.relation);
    if (relation === undefined)
      throw new Error(`claim "${claim.id}" has unknown relation "${claim.relation}"`);
    const certainty = markup.certainties[claim.certainty];
    if (certainty === undefined)
      throw new Error(`claim "${claim.id}" has unknown certainty "${claim.certainty}"`);
    const span = dynamic && claim.start !== undefined ? xmlAttribute("start", firstDay(claim.start)) : "";
    const spanEnd = dynamic && claim.end !== undefined ? xmlAttribute("end", lastDay(claim.end)) : "";
    writer.line(
      `<edge${xmlAttribute("id", claim.id)}${xmlAttribute("source", claim.from)}${xmlAttribute("target", claim.to)}`,
      relation.tag,
      span,
      spanEnd,
      "><attvalues>",
      relation.attvalues,
      certainty.attvalue,
      attvalue(EDGE_ATTRIBUTES.start, claim.start),
      attvalue(EDGE_ATTRIBUTES.end, claim.end),
      attvalue(EDGE_ATTRIBUTES.evidence, evidenceJson(claim, sources)),
      sourcesOf(claim),
      attvalue(EDGE_ATTRIBUTES.quotes, claim.evidence.map(quoteLine).join("\n")),
      attvalue(EDGE_ATTRIBUTES.note, claim.note),
      "</attvalues>",
      relation.color,
      `<viz:thickness value="${formatNumber(Math.max(0, size), "thickness", claim.id)}"/>`,
      certainty.shape,
      "</edge>",
    );
  }
  writer.end();
}

/**
 * Writes the GEXF document to `sink` in blocks of about 256 K characters, in order: a caller
 * writing a file or making a Blob never needs the whole text as one string. Nodes and edges are
 * written one per line, with the markup that depends only on the ontology (kind, relation, colour,
 * shape) built once per kind: a large export is mostly these lines.
 */
export function writeGexf(
  loaded: LoadedDataset,
  graph: FaultlineGraph,
  options: GexfExportOptions,
  sink: TextSink,
): void {
  const dataset = datasetSubset(loaded, options.filter);
  const markup = ontologyMarkup(loaded.ontology);
  const writer = new XmlWriter(sink);
  writeHeader(writer, dataset, options);
  writeNodes(writer, dataset, graph, markup);
  writeEdges(writer, dataset, graph, markup, options.dynamic === true);
  writer.end();
  writer.end();
  writer.finish();
}

/** The GEXF document as blocks of text, in order (e.g. the parts of a Blob). */
export function exportGexfBlocks(
  loaded: LoadedDataset,
  graph: FaultlineGraph,
  options: GexfExportOptions = {},
): string[] {
  const blocks: string[] = [];
  writeGexf(loaded, graph, options, (block) => blocks.push(block));
  return blocks;
}

/** The GEXF document as one string. */
export function exportGexf(
  loaded: LoadedDataset,
  graph: FaultlineGraph,
  options: GexfExportOptions = {},
): string {
  return exportGexfBlocks(loaded, graph, options).join("");
}
