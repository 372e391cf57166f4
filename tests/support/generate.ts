import ontologyJson from "../../data/ontology.json";
import { mulberry32 } from "../../src/model/random";
import type { Dataset, LoadedDataset, Ontology } from "../../src/model/types";
import { generateActors } from "./generate-actors";
import { generateClaims } from "./generate-claims";
import { clusteredLayout } from "./generate-layout";
import { generateSources } from "./generate-sources";

/**
 * A seeded generator of conflict-like datasets, for benchmarks and large-graph tests. The result is
 * a valid dataset: typed actors of the ontology's kinds, claims whose relation may connect the two
 * kinds, quotes that are verbatim sentences of generated source texts. Its shape resembles real
 * coding of a long conflict: a few sides made of many factions (clusters), friendly ties mostly
 * inside a faction or side, hostile ties across sides, places controlled and fought over, and
 * preferential attachment so a few actors gather most ties (heavy-tailed degrees).
 * Pure and deterministic: the same options always give the same dataset.
 */

export interface GenerateOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** Store positions in `dataset.layout` (clustered by faction), so viewers can skip layout. */
  layout?: boolean;
  /** Claims quoted from one source text (fewer, longer sources mean fewer files to fetch). */
  claimsPerSource?: number;
  /** The ontology whose kinds to use; the bundled one by default. */
  ontology?: Ontology;
}

export interface GeneratedDataset extends LoadedDataset {
  /** Source id -> path of its text relative to the dataset file (as written in `dataset.sources`). */
  sourcePaths: Record<string, string>;
}

export function generateConflictDataset(options: GenerateOptions): GeneratedDataset {
  const nodeCount = Math.max(2, Math.floor(options.nodes));
  const edgeCount = Math.max(0, Math.floor(options.edges));
  const seed = options.seed ?? 1;
  const ontology = options.ontology ?? (ontologyJson as Ontology);
  const claimsPerSource = Math.max(1, options.claimsPerSource ?? 250);
  const random = mulberry32(seed);

  // Sides (2-4) made of factions (~40 actors each); places get a faction too (who holds them).
  const sideCount = Math.min(4, 2 + Math.floor(nodeCount / 20_000) + (nodeCount > 50 ? 1 : 0));
  const factionCount = Math.max(2, Math.round(nodeCount / 40));
  const generated = generateActors(random, ontology, nodeCount, factionCount);
  const sideOfFaction = Array.from({ length: factionCount }, (_, f) => f % sideCount);
  const { claims, sentences } = generateClaims(
    random,
    ontology,
    generated,
    edgeCount,
    factionCount,
    sideOfFaction,
  );
  const { sources, sourceTexts, sourcePaths } = generateSources(random, claims, sentences, claimsPerSource);

  const dataset: Dataset = {
    id: `generated-${nodeCount}-${claims.length}-s${seed}`,
    title: `Generated conflict, ${nodeCount} actors, ${claims.length} claims (seed ${seed})`,
    description: "Synthetic data from the seeded generator, for benchmarks and large-graph tests.",
    sources,
    actors: generated.actors,
    claims,
  };
  if (options.layout) {
    dataset.layout = clusteredLayout(random, generated.actors, generated.factionOf, sideOfFaction, sideCount);
  }
  return { file: `${dataset.id}.json`, dataset, ontology, sourceTexts, sourcePaths };
}
