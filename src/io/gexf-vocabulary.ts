/**
 * The GEXF dialect Faultline writes and reads back: namespaces and the declared node/edge
 * attributes. Writer and reader share these so they cannot drift apart.
 */

export const GEXF_NAMESPACE = "http://gexf.net/1.3";
export const VIZ_NAMESPACE = "http://gexf.net/1.3/viz";
/** Gephi before 0.9.3 writes 1.2draft; its layout is the same for what we read. */
export const GEXF_12_NAMESPACE = "http://www.gexf.net/1.2draft";
export const VIZ_12_NAMESPACE = "http://www.gexf.net/1.2draft/viz";

/** Marks files written by Faultline (GEXF's `variant` attribute names a dialect). */
export const FAULTLINE_VARIANT = "faultline";
export const CREATOR = "Faultline";

export type GexfAttributeType = "string" | "double" | "boolean";

export interface GexfAttributeSpec {
  /** Attribute id in the file. */
  id: string;
  /** Title: what Gephi shows and NetworkX uses as the key. */
  title: string;
  type: GexfAttributeType;
}

export const NODE_ATTRIBUTES = {
  kind: { id: "kind", title: "kind", type: "string" },
  kindLabel: { id: "kind-label", title: "kind label", type: "string" },
  /** JSON array text: unambiguous, where "liststring" separators differ between tools. */
  aliases: { id: "aliases", title: "aliases", type: "string" },
  description: { id: "description", title: "description", type: "string" },
  lat: { id: "lat", title: "lat", type: "double" },
  lon: { id: "lon", title: "lon", type: "double" },
  /** The actor's span (founded / dissolved) as written ("2016-07"); same titles as the edge dates. */
  start: { id: "start-date", title: "start date", type: "string" },
  end: { id: "end-date", title: "end date", type: "string" },
} as const satisfies Record<string, GexfAttributeSpec>;

export const EDGE_ATTRIBUTES = {
  /**
   * Read only: files written before the compact format repeated the edge id as `claim` and the edge
   * label as `relation label`. Every reader (Gephi, NetworkX, graphology-gexf) reads id and label.
   */
  claim: { id: "claim", title: "claim", type: "string" },
  relation: { id: "relation", title: "relation", type: "string" },
  /** Read only, see `claim`. */
  relationLabel: { id: "relation-label", title: "relation label", type: "string" },
  /** false for symmetric relations (see the edge direction note in gexf-write.ts). */
  directed: { id: "directed", title: "directed", type: "boolean" },
  certainty: { id: "certainty", title: "certainty", type: "string" },
  /** The claim's partial dates as written ("2024-12"); `start`/`end` XML attributes hold full days. */
  /** Not titled "start"/"end": NetworkX stores dynamic edge bounds under those keys and would overwrite them. */
  start: { id: "start-date", title: "start date", type: "string" },
  end: { id: "end-date", title: "end date", type: "string" },
  /**
   * JSON array, one item per evidence item: {source: "<source id>", attributedTo?, quote?} citing a
   * text, or {source, locator, note, stance?} citing a reference. `quote` is left out when the
   * `quotes` attribute, split at line breaks, gives every quote back exactly (no line of the claim
   * holds a line break or a character XML cannot carry); otherwise every quote item has it.
   * Files written before the compact format have {quote, attributedTo?, source: {...whole record}}.
   */
  evidence: { id: "evidence", title: "evidence", type: "string" },
  /**
   * JSON array of the whole records {id, title, publisher, date, url?, language?, text} (a text)
   * or {id, title, publisher, date, url, licence, language?} (a reference) of every source this
   * edge cites, so that deleting edges in another tool (Gephi) never loses a source the remaining
   * edges cite. Files written before this described each source once, on the first edge citing
   * it; the reader takes a source's record from any edge that carries it.
   */
  sources: { id: "sources", title: "sources", type: "string" },
  /** The quotes (a reference's note) as plain text, one per line, for reading in Gephi's data table. */
  quotes: { id: "quotes", title: "quotes", type: "string" },
  note: { id: "note", title: "note", type: "string" },
} as const satisfies Record<string, GexfAttributeSpec>;

/** The edge attributes the writer declares, in file order (the rest are read from older files). */
export const WRITTEN_EDGE_ATTRIBUTES: readonly GexfAttributeSpec[] = [
  EDGE_ATTRIBUTES.relation,
  EDGE_ATTRIBUTES.directed,
  EDGE_ATTRIBUTES.certainty,
  EDGE_ATTRIBUTES.start,
  EDGE_ATTRIBUTES.end,
  EDGE_ATTRIBUTES.evidence,
  EDGE_ATTRIBUTES.sources,
  EDGE_ATTRIBUTES.quotes,
  EDGE_ATTRIBUTES.note,
];

/** Edge viz shape by certainty: Gephi can draw doubt. */
export const CERTAINTY_EDGE_SHAPE = { stated: "solid", implied: "dashed", disputed: "dotted" } as const;
