import type { GraphFilter } from "../model/filter";
import type { FaultlineGraph, Ontology } from "../model/types";
import { DEFAULT_BACKING_RELATIONS } from "./backers";
import { type BrokerOptions, brokerScores } from "./brokers";
import { type CampResult, camps } from "./camps";
import { compareIds, placeTest, relationSigns, visibleClaims } from "./claims";

export type RankBy = "support" | "betweenness" | "degree";

export interface RankOptions {
  by?: RankBy;
  /** Relations the betweenness and degree count; default every relation with a sign (friendly or hostile). */
  relations?: readonly string[];
  /** Relations that count as backing. Default `["supports"]`. */
  backingRelations?: readonly string[];
  filter?: GraphFilter;
  /** Longest backing chain counted in `transitiveBackers` (as `faultline backers --hops`). Default 3. */
  backingHops?: number;
  /** Camps already computed for the same filter (the explorer has them); computed when absent. */
  camps?: Pick<CampResult, "campOf">;
  /** Exact betweenness limit and sampling of the estimate beyond it. */
  brokers?: BrokerOptions;
  /** Rank places too (they are left out by default: they cannot back or broker anyone). */
  includePlaces?: boolean;
}

export interface RankRow {
  actor: string;
  label: string;
  kind: string;
  /** Camp id from the structural-balance split, null when unaligned. */
  camp: string | null;
  /** Actors backing this one directly. */
  backers: number;
  /** Actors backing this one through a chain of at most `backingHops` backing claims (direct ones included). */
  transitiveBackers: number;
  /** Actors this one backs directly. */
  backed: number;
  /** Actors linked to this one by a hostile claim, either way. */
  enemies: number;
  /** Normalised betweenness on the undirected simple graph of the chosen relations: who brokers between others. */
  betweenness: number;
  /** Claims of the chosen relations touching this actor. */
  degree: number;
  degreeByRelation: Record<string, number>;
}

/** One row per actor with its influence measures, sorted by the chosen measure (ties: id). */
export function rankActors(graph: FaultlineGraph, ontology: Ontology, options: RankOptions = {}): RankRow[] {
  const by = options.by ?? "support";
  const filter = options.filter ?? {};
  const signOf = relationSigns(ontology);
  const isPlace = placeTest(ontology);
  const relations = options.relations ?? ontology.relationKinds.filter((r) => r.sign !== 0).map((r) => r.id);
  const backing = options.backingRelations ?? DEFAULT_BACKING_RELATIONS;
  const ranked = [...graph.nodes()]
    .filter((node) => options.includePlaces || !isPlace(graph.getNodeAttribute(node, "kind")))
    .sort(compareIds);

  const all = visibleClaims(graph, filter);
  const backersOf = new Map<string, Set<string>>();
  const backedBy = new Map<string, Set<string>>();
  const enemiesOf = new Map<string, Set<string>>();
  const degreeOf = new Map<string, Record<string, number>>();
  const addTo = (map: Map<string, Set<string>>, key: string, value: string) => {
    if (key === value) return;
    map.set(key, (map.get(key) ?? new Set()).add(value));
  };
  const chosen = new Set(relations);
  for (const c of all) {
    if (backing.includes(c.relation)) {
      addTo(backersOf, c.to, c.from);
      addTo(backedBy, c.from, c.to);
      if (!c.directed) {
        addTo(backersOf, c.from, c.to);
        addTo(backedBy, c.to, c.from);
      }
    }
    const placeAtEnd =
      isPlace(graph.getNodeAttribute(c.from, "kind")) || isPlace(graph.getNodeAttribute(c.to, "kind"));
    if (signOf(c.relation) < 0 && !placeAtEnd) {
      addTo(enemiesOf, c.from, c.to);
      addTo(enemiesOf, c.to, c.from);
    }
    if (chosen.has(c.relation)) {
      for (const end of c.from === c.to ? [c.from] : [c.from, c.to]) {
        const counts = degreeOf.get(end) ?? {};
        counts[c.relation] = (counts[c.relation] ?? 0) + 1;
        degreeOf.set(end, counts);
      }
    }
  }

  // Transitive backers: a BFS backwards over the direct-backer sets, up to backingHops.
  const backingHops = options.backingHops ?? 3;
  const transitive = (actor: string) => {
    const seen = new Set([actor]);
    let layer = [actor];
    for (let hop = 0; hop < backingHops && layer.length > 0; hop++) {
      const next: string[] = [];
      for (const node of layer) {
        for (const backer of backersOf.get(node) ?? []) {
          if (seen.has(backer)) continue;
          seen.add(backer);
          next.push(backer);
        }
      }
      layer = next;
    }
    return seen.size - 1;
  };

  // Brokers: betweenness on the undirected simple graph of the chosen relations among ranked actors.
  const rankedSet = new Set(ranked);
  const links = all
    .filter((c) => chosen.has(c.relation) && rankedSet.has(c.from) && rankedSet.has(c.to))
    .map((c) => [c.from, c.to] as const);
  const betweenness = brokerScores(ranked, links, options.brokers).scores;

  const campOf = (options.camps ?? camps(graph, ontology, { filter, lowerBound: false })).campOf;
  const rows: RankRow[] = ranked.map((actor) => {
    const attributes = graph.getNodeAttributes(actor);
    const degreeByRelation = degreeOf.get(actor) ?? {};
    return {
      actor,
      label: attributes.label,
      kind: attributes.kind,
      camp: campOf[actor] ?? null,
      backers: backersOf.get(actor)?.size ?? 0,
      transitiveBackers: transitive(actor),
      backed: backedBy.get(actor)?.size ?? 0,
      enemies: enemiesOf.get(actor)?.size ?? 0,
      betweenness: betweenness[actor] ?? 0,
      degree: Object.values(degreeByRelation).reduce((sum, n) => sum + n, 0),
      degreeByRelation,
    };
  });
  const order: Record<RankBy, (a: RankRow, b: RankRow) => number> = {
    support: (a, b) =>
      b.backers - a.backers || b.transitiveBackers - a.transitiveBackers || b.degree - a.degree,
    betweenness: (a, b) => b.betweenness - a.betweenness || b.degree - a.degree,
    degree: (a, b) => b.degree - a.degree || b.betweenness - a.betweenness,
  };
  return rows.sort((a, b) => order[by](a, b) || compareIds(a.actor, b.actor));
}
