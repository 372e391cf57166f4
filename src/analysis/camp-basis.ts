import type { SignedClaim } from "./signed-components";

/** What a camp rests on: the claims that hold it together or set it apart, and their sources. */
export interface CampBasis {
  /** Friendly claims between two members. */
  friendlyClaims: number;
  /** Hostile claims from a member to an actor of another camp. */
  hostileClaims: number;
  /** Distinct sources cited by those claims. */
  sources: number;
}

/** Below these a camp is said, in words, to rest on little. */
export const FEW_CLAIMS = 3;
export const FEW_SOURCES = 2;

/** Per camp (by camp id), the claims and sources behind its membership. */
export function campBases(signed: readonly SignedClaim[], campOf: (actor: string) => string | null) {
  const bases = new Map<string, { friendly: number; hostile: number; sources: Set<string> }>();
  const basisOf = (camp: string) => {
    let b = bases.get(camp);
    if (b === undefined) {
      b = { friendly: 0, hostile: 0, sources: new Set() };
      bases.set(camp, b);
    }
    return b;
  };
  for (const { ref, sign } of signed) {
    const a = campOf(ref.from);
    const b = campOf(ref.to);
    const touched: string[] = [];
    if (sign > 0 && a !== null && a === b) {
      basisOf(a).friendly++;
      touched.push(a);
    } else if (sign < 0 && a !== b) {
      for (const camp of [a, b]) {
        if (camp === null) continue;
        basisOf(camp).hostile++;
        touched.push(camp);
      }
    }
    for (const camp of touched) for (const e of ref.evidence) basisOf(camp).sources.add(e.source);
  }
  const result = new Map<string, CampBasis>();
  for (const [camp, b] of bases) {
    result.set(camp, { friendlyClaims: b.friendly, hostileClaims: b.hostile, sources: b.sources.size });
  }
  return result;
}

/** Plain-language warnings about how much the split rests on. */
export function campCaveats(
  camps: readonly { label: string; members: readonly string[]; basis: CampBasis }[],
  alone: readonly string[],
  signed: readonly SignedClaim[],
  nameOf: (actor: string) => string,
): string[] {
  const caveats: string[] = [];
  if (signed.length === 0) return ["No friendly or hostile claim on this date: there are no sides to find."];
  const sources = new Set(signed.flatMap(({ ref }) => ref.evidence.map((e) => e.source)));
  if (signed.length < 10 || sources.size < FEW_SOURCES) {
    caveats.push(
      `The whole split rests on ${plural(signed.length, "signed claim")} from ${plural(sources.size, "source")}.`,
    );
  }
  for (const camp of camps) {
    const { friendlyClaims, sources: campSources } = camp.basis;
    if (friendlyClaims < FEW_CLAIMS || campSources < FEW_SOURCES) {
      caveats.push(
        `The ${camp.label} rests on ${plural(friendlyClaims, "friendly claim")} between its ${camp.members.length} members, from ${plural(campSources, "source")}.`,
      );
    }
  }
  if (alone.length > 0) {
    caveats.push(
      `No friendly claim ties ${alone.map(nameOf).join(", ")} to any camp on this date: ${alone.length === 1 ? "it stands" : "they stand"} alone.`,
    );
  }
  return caveats;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
