import { isId, slugify } from "../model/ids";
import { importOntology, RELATED_RELATION, ruleBreaks, UNKNOWN_KIND } from "../model/import-ontology";
import { MAX_GEXF_BYTES, sizeLimitError } from "../model/size-limits";
import type { Dataset, InputError, LoadedDataset, Ontology } from "../model/types";
import { validateDataset } from "../model/validate";
import { type GexfMapping, mappingReaders } from "./gexf-mapping";
import { type Declarations, readDeclarations } from "./gexf-read-attributes";
import { EdgeReader } from "./gexf-read-edges";
import { basename, inert, OntologyMiss, ReadLog, shown } from "./gexf-read-log";
import { type GexfNamespaces, NodeReader } from "./gexf-read-nodes";
import { GEXF_12_NAMESPACE, GEXF_NAMESPACE, VIZ_12_NAMESPACE, VIZ_NAMESPACE } from "./gexf-vocabulary";
import { parseXml } from "./xml-parse";
import { attributeValue, childElement, textContent, type XmlElement } from "./xml-tree";

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
 * - With a mapping (gexf-mapping.ts, the explorer's dialog for files from other tools), the kind and
 *   relation come from the attributes it names; what it cannot tell is "unknown" / "related", never
 *   a guess, and the dataset gets an ontology made for it (import-ontology.ts).
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
  /**
   * For a foreign file: where kinds and relations come from (gexf-mapping.ts). With a mapping, a
   * node or edge the mapping cannot tell is "unknown" or "related" instead of an error, and the
   * dataset comes with the ontology made for it (import-ontology.ts).
   */
  mapping?: GexfMapping;
  /**
   * Stop at the first node kind or relation the ontology does not have, rather than list them all:
   * for a caller that then opens the file with a mapping (gexf-open.ts). The result says so.
   */
  stopAtOntologyMiss?: boolean;
}

export type GexfImportResult =
  | { ok: true; value: LoadedDataset; warnings: string[] }
  | {
      ok: false;
      errors: InputError[];
      /** Set when `stopAtOntologyMiss` stopped the reading: the errors are the first one only. */
      stoppedAtOntologyMiss?: true;
    };

/**
 * Larger texts are refused before parsing (size-limits.ts says why 256 MB). Readers that know the
 * file's size refuse it before reading; this check on the text is the last line of defence.
 */
export const MAX_GEXF_CHARACTERS = MAX_GEXF_BYTES;

/**
 * One pass over the file: the parser hands over each `<node>` and `<edge>` of the first graph as it
 * completes it, the node and edge readers turn it into an actor or a claim, and the element is let
 * go, so a large file never exists as a whole element tree. Attributes, nodes, edges and dynamics
 * are read in their own modules (gexf-read-*.ts).
 */
class GexfReader {
  readonly log: ReadLog;
  private readonly ns: GexfNamespaces = { gexf: GEXF_NAMESPACE, viz: VIZ_NAMESPACE };
  readonly nodes: NodeReader;
  readonly edges: EdgeReader;

  private rootAccepted: boolean | undefined;
  private root: XmlElement | undefined;
  private graph: XmlElement | undefined;
  private nodesElement: XmlElement | undefined;
  private edgesElement: XmlElement | undefined;
  private declared: Declarations | undefined;

  constructor(
    private readonly file: string,
    private readonly xml: string,
    ontology: Ontology,
    options: GexfImportOptions,
  ) {
    this.log = new ReadLog(file, options.stopAtOntologyMiss === true);
    const mapped = options.mapping && mappingReaders(ontology, options.mapping);
    this.nodes = new NodeReader(ontology, this.ns, this.log, mapped?.kind);
    this.edges = new EdgeReader({
      file,
      xml,
      ontology,
      ns: this.ns,
      log: this.log,
      nodeIds: this.nodes.ids,
      meta: () => this.root && childElement(this.root, this.ns.gexf, "meta"),
      sourceTexts: options.sourceTexts,
      today: options.today,
      mappedRelation: mapped?.relation,
    });
  }

  read(): { dataset: Dataset; sourceTexts: Record<string, string> } | undefined {
    const parsed = parseXml(this.xml, {
      onElement: (element, ancestors) => this.consume(element, ancestors),
    });
    if (!parsed.ok) {
      // A file that is not well-formed gets that one error, not what was read before the break.
      this.log.errors.length = 0;
      const { line, column, message } = parsed.error;
      this.log.errors.push({
        file: this.file,
        path: `line ${line}, column ${column}`,
        message: inert(`invalid XML: ${message}`),
      });
      return undefined;
    }
    const root = parsed.root;
    this.root = root;
    this.rootAccepted ??= this.checkRoot(root);
    if (!this.rootAccepted) return undefined;
    const graph = this.graph ?? childElement(root, this.ns.gexf, "graph");
    if (graph === undefined) {
      this.log.error(root, "no <graph> element");
      return undefined;
    }
    this.nodes.finish();
    this.edges.finish();
    const meta = childElement(root, this.ns.gexf, "meta");
    const described = meta && childElement(meta, this.ns.gexf, "description");
    const keywords = meta && childElement(meta, this.ns.gexf, "keywords");
    const { title, description } = splitDescription(
      described ? textContent(described) : "",
      basename(this.file),
    );
    const keywordId = keywords ? textContent(keywords).trim() : "";
    const dataset: Dataset = {
      id: isId(keywordId) ? keywordId : slugify(basename(this.file).replace(/\.gexf$/i, ""), "imported"),
      title,
      sources: this.edges.sources,
      actors: this.nodes.actors,
      claims: this.edges.claims,
    };
    if (description !== undefined) dataset.description = description;
    if (Object.keys(this.nodes.layout).length > 0) dataset.layout = this.nodes.layout;
    return { dataset, sourceTexts: this.edges.sourceTexts };
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
    if (!this.rootAccepted || element.ns !== this.ns.gexf) return false;
    if (graph.ns !== this.ns.gexf || graph.local !== "graph" || container.ns !== this.ns.gexf) return false;
    // A graph or container completed earlier is the first one: elements of any later one stay unread.
    this.graph ??= childElement(root, this.ns.gexf, "graph") ?? graph;
    if (graph !== this.graph) return false;
    if (element.local === "node" && container.local === "nodes") {
      this.nodesElement ??= childElement(graph, this.ns.gexf, "nodes") ?? container;
      if (container !== this.nodesElement) return false;
      this.declared ??= readDeclarations(graph, this.ns.gexf);
      this.nodes.read(element, this.declared.node);
      return true;
    }
    if (element.local === "edge" && container.local === "edges") {
      this.edgesElement ??= childElement(graph, this.ns.gexf, "edges") ?? container;
      if (container !== this.edgesElement) return false;
      this.declared ??= readDeclarations(graph, this.ns.gexf);
      this.edges.read(element, this.declared.edge);
      return true;
    }
    return false;
  }

  private checkRoot(root: XmlElement): boolean {
    const version = attributeValue(root, "version");
    if (root.local !== "gexf") {
      this.log.error(
        root,
        `the root element is <${shown(root.name).slice(1, -1)}>, not <gexf>: this is not a GEXF file`,
      );
      return false;
    }
    if (root.ns === GEXF_NAMESPACE && version === "1.3") return true;
    if (root.ns === GEXF_12_NAMESPACE && version === "1.2") {
      this.ns.gexf = GEXF_12_NAMESPACE;
      this.ns.viz = VIZ_12_NAMESPACE;
      return true;
    }
    this.log.error(
      root,
      `unsupported GEXF: namespace ${shown(root.ns ?? "")} with version ${shown(version ?? "")}; ` +
        `expected version "1.3" in namespace "${GEXF_NAMESPACE}" (or "1.2" in "${GEXF_12_NAMESPACE}")`,
    );
    return false;
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
  const place = m && (m[1] === "actors" ? reader.nodes.places : reader.edges.places)[Number(m[2])];
  if (!place) return { ...error, message: inert(error.message) };
  return {
    ...error,
    path: `line ${place.line}, column ${place.column}`,
    message: inert(`${error.message} (${error.path})`),
  };
}

/** What a mapped import made of the file, in words. */
function mappingWarnings(dataset: Dataset, ontology: Ontology): string[] {
  const unknown = dataset.actors.filter((actor) => actor.kind === UNKNOWN_KIND).length;
  const related = dataset.claims.filter((claim) => claim.relation === RELATED_RELATION).length;
  const breaks = ruleBreaks(dataset, ontology).length;
  const warnings: string[] = [];
  if (unknown > 0) warnings.push(`${unknown} node(s) of unknown kind`);
  if (related > 0)
    warnings.push(`${related} edge(s) with no relation of the ontology, imported as "related"`);
  if (breaks > 0) warnings.push(`${breaks} claim(s) break the ontology's kind rules`);
  return warnings;
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
  let read: ReturnType<GexfReader["read"]>;
  try {
    read = reader.read();
  } catch (error) {
    if (!(error instanceof OntologyMiss)) throw error;
    return { ok: false, errors: reader.log.errors, stoppedAtOntologyMiss: true };
  }
  if (read === undefined || reader.log.errors.length > 0) return { ok: false, errors: reader.log.errors };
  // A mapped file is checked against the ontology made for it; its rule breaks are listed, not refused.
  const target = options.mapping ? importOntology(ontology, read.dataset) : ontology;
  const checked = validateDataset(read.dataset, {
    file,
    ontology: target,
    sourceTexts: read.sourceTexts,
    verbatim: reader.edges.verbatim,
  });
  if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => locate(e, reader)) };
  const value: LoadedDataset = {
    file,
    dataset: checked.dataset,
    ontology: target,
    sourceTexts: read.sourceTexts,
  };
  const warnings = reader.log.warnings.map(inert);
  if (options.mapping) {
    value.mappedOnto = ontology;
    warnings.push(...mappingWarnings(checked.dataset, ontology));
  }
  return { ok: true, value, warnings };
}
