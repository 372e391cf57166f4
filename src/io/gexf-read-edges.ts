import { CERTAINTIES, isCertainty } from "../model/certainty";
import { isPartialDate } from "../model/dates";
import { isQuoteEvidence, isTextSource } from "../model/evidence-kind";
import { IdAllocator, slugify, uniqueId } from "../model/ids";
import { type OntologyIndex, ontologyIndex } from "../model/ontology-index";
import type { Certainty, Claim, Evidence, Ontology, Source } from "../model/types";
import { type Declarations, valuesByTitle } from "./gexf-read-attributes";
import { dynamicBound } from "./gexf-read-dynamics";
import { basename, edgeName, type Place, placeOf, type ReadLog, shown } from "./gexf-read-log";
import type { GexfNamespaces } from "./gexf-read-nodes";
import { parseEvidence, parseSources, sameSource } from "./gexf-read-sources";
import { EDGE_ATTRIBUTES } from "./gexf-vocabulary";
import { attributeValue, childElement, textContent, type XmlElement } from "./xml-tree";

export interface EdgeReaderInput {
  file: string;
  /** The whole file: a plain edge quotes its own start tag from it. */
  xml: string;
  ontology: Ontology;
  ns: GexfNamespaces;
  log: ReadLog;
  /** The file's node id -> actor id, from the nodes read before the edges. */
  nodeIds: ReadonlyMap<string, string>;
  /** The `<meta>` of the file, for the source that stands for a plain file. */
  meta(): XmlElement | undefined;
  /** Full source texts, by source id or `text` path. */
  sourceTexts: Record<string, string> | undefined;
  today: string | undefined;
  /** A foreign file's mapping (gexf-mapping.ts): the relation of each edge, replacing our rules. */
  mappedRelation?: ((edge: XmlElement, values: ReadonlyMap<string, string>) => string) | undefined;
}

/**
 * Reads `<edge>` elements into claims as the parser completes them: the relation (by our attribute,
 * the edge kind or a label), the endpoints, certainty, dates, and the evidence with the source
 * records it cites. A plain edge (no evidence) cites the file itself, quoting its own start tag.
 */
export class EdgeReader {
  readonly claims: Claim[] = [];
  readonly sources: Source[] = [];
  /** Where each claim came from, to place validation errors in the file. */
  readonly places: Place[] = [];
  /** The text each source's quotes are checked against. */
  readonly sourceTexts: Record<string, string> = {};
  private readonly sourceById = new Map<string, Source>();
  private readonly allocator = new IdAllocator("claim");
  private readonly relations: OntologyIndex;
  private fileSource: Source | undefined;
  private plain = 0;
  /** Evidence read from the file, checked once every edge has described its sources. */
  private readonly cited: { place: Place; rawId: string; evidence: Evidence[] }[] = [];
  /** Evidence whose quote is cut from its source's own text (see DatasetContext.verbatim). */
  readonly verbatim = new Set<object>();

  constructor(private readonly input: EdgeReaderInput) {
    this.relations = ontologyIndex(input.ontology);
  }

  read(edge: XmlElement, declared: Declarations["edge"]): void {
    const { log } = this.input;
    const values = valuesByTitle(edge, declared, this.input.ns.gexf);
    const rawId =
      values.get(EDGE_ATTRIBUTES.claim.title) ??
      attributeValue(edge, "id") ??
      `claim-${this.claims.length + 1}`;
    const from = this.endpoint(edge, "source", rawId);
    const to = this.endpoint(edge, "target", rawId);
    const relation = this.relationOf(edge, rawId, values);
    const certainty = this.certaintyOf(edge, rawId, values);
    const evidence = this.evidenceOf(edge, rawId, values);
    const claim: Claim = {
      id: this.allocator.allocate(rawId),
      from: from ?? "",
      relation: relation ?? "",
      to: to ?? "",
      evidence,
      certainty,
    };
    const start = values.get(EDGE_ATTRIBUTES.start.title) ?? dynamicBound(edge, "start", log);
    const end = values.get(EDGE_ATTRIBUTES.end.title) ?? dynamicBound(edge, "end", log);
    if (start !== undefined) claim.start = start;
    if (end !== undefined) claim.end = end;
    const note = values.get(EDGE_ATTRIBUTES.note.title);
    if (note !== undefined) claim.note = note;
    this.claims.push(claim);
    this.places.push(placeOf(edge));
  }

  /** Checks every citation against the sources the edges described, and gives each source a text. */
  finish(): void {
    const { log } = this.input;
    const citedBySource = new Map<string, Evidence[]>();
    for (const { place, rawId, evidence } of this.cited) {
      for (const item of evidence) {
        if (!this.sourceById.has(item.source)) {
          log.error(
            place,
            `${edgeName(rawId)}: evidence cites source ${shown(item.source)}, which no edge describes`,
          );
          continue;
        }
        if (!isQuoteEvidence(item)) continue;
        const items = citedBySource.get(item.source);
        if (items === undefined) citedBySource.set(item.source, [item]);
        else items.push(item);
      }
    }
    for (const source of this.sources) {
      if (source === this.fileSource || !isTextSource(source)) continue;
      const given = this.input.sourceTexts?.[source.id] ?? this.input.sourceTexts?.[source.text];
      // Without the article, the quotes cited from it are all the text the file vouches for (so
      // each of them is in that text by construction).
      const cited = citedBySource.get(source.id) ?? [];
      if (given === undefined) for (const item of cited) this.verbatim.add(item);
      this.sourceTexts[source.id] = given ?? cited.map((item) => item.quote).join("\n\n[…]\n\n");
    }
    if (this.plain > 0) {
      log.warn(
        `${this.plain} edge(s) had no Faultline evidence: each cites the imported file (source "${this.fileSource?.id}") with its own <edge> tag as quote`,
      );
    }
    if (this.allocator.rewritten > 0)
      log.warn(`${this.allocator.rewritten} edge id(s) were rewritten as Faultline claim ids`);
  }

  private relationOf(edge: XmlElement, rawId: string, values: Map<string, string>): string | undefined {
    if (this.input.mappedRelation) return this.input.mappedRelation(edge, values);
    const names = [
      values.get(EDGE_ATTRIBUTES.relation.title),
      attributeValue(edge, "kind"),
      values.get(EDGE_ATTRIBUTES.relationLabel.title),
      attributeValue(edge, "label"),
    ];
    for (const name of names) {
      const relation = this.relationNamed(name);
      if (relation !== undefined) return relation;
    }
    const given = names.filter((v): v is string => v !== undefined);
    const named = given.length > 0 ? ` (it names ${given.map(shown).join(", ")})` : "";
    this.input.log.ontologyMiss(
      edge,
      `${edgeName(rawId)}: no relation of the ontology${named}; give it a "relation" attribute or an edge kind among: ${this.relations.relationIds.join(", ")}`,
    );
    return undefined;
  }

  /** The relation a name in the file stands for: a relation id, or a relation label in any case. */
  private relationNamed(name: string | undefined): string | undefined {
    if (name === undefined) return undefined;
    return (this.relations.relation(name) ?? this.relations.relationByLabel(name))?.id;
  }

  private certaintyOf(edge: XmlElement, rawId: string, values: Map<string, string>): Certainty {
    const value = values.get(EDGE_ATTRIBUTES.certainty.title);
    if (value === undefined) return "implied";
    if (isCertainty(value)) return value;
    this.input.log.error(
      edge,
      `${edgeName(rawId)}: certainty must be one of ${CERTAINTIES.join(", ")}, not ${shown(value)}`,
    );
    return "implied";
  }

  private evidenceOf(edge: XmlElement, rawId: string, values: Map<string, string>): Evidence[] {
    const { log } = this.input;
    const sourcesText = values.get(EDGE_ATTRIBUTES.sources.title);
    if (sourcesText !== undefined) {
      const parsed = parseSources(sourcesText);
      if (typeof parsed === "string") log.error(edge, `${edgeName(rawId)}: sources: ${parsed}`);
      else for (const record of parsed) this.addSource(record, edge);
    }
    const evidenceText = values.get(EDGE_ATTRIBUTES.evidence.title);
    if (evidenceText !== undefined) {
      const parsed = parseEvidence(evidenceText, values.get(EDGE_ATTRIBUTES.quotes.title));
      if (typeof parsed === "string") {
        log.error(edge, `${edgeName(rawId)}: evidence: ${parsed}`);
        return [];
      }
      for (const item of parsed) if (item.source !== undefined) this.addSource(item.source, edge);
      const evidence = parsed.map((item) => item.evidence);
      this.cited.push({ place: placeOf(edge), rawId, evidence });
      return evidence;
    }
    this.plain++;
    this.fileSource ??= this.makeFileSource();
    this.addSource(this.fileSource, edge);
    this.sourceTexts[this.fileSource.id] = this.input.xml;
    const own: Evidence = {
      source: this.fileSource.id,
      quote: this.input.xml.slice(edge.startTag.from, edge.startTag.to),
    };
    this.verbatim.add(own);
    return [own];
  }

  private addSource(record: Source, edge: XmlElement): void {
    const known = this.sourceById.get(record.id);
    if (known === undefined) {
      this.sourceById.set(record.id, record);
      this.sources.push(record);
    } else if (!sameSource(known, record)) {
      this.input.log.error(edge, `source ${shown(record.id)} is described differently by two edges`);
    }
  }

  private endpoint(edge: XmlElement, which: "source" | "target", rawId: string): string | undefined {
    const raw = attributeValue(edge, which);
    if (raw === undefined) {
      this.input.log.error(edge, `${edgeName(rawId)}: no ${which}`);
      return undefined;
    }
    const id = this.input.nodeIds.get(raw);
    if (id === undefined)
      this.input.log.error(edge, `${edgeName(rawId)}: ${which} ${shown(raw)} is not a node of the file`);
    return id;
  }

  /** The source standing for the imported file itself, for edges that carry no evidence. */
  private makeFileSource(): Source {
    const { ns } = this.input;
    const meta = this.input.meta();
    const name = basename(this.input.file);
    const id = uniqueId(
      `gexf-${slugify(name.replace(/\.gexf$/i, ""), "import")}`,
      new Set(this.sourceById.keys()),
    );
    const creator = meta && childElement(meta, ns.gexf, "creator");
    const modified = meta && attributeValue(meta, "lastmodifieddate");
    const date =
      modified !== undefined && isPartialDate(modified)
        ? modified
        : (this.input.today ?? new Date().toISOString().slice(0, 10));
    const publisher = creator ? textContent(creator).trim() : "";
    return { id, title: name, publisher: publisher === "" ? "unknown" : publisher, date, text: name };
  }
}
