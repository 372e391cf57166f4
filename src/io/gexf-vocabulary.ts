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
} as const satisfies Record<string, GexfAttributeSpec>;

export const EDGE_ATTRIBUTES = {
  claim: { id: "claim", title: "claim", type: "string" },
  relation: { id: "relation", title: "relation", type: "string" },
  relationLabel: { id: "relation-label", title: "relation label", type: "string" },
  /** false for symmetric relations (see the edge direction note in gexf-write.ts). */
  directed: { id: "directed", title: "directed", type: "boolean" },
  certainty: { id: "certainty", title: "certainty", type: "string" },
  /** The claim's partial dates as written ("2024-12"); `start`/`end` XML attributes hold full days. */
  /** Not titled "start"/"end": NetworkX stores dynamic edge bounds under those keys and would overwrite them. */
  start: { id: "start-date", title: "start date", type: "string" },
  end: { id: "end-date", title: "end date", type: "string" },
  /** JSON array of {quote, attributedTo?, source: {id, title, publisher, date, url?, language?, text}}. */
  evidence: { id: "evidence", title: "evidence", type: "string" },
  /** The quotes as plain text, one per line, for reading in Gephi's data table. */
  quotes: { id: "quotes", title: "quotes", type: "string" },
  note: { id: "note", title: "note", type: "string" },
} as const satisfies Record<string, GexfAttributeSpec>;

/** Edge viz shape by certainty: Gephi can draw doubt. */
export const CERTAINTY_EDGE_SHAPE = { stated: "solid", implied: "dashed", disputed: "dotted" } as const;
