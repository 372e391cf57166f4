import type { MultiDirectedGraph } from "graphology";
import type { z } from "zod";
import type {
  actorSchema,
  certaintySchema,
  claimSchema,
  datasetSchema,
  evidenceSchema,
  nodeKindSchema,
  nodeShape,
  ontologySchema,
  relationKindSchema,
  sourceSchema,
} from "./schema";

export type NodeShape = z.infer<typeof nodeShape>;
export type NodeKind = z.infer<typeof nodeKindSchema>;
export type RelationKind = z.infer<typeof relationKindSchema>;
export type Ontology = z.infer<typeof ontologySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Certainty = z.infer<typeof certaintySchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Dataset = z.infer<typeof datasetSchema>;

/** A dataset that passed validation, with everything needed to build, show and export it. */
export interface LoadedDataset {
  /** Where it came from (a path or a file name), for messages. */
  file: string;
  dataset: Dataset;
  ontology: Ontology;
  /** Source id -> full text of the source. */
  sourceTexts: Record<string, string>;
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
