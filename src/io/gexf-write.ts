import { firstDay, isPartialDate, lastDay } from "../model/dates";
import type { GraphFilter } from "../model/filter";
import type { Claim, Dataset, FaultlineGraph, LoadedDataset, Source } from "../model/types";
import { datasetSubset } from "./dataset-subset";
import {
  CERTAINTY_EDGE_SHAPE,
  CREATOR,
  EDGE_ATTRIBUTES,
  FAULTLINE_VARIANT,
  GEXF_NAMESPACE,
  type GexfAttributeSpec,
  NODE_ATTRIBUTES,
  VIZ_NAMESPACE,
} from "./gexf-vocabulary";
import { type XmlAttributes, XmlWriter } from "./xml-write";

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

function formatNumber(value: number, what: string): string {
  if (!Number.isFinite(value)) throw new Error(`cannot export ${what}: ${value} is not a finite number`);
  return String(value);
}

function rgb(hex: string): XmlAttributes {
  const m = /^#([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})$/.exec(hex);
  if (!m) throw new Error(`cannot export colour ${JSON.stringify(hex)}: expected #rrggbb`);
  return [
    ["r", String(Number.parseInt(m[1]!, 16))],
    ["g", String(Number.parseInt(m[2]!, 16))],
    ["b", String(Number.parseInt(m[3]!, 16))],
  ];
}

/** The dataset title, then the description after a blank line; the reader splits at the first blank line. */
export function gexfDescription(dataset: Dataset): string {
  return dataset.description === undefined ? dataset.title : `${dataset.title}\n\n${dataset.description}`;
}

function sourceRecord(source: Source): Record<string, string> {
  const record: Record<string, string> = {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    date: source.date,
  };
  if (source.url !== undefined) record.url = source.url;
  if (source.language !== undefined) record.language = source.language;
  record.text = source.text;
  return record;
}

/** The evidence of a claim as JSON, each quote with its whole source record (the GEXF has no other place for sources). */
export function evidenceJson(claim: Claim, sources: ReadonlyMap<string, Source>): string {
  return JSON.stringify(
    claim.evidence.map((evidence) => {
      const source = sources.get(evidence.source);
      if (source === undefined)
        throw new Error(`claim "${claim.id}" cites unknown source "${evidence.source}"`);
      const item: Record<string, unknown> = { quote: evidence.quote };
      if (evidence.attributedTo !== undefined) item.attributedTo = evidence.attributedTo;
      item.source = sourceRecord(source);
      return item;
    }),
    // U+FFFE/U+FFFF are valid JSON but not XML: escaped, a quote holding one survives the round trip.
  ).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

function lastModifiedDate(dataset: Dataset, now: string | undefined): string | undefined {
  if (now !== undefined) {
    if (!FULL_DATE.test(now) || !isPartialDate(now)) {
      throw new Error(`"now" must be a date as YYYY-MM-DD, got ${JSON.stringify(now)}`);
    }
    return now;
  }
  // Only cited sources count: they are what the file carries, so a re-export of an import agrees.
  const cited = new Set(dataset.claims.flatMap((c) => c.evidence.map((e) => e.source)));
  const days = dataset.sources.filter((s) => cited.has(s.id)).map((s) => firstDay(s.date));
  return days.sort().at(-1);
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

function writeAttvalues(
  writer: XmlWriter,
  values: readonly (readonly [GexfAttributeSpec, string | undefined])[],
) {
  writer.start("attvalues");
  for (const [spec, value] of values) {
    if (value !== undefined) {
      writer.empty("attvalue", [
        ["for", spec.id],
        ["value", value],
      ]);
    }
  }
  writer.end();
}

/** The time bounds of the dated claims, for Gephi's timeline. */
function timeBounds(claims: readonly Claim[]): { start?: string; end?: string } {
  const dates = claims.flatMap((c) => [c.start, c.end]).filter((d): d is string => d !== undefined);
  if (dates.length === 0) return {};
  // YYYY-MM-DD strings sort chronologically.
  return { start: dates.map(firstDay).sort()[0], end: dates.map(lastDay).sort().at(-1) };
}

export function exportGexf(
  loaded: LoadedDataset,
  graph: FaultlineGraph,
  options: GexfExportOptions = {},
): string {
  const { ontology } = loaded;
  const dataset = datasetSubset(loaded, options.filter);
  const dynamic = options.dynamic === true;
  const nodeKinds = new Map(ontology.nodeKinds.map((k) => [k.id, k]));
  const relationKinds = new Map(ontology.relationKinds.map((r) => [r.id, r]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));

  const writer = new XmlWriter();
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
  declareAttributes(writer, "edge", Object.values(EDGE_ATTRIBUTES));

  writer.start("nodes", [["count", String(dataset.actors.length)]]);
  for (const actor of dataset.actors) {
    if (!graph.hasNode(actor.id)) throw new Error(`actor "${actor.id}" is not in the graph`);
    const node = graph.getNodeAttributes(actor.id);
    const kind = nodeKinds.get(actor.kind);
    if (kind === undefined) throw new Error(`actor "${actor.id}" has unknown kind "${actor.kind}"`);
    writer.start("node", [
      ["id", actor.id],
      ["label", actor.label],
    ]);
    writeAttvalues(writer, [
      [NODE_ATTRIBUTES.kind, actor.kind],
      [NODE_ATTRIBUTES.kindLabel, kind.label],
      [NODE_ATTRIBUTES.aliases, actor.aliases === undefined ? undefined : JSON.stringify(actor.aliases)],
      [NODE_ATTRIBUTES.description, actor.description],
      [
        NODE_ATTRIBUTES.lat,
        actor.coordinates && formatNumber(actor.coordinates.lat, `latitude of "${actor.id}"`),
      ],
      [
        NODE_ATTRIBUTES.lon,
        actor.coordinates && formatNumber(actor.coordinates.lon, `longitude of "${actor.id}"`),
      ],
    ]);
    writer.empty("viz:color", rgb(kind.color));
    writer.empty("viz:position", [
      ["x", formatNumber(node.x, `x of "${actor.id}"`)],
      ["y", formatNumber(node.y, `y of "${actor.id}"`)],
    ]);
    writer.empty("viz:size", [["value", formatNumber(Math.max(0, node.size), `size of "${actor.id}"`)]]);
    writer.empty("viz:shape", [["value", kind.shape]]);
    writer.end();
  }
  writer.end();

  writer.start("edges", [["count", String(dataset.claims.length)]]);
  for (const claim of dataset.claims) {
    if (!graph.hasEdge(claim.id)) throw new Error(`claim "${claim.id}" is not in the graph`);
    const edge = graph.getEdgeAttributes(claim.id);
    const relation = relationKinds.get(claim.relation);
    if (relation === undefined)
      throw new Error(`claim "${claim.id}" has unknown relation "${claim.relation}"`);
    writer.start("edge", [
      ["id", claim.id],
      ["source", claim.from],
      ["target", claim.to],
      // GEXF 1.3's edge kind types parallel edges; NetworkX drops it, hence also the relation attribute.
      ["kind", relation.id],
      ["label", relation.label],
      ["start", dynamic && claim.start !== undefined ? firstDay(claim.start) : undefined],
      ["end", dynamic && claim.end !== undefined ? lastDay(claim.end) : undefined],
    ]);
    writeAttvalues(writer, [
      [EDGE_ATTRIBUTES.claim, claim.id],
      [EDGE_ATTRIBUTES.relation, relation.id],
      [EDGE_ATTRIBUTES.relationLabel, relation.label],
      [EDGE_ATTRIBUTES.directed, String(relation.directed)],
      [EDGE_ATTRIBUTES.certainty, claim.certainty],
      [EDGE_ATTRIBUTES.start, claim.start],
      [EDGE_ATTRIBUTES.end, claim.end],
      [EDGE_ATTRIBUTES.evidence, evidenceJson(claim, sources)],
      [EDGE_ATTRIBUTES.quotes, claim.evidence.map((e) => e.quote).join("\n")],
      [EDGE_ATTRIBUTES.note, claim.note],
    ]);
    writer.empty("viz:color", rgb(relation.color));
    writer.empty("viz:thickness", [
      ["value", formatNumber(Math.max(0, edge.size), `thickness of "${claim.id}"`)],
    ]);
    writer.empty("viz:shape", [["value", CERTAINTY_EDGE_SHAPE[claim.certainty]]]);
    writer.end();
  }
  writer.end();

  writer.end();
  writer.end();
  return writer.toString();
}
