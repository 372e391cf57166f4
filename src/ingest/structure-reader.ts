import type { Reading, SentenceReader } from "./sentence-reader";
import { canHold, isPartOfCountry } from "./slot-checks";
import { codeUnits, readStructure } from "./structure/read";

/**
 * Relations read from a sentence's structure (chunks and clause roles) with the relation
 * lexicon's triggers. They join the patterns' claims through the same reader, so modality,
 * aspect, kind checks and de-duplication treat both alike.
 */
export function readStructureClaims(reader: SentenceReader): void {
  const { mentions, sentence } = reader;
  if (mentions.length < 2) return;
  const { units, claims } = readStructure(sentence.tokens, mentions, (m) => mentions[m]?.via === "demonym");
  for (const claim of claims) {
    const reading: Reading = {
      name: claim.name,
      relation: claim.relation,
      confidence: claim.confidence,
      kinds: claim.kinds,
      ...(claim.event ? { event: true } : {}),
      ...(claim.implied ? { implied: true } : {}),
    };
    const region = codeUnits(units, claim.first, claim.last);
    const prefix = codeUnits(units, 0, claim.first - 1);
    const suffix = codeUnits(units, claim.last + 1, units.length - 1);
    const grouped = claim.from.length > 1 || claim.to.length > 1;
    for (const from of claim.from) {
      for (const to of claim.to) {
        if (from === to || (claim.relation === "controls" && isPartOfCountry(reader, region, to))) continue;
        if (claim.holder && !canHold(reader, to)) continue;
        reader.emit(reading, from, to, grouped ? 0.95 : 1, region, prefix, suffix, grouped);
      }
    }
  }
}
