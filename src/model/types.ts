import type { MultiDirectedGraph } from "graphology";
import type { z } from "zod";
import type {
  actorSchema,
  certaintySchema,
  claimSchema,
  datasetSchema,
  nodeKindSchema,
  nodeShape,
  ontologySchema,
  quoteEvidenceSchema,
  referenceEvidenceSchema,
  referenceSourceSchema,
  relationKindSchema,
  textSourceSchema,
} from "./schema";

export type NodeShape = z.infer<typeof nodeShape>;
export type NodeKind = z.infer<typeof nodeKindSchema>;
export type RelationKind = z.infer<typeof relationKindSchema>;
export type Ontology = z.infer<typeof ontologySchema>;
/*
 * Sources and evidence are unions of two kinds. Each kind names the other's fields as `never`, so
 * code may read `source.text` or `evidence.quote` on either (undefined on the other kind) and still
 * narrow with `isTextSource` / `isQuoteEvidence` (evidence-kind.ts).
 */
export type TextSource = z.infer<typeof textSourceSchema> & { licence?: never };
export type ReferenceSource = z.infer<typeof referenceSourceSchema> & { text?: never };
export type Source = TextSource | ReferenceSource;
export type Actor = z.infer<typeof actorSchema>;
export type QuoteEvidence = z.infer<typeof quoteEvidenceSchema> & {
  locator?: never;
  note?: never;
  stance?: never;
};
export type ReferenceEvidence = z.infer<typeof referenceEvidenceSchema> & {
  quote?: never;
  attributedTo?: never;
};
export type Evidence = QuoteEvidence | ReferenceEvidence;
export type Certainty = z.infer<typeof certaintySchema>;
export type Claim = Omit<z.infer<typeof claimSchema>, "evidence"> & { evidence: Evidence[] };
export type Dataset = Omit<z.infer<typeof datasetSchema>, "sources" | "claims"> & {
  sources: Source[];
  claims: Claim[];
};

/** A dataset that passed validation, with everything needed to build, show and export it. */
export interface LoadedDataset {
  /** Where it came from (a path or a file name), for messages. */
  file: string;
  dataset: Dataset;
  ontology: Ontology;
  /** Source id -> full text of the source. */
  sourceTexts: Record<string, string>;
  /**
   * Set for a foreign file opened through the import's mapping step: the ontology the file was
   * mapped onto. `ontology` is then the one made for the import (import-ontology.ts), and the
   * claims that break this one's kind rules are the file's rule breaks.
   */
  mappedOnto?: Ontology;
}

/** One problem found in an input file: which file, where in it (a JSON path or line:column), what. */
export interface InputError {
  file: string;
  /** JSON path such as `$.claims[3].evidence[0].quote`, or `line 4, column 2` for text formats. */
  path: string;
  message: string;
}

/** Node attributes of the graph built from a dataset. */
export interface ActorAttributes {
  label: string;
  kind: string;
  aliases: string[];
  description: string;
  lat?: number;
  lon?: number;
  /** Founded / dissolved (partial dates), when the dataset says. */
  start?: string;
  end?: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

/**
 * Edge attributes: one edge per claim. The relation lives in `relation`, never in `type`, which
 * sigma reserves for the name of the edge renderer.
 */
export interface ClaimAttributes {
  claim: string;
  relation: string;
  certainty: Certainty;
  start?: string;
  end?: string;
  evidence: Evidence[];
  note?: string;
  directed: boolean;
  color: string;
  size: number;
}

export interface GraphAttributes {
  dataset: string;
  title: string;
}

export type FaultlineGraph = MultiDirectedGraph<ActorAttributes, ClaimAttributes, GraphAttributes>;
