import { COMPOUND_MODIFIERS } from "../relation-lexicon";
import { actorsOf, type Structure } from "./phrases";
import type { StructureClaim } from "./structure-claim";

/** Compound modifier word -> the relation it gives ("funded" -> supports). */
const RELATION_OF = new Map(
  Object.entries(COMPOUND_MODIFIERS).flatMap(([relation, words]) => words.map((w) => [w, relation] as const)),
);

/**
 * Compound modifiers over the phrase they qualify: "the Israeli-occupied part of the Golan"
 * (Israel controls the Golan), "Qatari-funded, Turkish-commanded brigades" (one claim each). The
 * modifier's actor is the source, what the phrase stands for the target.
 */
export function readCompounds(s: Structure): StructureClaim[] {
  const claims: StructureClaim[] = [];
  s.chunks.forEach((chunk, c) => {
    let targets: number[] | undefined;
    for (let k = chunk.first; k < chunk.head; k++) {
      const unit = s.units[k];
      const relation = RELATION_OF.get(unit?.compound ?? "");
      if (unit?.mention === undefined || !relation) continue;
      targets ??= actorsOf(s, c);
      if (targets.length === 0) return;
      claims.push({
        relation,
        from: [unit.mention],
        to: targets,
        name: `structure-compound-${relation}`,
        kinds: ["modifier"],
        confidence: 0.8,
        implied: true,
        first: k,
        last: chunk.last,
      });
    }
  });
  return claims;
}
