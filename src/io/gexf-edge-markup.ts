import { isQuoteEvidence, isTextSource } from "../model/evidence-kind";
import type { Claim, Evidence, Source } from "../model/types";
import { EDGE_ATTRIBUTES, type GexfAttributeSpec } from "./gexf-vocabulary";
import { isXmlSafe, xmlAttribute } from "./xml-write";

/**
 * The GEXF markup of a claim's evidence: the `evidence` JSON, the `sources` records and the
 * `quotes` lines of its edge (see EDGE_ATTRIBUTES), and `<attvalue>` itself.
 */

/** `<attvalue>` markup of a declared attribute; nothing for an absent value. */
export function attvalue(spec: GexfAttributeSpec, value: string | undefined): string {
  return value === undefined ? "" : `<attvalue for="${spec.id}"${xmlAttribute("value", value)}/>`;
}

/** JSON text for an XML attribute: U+FFFE/U+FFFF are valid JSON but not XML, so they are escaped. */
function jsonForXml(json: string): string {
  return /[\uFFFE\uFFFF]/.test(json)
    ? json.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    : json;
}

function sourceRecordJson(source: Source): string {
  const record: Record<string, string> = {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    date: source.date,
  };
  if (source.url !== undefined) record.url = source.url;
  if (!isTextSource(source)) record.licence = source.licence;
  if (source.language !== undefined) record.language = source.language;
  if (isTextSource(source)) record.text = source.text;
  return JSON.stringify(record);
}

/** Whether a quote comes back exactly from its line of the `quotes` attribute. */
function fitsOnQuoteLine(quote: string): boolean {
  return quote.indexOf("\n") === -1 && isXmlSafe(quote);
}

/** An evidence item's line of the `quotes` attribute: the quote, or a reference's note. */
export function quoteLine(evidence: Evidence): string {
  return isQuoteEvidence(evidence) ? evidence.quote : evidence.note;
}

/**
 * The evidence of a claim as compact JSON (see EDGE_ATTRIBUTES.evidence): source ids, attributions,
 * and the quotes themselves only where the `quotes` attribute cannot give them back exactly.
 */
export function evidenceJson(claim: Claim, sources: ReadonlyMap<string, Source>): string {
  const withQuotes = !claim.evidence.every((e) => fitsOnQuoteLine(quoteLine(e)));
  let json = "[";
  for (const [i, evidence] of claim.evidence.entries()) {
    if (!sources.has(evidence.source))
      throw new Error(`claim "${claim.id}" cites unknown source "${evidence.source}"`);
    json += `${i === 0 ? "" : ","}{"source":${JSON.stringify(evidence.source)}`;
    if (isQuoteEvidence(evidence)) {
      if (withQuotes) json += `,"quote":${JSON.stringify(evidence.quote)}`;
      if (evidence.attributedTo !== undefined)
        json += `,"attributedTo":${JSON.stringify(evidence.attributedTo)}`;
    } else {
      // A reference item always carries its words: its line in `quotes` is only for reading.
      json += `,"locator":${JSON.stringify(evidence.locator)},"note":${JSON.stringify(evidence.note)}`;
      if (evidence.stance !== undefined) json += `,"stance":${JSON.stringify(evidence.stance)}`;
    }
    json += "}";
  }
  return jsonForXml(`${json}]`);
}

/**
 * The `sources` attribute of a claim's edge: the whole record of every source it cites. Each edge
 * carries its own, so deleting any edge in Gephi loses no source another edge cites. The markup is
 * made once per set of cited sources (most claims cite one) and reused by every edge citing it.
 */
export function sourcesMarkup(sources: ReadonlyMap<string, Source>): (claim: Claim) => string {
  const byCited = new Map<string, string>();
  return (claim) => {
    // A claim cites one source or a few: a list is the cheapest set.
    const cited: string[] = [];
    for (const evidence of claim.evidence) if (!cited.includes(evidence.source)) cited.push(evidence.source);
    const key = cited.length === 1 ? (cited[0] as string) : cited.join("\n");
    let markup = byCited.get(key);
    if (markup === undefined) {
      const records: string[] = [];
      for (const id of cited) {
        const source = sources.get(id);
        if (source !== undefined) records.push(sourceRecordJson(source));
      }
      markup = attvalue(
        EDGE_ATTRIBUTES.sources,
        records.length === 0 ? undefined : jsonForXml(`[${records.join(",")}]`),
      );
      byCited.set(key, markup);
    }
    return markup;
  };
}
