import type { SerializedGraph } from "graphology-types";
import type { Actor, Claim, Dataset, InputError, Ontology } from "../model/types";

/**
 * Messages between the explorer and its load worker. Big arrays travel in chunks, so that no
 * single message takes the main thread long to deserialize.
 */

export type LoadRequest =
  | { type: "load"; url: string; withGraph: boolean }
  | { type: "load-text"; name: string; text: string; withGraph: boolean };

export type LoadStage = "download" | "sources" | "validate" | "build" | "layout" | "transfer";

export interface LoadProgress {
  stage: LoadStage;
  /** Work done and total in the stage's unit (bytes, files, items); total 0 when unknown. */
  done: number;
  total: number;
}

/** The dataset without its big arrays, which follow as chunks. */
export interface DatasetHead {
  file: string;
  ontology: Ontology;
  /** A foreign file opened with a mapping: the ontology it was mapped onto (see LoadedDataset). */
  mappedOnto?: Ontology;
  sourceTexts: Record<string, string>;
  dataset: Omit<Dataset, "actors" | "claims" | "layout">;
  counts: { actors: number; claims: number; layout: number; graphNodes: number; graphEdges: number };
  warnings: string[];
}

export type LoadChunk =
  | { part: "actors"; items: Actor[] }
  | { part: "claims"; items: Claim[] }
  | { part: "layout"; items: [string, { x: number; y: number }][] }
  | { part: "graphNodes"; items: NonNullable<SerializedGraph["nodes"]> }
  | { part: "graphEdges"; items: NonNullable<SerializedGraph["edges"]> };

export type LoadResponse =
  | { type: "progress"; progress: LoadProgress }
  | {
      type: "head";
      head: DatasetHead;
      graphOptions?: SerializedGraph["options"];
      graphAttributes?: SerializedGraph["attributes"];
    }
  | { type: "chunk"; chunk: LoadChunk }
  | { type: "done" }
  | { type: "failed"; errors: InputError[] };

/** Items per chunk message: small enough to deserialize in a few milliseconds. */
export const CHUNK_SIZE = 5_000;
