import type { NodeKind, Ontology, RelationKind } from "./types";

/**
 * The ontology, looked up: kinds and relations by id or by label, which kinds are places, the order
 * relations are listed in. Built once per ontology object and shared, so modules ask this one
 * accessor instead of each building its own maps.
 */
export interface OntologyIndex {
  readonly ontology: Ontology;
  readonly nodeKindIds: readonly string[];
  readonly relationIds: readonly string[];
  nodeKind(id: string): NodeKind | undefined;
  relation(id: string): RelationKind | undefined;
  /** A kind or relation by its label in any case ("Armed group", "supports"). */
  nodeKindByLabel(label: string): NodeKind | undefined;
  relationByLabel(label: string): RelationKind | undefined;
  /** The label to show for a kind or relation id; the id itself when the ontology has no such entry. */
  nodeKindLabel(id: string): string;
  relationLabel(id: string): string;
  isPlaceKind(kind: string | undefined): boolean;
  /** Where the ontology lists a relation (for stable orderings); unknown relations come last. */
  relationOrder(id: string): number;
  /** The kind an actor gets when a file names none: the first kind that is not a place. */
  readonly defaultActorKind: NodeKind;
}

const built = new WeakMap<Ontology, OntologyIndex>();

export function ontologyIndex(ontology: Ontology): OntologyIndex {
  let index = built.get(ontology);
  if (index === undefined) {
    index = buildIndex(ontology);
    built.set(ontology, index);
  }
  return index;
}

function buildIndex(ontology: Ontology): OntologyIndex {
  const kinds = new Map(ontology.nodeKinds.map((k) => [k.id, k]));
  const relations = new Map(ontology.relationKinds.map((r) => [r.id, r]));
  const kindsByLabel = new Map(ontology.nodeKinds.map((k) => [k.label.toLowerCase(), k]));
  const relationsByLabel = new Map(ontology.relationKinds.map((r) => [r.label.toLowerCase(), r]));
  const order = new Map(ontology.relationKinds.map((r, i) => [r.id, i]));
  const places = new Set(ontology.placeKinds);
  // The schema requires at least one node kind.
  const firstKind = ontology.nodeKinds[0] as NodeKind;
  return {
    ontology,
    nodeKindIds: [...kinds.keys()],
    relationIds: [...relations.keys()],
    nodeKind: (id) => kinds.get(id),
    relation: (id) => relations.get(id),
    nodeKindByLabel: (label) => kindsByLabel.get(label.toLowerCase()),
    relationByLabel: (label) => relationsByLabel.get(label.toLowerCase()),
    nodeKindLabel: (id) => kinds.get(id)?.label ?? id,
    relationLabel: (id) => relations.get(id)?.label ?? id,
    isPlaceKind: (kind) => kind !== undefined && places.has(kind),
    relationOrder: (id) => order.get(id) ?? ontology.relationKinds.length,
    defaultActorKind: ontology.nodeKinds.find((k) => !places.has(k.id)) ?? firstKind,
  };
}
