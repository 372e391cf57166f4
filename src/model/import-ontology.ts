import type { Dataset, NodeKind, Ontology, RelationKind } from "./types";

/**
 * The ontology built for a foreign file opened through the mapping step. A file from another tool
 * rarely follows our kind rules (a "controls" edge pointing at an organisation) and often has no
 * types at all (Gephi's samples). Rather than loosening validation, the import makes an ontology
 * that says what the file holds:
 * - the node kind "unknown" for nodes whose kind the mapping could not tell;
 * - the relation "related" (undirected, neutral, any kinds) for edges whose relation it could not;
 * - every relation's allowed kinds widened by the kinds the file connects with it.
 * The dataset then validates against this ontology everywhere (export, Add article, storage), and
 * the rules it breaks are found again at any time by comparing with the ontology it was mapped
 * onto (`ruleBreaks`). Nothing here is ever used by `faultline validate`, which stays strict.
 */

export const UNKNOWN_KIND = "unknown";
export const RELATED_RELATION = "related";

const unknownKind: NodeKind = {
  id: UNKNOWN_KIND,
  label: "Unknown",
  color: "#b8b8b8",
  shape: "disc",
  description: "A node of an imported file whose kind the mapping could not tell.",
};

function relatedRelation(kinds: readonly string[]): RelationKind {
  return {
    id: RELATED_RELATION,
    label: "related to",
    inverseLabel: "related to",
    color: "#9e9e9e",
    sign: 0,
    directed: false,
    from: [...kinds],
    to: [...kinds],
    description: "An edge of an imported file whose relation the mapping could not tell.",
  };
}

/** A claim that an imported file makes against the kind rules of the ontology it was mapped onto. */
export interface RuleBreak {
  claim: string;
  from: string;
  relation: string;
  to: string;
  /** Which end breaks the rule (both when both do). */
  ends: ("from" | "to")[];
  /** In words: `"controls" cannot point to "unhcr" (organization); allowed: city, region, country`. */
  message: string;
}

/**
 * Which ends of a claim break the kind rules of `rules`. Unknown kinds and relations the rules do
 * not have ("unknown", "related") break nothing: there is no rule to break.
 */
export function ruleChecker(
  rules: Ontology,
): (relation: string, fromKind: string | undefined, toKind: string | undefined) => ("from" | "to")[] {
  const relations = new Map(rules.relationKinds.map((relation) => [relation.id, relation]));
  const known = new Set(rules.nodeKinds.map((kind) => kind.id));
  const breaks = (allowed: readonly string[], kind: string | undefined) =>
    kind !== undefined && known.has(kind) && !allowed.includes(kind);
  return (relationId, fromKind, toKind) => {
    const relation = relations.get(relationId);
    if (relation === undefined) return [];
    const ends: ("from" | "to")[] = [];
    if (breaks(relation.from, fromKind)) ends.push("from");
    if (breaks(relation.to, toKind)) ends.push("to");
    return ends;
  };
}

/** The claims of a dataset that break the kind rules of `rules`, with what each breaks in words. */
export function ruleBreaks(dataset: Pick<Dataset, "actors" | "claims">, rules: Ontology): RuleBreak[] {
  const kindOf = new Map(dataset.actors.map((actor) => [actor.id, actor.kind]));
  const relations = new Map(rules.relationKinds.map((relation) => [relation.id, relation]));
  const check = ruleChecker(rules);
  const found: RuleBreak[] = [];
  for (const claim of dataset.claims) {
    const ends = check(claim.relation, kindOf.get(claim.from), kindOf.get(claim.to));
    const relation = relations.get(claim.relation);
    if (ends.length === 0 || relation === undefined) continue;
    const words = ends.map((end) => {
      const verb = end === "from" ? "cannot start at" : "cannot point to";
      const actor = claim[end];
      return `"${relation.id}" ${verb} "${actor}" (${kindOf.get(actor)}); allowed: ${relation[end].join(", ")}`;
    });
    found.push({
      claim: claim.id,
      from: claim.from,
      relation: claim.relation,
      to: claim.to,
      ends,
      message: words.join("; "),
    });
  }
  return found;
}

/** The ontology made for an imported dataset (see the top of this file); `base` is left as it was. */
export function importOntology(base: Ontology, dataset: Pick<Dataset, "actors" | "claims">): Ontology {
  const kindOf = new Map(dataset.actors.map((actor) => [actor.id, actor.kind]));
  const usesUnknown = dataset.actors.some((actor) => actor.kind === UNKNOWN_KIND);
  const nodeKinds =
    usesUnknown && !base.nodeKinds.some((kind) => kind.id === UNKNOWN_KIND)
      ? [...base.nodeKinds, unknownKind]
      : base.nodeKinds;
  const allKinds = nodeKinds.map((kind) => kind.id);
  // Kinds each relation connects in the file, end by end.
  const used = new Map<string, { from: Set<string>; to: Set<string> }>();
  for (const claim of dataset.claims) {
    let ends = used.get(claim.relation);
    if (ends === undefined) {
      ends = { from: new Set(), to: new Set() };
      used.set(claim.relation, ends);
    }
    const fromKind = kindOf.get(claim.from);
    const toKind = kindOf.get(claim.to);
    if (fromKind !== undefined) ends.from.add(fromKind);
    if (toKind !== undefined) ends.to.add(toKind);
  }
  const widen = (allowed: readonly string[], extra: Set<string> | undefined) => {
    const missing = [...(extra ?? [])].filter((kind) => !allowed.includes(kind));
    return missing.length === 0 ? [...allowed] : [...allowed, ...missing.sort()];
  };
  const relationKinds = base.relationKinds.map((relation) => {
    const ends = used.get(relation.id);
    if (ends === undefined) return relation;
    return { ...relation, from: widen(relation.from, ends.from), to: widen(relation.to, ends.to) };
  });
  if (used.has(RELATED_RELATION) && !relationKinds.some((relation) => relation.id === RELATED_RELATION))
    relationKinds.push(relatedRelation(allKinds));
  return { ...base, nodeKinds, relationKinds };
}
