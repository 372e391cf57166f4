import { MultiDirectedGraph } from "graphology";
import { layoutGraph } from "./layout";
import { ontologyIndex } from "./ontology-index";
import type {
  ActorAttributes,
  ClaimAttributes,
  FaultlineGraph,
  GraphAttributes,
  LoadedDataset,
} from "./types";

/**
 * The graph of a validated dataset: one node per actor (key = actor id), one edge per claim (key =
 * claim id), both in dataset order so every consumer (app, exports, analyses) sees the same graph.
 * Several claims between the same pair (supports and fights) stay separate edges.
 */

export interface BuildGraphOptions {
  /** Seed and iteration count of the layout for actors without a stored position. */
  seed?: number;
  iterations?: number;
}

/** Node size grows with the square root of the degree, so hubs stand out without swamping. */
export function nodeSize(degree: number): number {
  return 4 + 2 * Math.sqrt(degree);
}

/** Edge width grows a little with the number of quotes backing the claim. */
export function edgeSize(evidenceCount: number): number {
  return 1 + 0.5 * Math.min(Math.max(evidenceCount - 1, 0), 4);
}

/** The colour of a kind or relation the ontology does not know (an imported file's own). */
export const FALLBACK_COLOR = "#999999";

export function buildGraph(loaded: LoadedDataset, options: BuildGraphOptions = {}): FaultlineGraph {
  const builder = createGraphBuilder(loaded);
  const { actors, claims } = loaded.dataset;
  for (let index = 0; index < actors.length; index++) builder.addActor(index);
  for (let index = 0; index < claims.length; index++) builder.addClaim(index);
  return builder.finish(options);
}

/**
 * The steps of buildGraph, one actor or claim at a time, so a caller on the page can build a large
 * graph in several tasks (buildGraphInSteps) and still get exactly the graph buildGraph gives.
 * Actors must all be added, in order, before the claims; `finish` lays out unplaced actors.
 */
export interface GraphBuilder {
  readonly graph: FaultlineGraph;
  addActor(index: number): void;
  addClaim(index: number): void;
  finish(options?: BuildGraphOptions): FaultlineGraph;
}

export function createGraphBuilder(loaded: LoadedDataset): GraphBuilder {
  const { dataset, ontology } = loaded;
  const kinds = ontologyIndex(ontology);

  const graph: FaultlineGraph = new MultiDirectedGraph<ActorAttributes, ClaimAttributes, GraphAttributes>({
    allowSelfLoops: false,
  });
  graph.replaceAttributes({ dataset: dataset.id, title: dataset.title });

  // Degrees counted from the claims up front: sizing each node afterwards cost a setter call and
  // an event per actor.
  const degree = new Map<string, number>();
  for (const claim of dataset.claims) {
    degree.set(claim.from, (degree.get(claim.from) ?? 0) + 1);
    degree.set(claim.to, (degree.get(claim.to) ?? 0) + 1);
  }

  const stored = dataset.layout ?? {};
  const addActor = (index: number) => {
    const actor = dataset.actors[index];
    if (actor === undefined) throw new RangeError(`no actor at index ${index}`);
    const position = Object.hasOwn(stored, actor.id) ? stored[actor.id] : undefined;
    const attributes: ActorAttributes = {
      label: actor.label,
      kind: actor.kind,
      aliases: actor.aliases ?? [],
      description: actor.description ?? "",
      x: position?.x ?? 0,
      y: position?.y ?? 0,
      size: nodeSize(degree.get(actor.id) ?? 0),
      color: kinds.nodeKind(actor.kind)?.color ?? FALLBACK_COLOR,
    };
    if (actor.start !== undefined) attributes.start = actor.start;
    if (actor.end !== undefined) attributes.end = actor.end;
    if (actor.coordinates) {
      attributes.lat = actor.coordinates.lat;
      attributes.lon = actor.coordinates.lon;
    }
    graph.addNode(actor.id, attributes);
  };

  const addClaim = (index: number) => {
    const claim = dataset.claims[index];
    if (claim === undefined) throw new RangeError(`no claim at index ${index}`);
    const relation = kinds.relation(claim.relation);
    const attributes: ClaimAttributes = {
      claim: claim.id,
      relation: claim.relation,
      certainty: claim.certainty,
      evidence: claim.evidence,
      directed: relation?.directed ?? true,
      color: relation?.color ?? FALLBACK_COLOR,
      size: edgeSize(claim.evidence.length),
    };
    if (claim.start !== undefined) attributes.start = claim.start;
    if (claim.end !== undefined) attributes.end = claim.end;
    if (claim.note !== undefined) attributes.note = claim.note;
    graph.addDirectedEdgeWithKey(claim.id, claim.from, claim.to, attributes);
  };

  const finish = (options: BuildGraphOptions = {}) => {
    const placed = dataset.actors.filter((a) => Object.hasOwn(stored, a.id)).map((a) => a.id);
    if (placed.length < dataset.actors.length) {
      layoutGraph(graph, { seed: options.seed, iterations: options.iterations, fixed: placed });
    }
    return graph;
  };

  return { graph, addActor, addClaim, finish };
}
