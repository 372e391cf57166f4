import { type ClaimRef, compareIds, pairKey } from "./claims";
import type { Contradiction, ContradictionContext } from "./contradiction-context";
import type { SpanCache } from "./span-cache";

/**
 * Disputed claims, against the opposite-sign claims around them (found through each end's claims).
 * A hub's claims number in the thousands: each end keeps its friendly and hostile claims sorted by
 * id and by span bounds, so the count comes from binary searches and only the listed ones (the
 * first maxOpposing by id) are read.
 */
export function disputedClaims(ctx: ContradictionContext, maxOpposing: number): Contradiction[] {
  const listed = Math.max(maxOpposing, 3);
  const sided = claimsBySide(ctx);
  const found: Contradiction[] = [];
  for (const disputed of ctx.claims) {
    if (disputed.certainty !== "disputed") continue;
    const { opposing, count } = opposingClaims(ctx, sided, disputed, listed);
    // The explanation names the first few; `claims` carries up to maxOpposing, `omitted` counts the rest.
    const named = opposing.slice(0, 3).map(ctx.say).join("; ");
    const more = count > 3 ? ` and ${count - 3} more` : "";
    const against = count === 0 ? "" : `; against it: ${named}${more}`;
    const kept = opposing.slice(0, maxOpposing);
    const entry: Contradiction = {
      kind: "disputed",
      claims: [disputed, ...kept],
      explanation: `${ctx.say(disputed)} is disputed${against}.`,
    };
    if (kept.length < count) entry.omitted = count - kept.length;
    found.push(entry);
  }
  return found;
}

type Sides = { friendly: SignedClaims; hostile: SignedClaims };

/** Each actor's friendly and hostile claims, indexed. */
function claimsBySide(ctx: ContradictionContext): Map<string, Sides> {
  const sided = new Map<string, Sides>();
  for (const c of ctx.claims) {
    const sign = ctx.signOf(c.relation);
    if (sign === 0) continue;
    for (const end of c.from === c.to ? [c.from] : [c.from, c.to]) {
      let entry = sided.get(end);
      if (entry === undefined) {
        entry = { friendly: new SignedClaims(), hostile: new SignedClaims() };
        sided.set(end, entry);
      }
      (sign > 0 ? entry.friendly : entry.hostile).claims.push(c);
    }
  }
  for (const entry of sided.values()) {
    entry.friendly.index(ctx.spans);
    entry.hostile.index(ctx.spans);
  }
  return sided;
}

/** The first `listed` opposite-sign claims overlapping `disputed` in time, and how many there are. */
function opposingClaims(
  ctx: ContradictionContext,
  sided: ReadonlyMap<string, Sides>,
  disputed: ClaimRef,
  listed: number,
): { opposing: ClaimRef[]; count: number } {
  const { signOf, spans } = ctx;
  const sign = signOf(disputed.relation);
  if (sign === 0) return { opposing: [], count: 0 };
  if (disputed.from === disputed.to) {
    // A self-loop: its one actor's claims, counted as they are listed.
    const all = opposite(sided.get(disputed.from), sign)?.claims ?? [];
    const opposing = all.filter((c) => c.claim !== disputed.claim && spans.overlap(c, disputed));
    return { opposing: opposing.slice(0, listed), count: opposing.length };
  }
  const [start, end] = spans.of(disputed);
  const fromSide = opposite(sided.get(disputed.from), sign);
  const toSide = opposite(sided.get(disputed.to), sign);
  // Claims about both of its actors first (they sort first), then those about one, by id.
  const both = (ctx.byPair.get(pairKey(disputed.from, disputed.to)) ?? [])
    .filter((c) => signOf(c.relation) === -sign && spans.overlap(c, disputed))
    .sort((x, y) => compareIds(x.claim, y.claim));
  const onlyOne = (c: ClaimRef) =>
    !(c.from === disputed.from && c.to === disputed.to) &&
    !(c.from === disputed.to && c.to === disputed.from);
  const rest = listed - Math.min(both.length, listed);
  const one = mergeById(
    fromSide?.firstOverlapping(start, end, rest, onlyOne) ?? [],
    toSide?.firstOverlapping(start, end, rest, onlyOne) ?? [],
  );
  // Claims about both actors are counted at each end: once is enough.
  const count =
    (fromSide?.countOverlapping(start, end) ?? 0) + (toSide?.countOverlapping(start, end) ?? 0) - both.length;
  return { opposing: [...both, ...one].slice(0, listed), count };
}

/** The claims of the sign opposite to `sign` in one actor's entry. */
function opposite(entry: Sides | undefined, sign: number): SignedClaims | undefined {
  return entry === undefined ? undefined : sign > 0 ? entry.hostile : entry.friendly;
}

/** Two lists sorted by claim id (no claim in both), merged. */
function mergeById(a: readonly ClaimRef[], b: readonly ClaimRef[]): ClaimRef[] {
  const out: ClaimRef[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && compareIds(x.claim, y.claim) <= 0)) {
      out.push(x as ClaimRef);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/** One actor's claims of one sign: by claim id, plus their span bounds sorted for counting overlaps. */
class SignedClaims {
  readonly claims: ClaimRef[] = [];
  private bounds: (readonly [string, string])[] = [];
  private starts: string[] = [];
  private ends: string[] = [];
  /** A span that ends before it starts would break the counting by bounds: such lists are scanned. */
  private inverted = false;

  index(spans: SpanCache): void {
    this.claims.sort((x, y) => compareIds(x.claim, y.claim));
    this.bounds = this.claims.map((c) => spans.of(c));
    this.starts = this.bounds.map((b) => b[0]).sort();
    this.ends = this.bounds.map((b) => b[1]).sort();
    this.inverted = this.bounds.some(([first, last]) => first > last);
  }

  /** How many spans share a day with [start, end]: all but those starting after it or ending before it. */
  countOverlapping(start: string, end: string): number {
    if (this.inverted) {
      let count = 0;
      for (const [first, last] of this.bounds) if (first <= end && start <= last) count++;
      return count;
    }
    return (
      this.claims.length - (this.starts.length - upperBound(this.starts, end)) - lowerBound(this.ends, start)
    );
  }

  /** The first `limit` claims (by id) that pass `keep` and share a day with [start, end]. */
  firstOverlapping(start: string, end: string, limit: number, keep: (c: ClaimRef) => boolean): ClaimRef[] {
    const out: ClaimRef[] = [];
    for (let i = 0; i < this.claims.length && out.length < limit; i++) {
      const [first, last] = this.bounds[i] as readonly [string, string];
      const c = this.claims[i] as ClaimRef;
      if (first <= end && start <= last && keep(c)) out.push(c);
    }
    return out;
  }
}

/** Number of sorted values < `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as string) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Number of sorted values <= `value`. */
function upperBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as string) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
