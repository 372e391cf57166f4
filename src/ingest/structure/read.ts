import type { Mention } from "../mentions/index";
import type { Token } from "../types";
import { chunkUnits } from "./chunks";
import { readCompounds } from "./compounds";
import type { Structure } from "./phrases";
import type { StructureClaim } from "./structure-claim";
import { readUnits, type Unit } from "./units";
import { readVerbs } from "./verbs";

export type { StructureClaim } from "./structure-claim";

/** A sentence's structure and the relations read from it. */
export interface StructureReading {
  units: Unit[];
  claims: StructureClaim[];
}

/**
 * Reads a sentence's shallow structure (units, noun-phrase chunks, clause roles) and the relations
 * its lexicon triggers state through it. `isDemonym` says which mentions are demonyms ("Russian"),
 * after which a relation word is a noun ("Russian strikes").
 */
export function readStructure(
  tokens: Token[],
  mentions: Mention[],
  isDemonym: (mention: number) => boolean,
): StructureReading {
  const units = readUnits(tokens, mentions);
  const { chunks, chunkOf } = chunkUnits(units, isDemonym);
  const structure: Structure = { units, chunks, chunkOf, isDemonym };
  return { units, claims: [...readVerbs(structure), ...readCompounds(structure)] };
}

/** The units from `first` to `last` as coded text: lower-case words, mentions as slots «i». */
export function codeUnits(units: Unit[], first: number, last: number): string {
  let code = "";
  for (let i = Math.max(0, first); i <= last && i < units.length; i++) {
    const unit = units[i] as Unit;
    const word =
      unit.compound === "pro" || unit.compound === "anti"
        ? `${unit.compound}-${unit.text}`
        : `${unit.text}${unit.compound ? `-${unit.compound}` : ""}`;
    const spaced = unit.pos === "PUNCT" && /^[,.;:!?)]$/.test(unit.text) ? word : ` ${word}`;
    code += `${spaced}${unit.possessive ? "'s" : ""}`;
  }
  return code.replace(/\bnot only\b/g, "").trim();
}
