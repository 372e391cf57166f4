import { firstDay, lastDay } from "../model/dates";
import type { GraphFilter } from "../model/filter";
import { ontologyIndex } from "../model/ontology-index";
import type { FaultlineGraph, Ontology } from "../model/types";
import { type ClaimRef, compareIds, pairKey, relationSigns, visibleClaims } from "./claims";
import { SpanCache } from "./span-cache";

export type ContradictionKind = "friend-and-foe" | "rival-control" | "mutual-reverse" | "disputed";

export interface Contradiction {
  kind: ContradictionKind;
  /** The claims in tension, with their quotes and source ids; for `disputed`, the disputed one first. */
  claims: ClaimRef[];
  explanation: string;
  /** For `disputed`: opposite-sign claims beyond `maxOpposing` that were counted but not listed. */
  omitted?: number;
}

export interface ContradictionOptions {
  filter?: GraphFilter;
  /** Relations one place can have only one holder of at a time. Default `["controls"]`. */
  exclusiveRelations?: readonly string[];
  /** Most opposite-sign claims listed against one disputed claim (those about both its actors first). Default 25. */
  maxOpposing?: number;
  /** Directed relations that cannot hold both ways at once. Default part-of, successor-of, located-in. */
  antisymmetricRelations?: readonly string[];
}

export const DEFAULT_EXCLUSIVE_RELATIONS: readonly string[] = ["controls"];
export const DEFAULT_ANTISYMMETRIC_RELATIONS: readonly string[] = ["part-of", "successor-of", "located-in"];

const KIND_ORDER: Record<ContradictionKind, number> = {
  "friend-and-foe": 0,
  "rival-control": 1,
  "mutual-reverse": 2,
  disputed: 3,
};

/**
 * Claims that cannot all be true at once, or that a source itself disputes:
 * - friend-and-foe: a friendly claim (sign +1) and a hostile one (-1) about the same two actors, overlapping in time;
 * - rival-control: two actors holding one place (an exclusive relation) at overlapping times, unless a
 *   handover explains the overlap (one holds it until the month, year or day the other takes it), or a
 *   friendly claim links them (allies and their components may hold a place together);
 * - mutual-reverse: A R B and B R A for an antisymmetric relation (part of each other), overlapping in time;
 * - disputed: each claim marked `disputed`, with the claims of opposite sign that share one of its actors
 *   (those about both of its actors first).
 * Sorted by kind, then by the claim ids involved.
 */
export function findContradictions(
  graph: FaultlineGraph,
  ontology: Ontology,
  options: ContradictionOptions = {},
): Contradiction[] {
  const signOf = relationSigns(ontology);
  const claims = visibleClaims(graph, options.filter ?? {});
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  const relationLabel = ontologyIndex(ontology).relationLabel;
  const said = new Map<string, string>();
  const say = (c: ClaimRef) => {
    let text = said.get(c.claim);
    if (text === undefined) {
      text = `${label(c.from)} ${relationLabel(c.relation)} ${label(c.to)} (${c.claim})`;
      said.set(c.claim, text);
    }
    return text;
  };
  const spans = new SpanCache();
  const spansOverlap = (a: ClaimRef, b: ClaimRef) => spans.overlap(a, b);
  const found: Contradiction[] = [];

  // friend-and-foe, per unordered pair of actors.
  const byPair = new Map<string, ClaimRef[]>();
  for (const c of claims) {
    if (c.from === c.to) continue;
    const key = pairKey(c.from, c.to);
    const list = byPair.get(key);
    if (list === undefined) byPair.set(key, [c]);
    else list.push(c);
  }
  // Friendly claims by actor, then by the other actor: the rival-control check asks this for
  // every pair of holders of a place, so no key strings are built per question.
  const friendsOf = new Map<string, Map<string, ClaimRef[]>>();
  for (const c of claims) {
    if (c.from === c.to || signOf(c.relation) <= 0) continue;
    for (const [x, y] of [
      [c.from, c.to],
      [c.to, c.from],
    ] as const) {
      let inner = friendsOf.get(x);
      if (inner === undefined) {
        inner = new Map();
        friendsOf.set(x, inner);
      }
      const list = inner.get(y);
      if (list === undefined) inner.set(y, [c]);
      else list.push(c);
    }
  }
  const friendlyLink = (a: string, b: string, span: ClaimRef) =>
    friendsOf
      .get(a)
      ?.get(b)
      ?.some((c) => spansOverlap(c, span)) ?? false;
  for (const group of byPair.values()) {
    for (const friendly of group.filter((c) => signOf(c.relation) > 0)) {
      for (const hostile of group.filter((c) => signOf(c.relation) < 0)) {
        if (!spansOverlap(friendly, hostile)) continue;
        found.push({
          kind: "friend-and-foe",
          claims: [friendly, hostile],
          explanation: `${say(friendly)}, yet ${say(hostile)}, at overlapping times.`,
        });
      }
    }
  }

  // rival-control, per place.
  const exclusive = new Set(options.exclusiveRelations ?? DEFAULT_EXCLUSIVE_RELATIONS);
  const holders = new Map<string, ClaimRef[]>();
  for (const c of claims) {
    if (!exclusive.has(c.relation)) continue;
    const list = holders.get(c.to);
    if (list === undefined) holders.set(c.to, [c]);
    else list.push(c);
  }
  for (const list of holders.values()) {
    // Bounds read once per holder claim, not twice per pair: a much-fought-over place has
    // hundreds of control claims.
    const bounds = list.map((c) => spans.of(c));
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      const [aStart, aEnd] = bounds[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        const [bStart, bEnd] = bounds[j]!;
        if (a.relation !== b.relation || a.from === b.from || aStart > bEnd || bStart > aEnd) continue;
        if (handover(a, b, bounds[i]!, bounds[j]!) || handover(b, a, bounds[j]!, bounds[i]!)) continue;
        if (friendlyLink(a.from, b.from, a) || friendlyLink(a.from, b.from, b)) continue;
        found.push({
          kind: "rival-control",
          claims: [a, b],
          explanation: `${say(a)} and ${say(b)}: two holders of one place at overlapping times.`,
        });
      }
    }
  }

  // mutual-reverse.
  const antisymmetric = new Set(options.antisymmetricRelations ?? DEFAULT_ANTISYMMETRIC_RELATIONS);
  for (const c of claims) {
    if (!antisymmetric.has(c.relation) || !c.directed || c.from === c.to) continue;
    for (const d of byPair.get(pairKey(c.from, c.to)) ?? []) {
      // Each reversed couple once: from the claim whose id sorts first.
      if (d.relation !== c.relation || d.from !== c.to || compareIds(c.claim, d.claim) >= 0) continue;
      if (!spansOverlap(c, d)) continue;
      found.push({
        kind: "mutual-reverse",
        claims: [c, d],
        explanation: `${say(c)}, and the reverse: ${say(d)}; "${relationLabel(c.relation)}" cannot hold both ways.`,
      });
    }
  }

  // disputed claims, against the opposite-sign claims around them (found through each end's claims).
  // A hub's claims number in the thousands: each end keeps its friendly and hostile claims sorted
  // by id and by span bounds, so the count comes from binary searches and only the listed ones
  // (the first maxOpposing by id) are read.
  const maxOpposing = options.maxOpposing ?? 25;
  const listed = Math.max(maxOpposing, 3);
  const sided = new Map<string, { friendly: SignedClaims; hostile: SignedClaims }>();
  for (const c of claims) {
    const sign = signOf(c.relation);
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
    entry.friendly.index(spans);
    entry.hostile.index(spans);
  }
  for (const disputed of claims) {
    if (disputed.certainty !== "disputed") continue;
    const sign = signOf(disputed.relation);
    let count = 0;
    let opposing: ClaimRef[] = [];
    if (sign !== 0 && disputed.from !== disputed.to) {
      const [start, end] = spans.of(disputed);
      const fromSide = opposite(sided.get(disputed.from), sign);
      const toSide = opposite(sided.get(disputed.to), sign);
      // Claims about both of its actors first (they sort first), then those about one, by id.
      const both = (byPair.get(pairKey(disputed.from, disputed.to)) ?? [])
        .filter((c) => signOf(c.relation) === -sign && spansOverlap(c, disputed))
        .sort((x, y) => compareIds(x.claim, y.claim));
      const onlyOne = (c: ClaimRef) =>
        !(c.from === disputed.from && c.to === disputed.to) &&
        !(c.from === disputed.to && c.to === disputed.from);
      const rest = listed - Math.min(both.length, listed);
      const one = mergeById(
        fromSide?.firstOverlapping(start, end, rest, onlyOne) ?? [],
        toSide?.firstOverlapping(start, end, rest, onlyOne) ?? [],
      );
      opposing = [...both, ...one].slice(0, listed);
      // Claims about both actors are counted at each end: once is enough.
      count =
        (fromSide?.countOverlapping(start, end) ?? 0) +
        (toSide?.countOverlapping(start, end) ?? 0) -
        both.length;
    } else if (sign !== 0) {
      // A self-loop: its one actor's claims, counted as they are listed.
      const all = opposite(sided.get(disputed.from), sign)?.claims ?? [];
      opposing = all.filter((c) => c.claim !== disputed.claim && spansOverlap(c, disputed));
      count = opposing.length;
      opposing = opposing.slice(0, listed);
    }
    // The explanation names the first few; `claims` carries up to maxOpposing, `omitted` counts the rest.
    const named = opposing.slice(0, 3).map(say).join("; ");
    const more = count > 3 ? ` and ${count - 3} more` : "";
    const against = count === 0 ? "" : `; against it: ${named}${more}`;
    const kept = opposing.slice(0, maxOpposing);
    const entry: Contradiction = {
      kind: "disputed",
      claims: [disputed, ...kept],
      explanation: `${say(disputed)} is disputed${against}.`,
    };
    if (kept.length < count) entry.omitted = count - kept.length;
    found.push(entry);
  }

  // Sort keys computed once: joining claim ids inside the comparator dominated on large graphs.
  const keyed = found.map((c) => ({ c, key: c.claims.map((x) => x.claim).join(",") }));
  keyed.sort((x, y) => KIND_ORDER[x.c.kind] - KIND_ORDER[y.c.kind] || compareIds(x.key, y.key));
  return keyed.map((k) => k.c);
}

/**
 * Whether the overlap of two holders' spans can be a change of hands blurred by date precision:
 * `before` may have ended no later than `after` began (its end period starts no later than the
 * last day of `after`'s start period), held the place before that, and `after` holds it beyond.
 * "Government controls Hama until 2024-12" and "rebels control Hama from 2024-12" overlap only
 * because both are dated to the month; "until 2024-12-04" against "from 2024-12-01" is four days
 * of two holders.
 */
function handover(
  before: ClaimRef,
  after: ClaimRef,
  [beforeStart]: readonly [string, string],
  [, afterEnd]: readonly [string, string],
): boolean {
  if (before.end === undefined || after.start === undefined) return false;
  return (
    firstDay(before.end) <= lastDay(after.start) &&
    beforeStart < firstDay(after.start) &&
    afterEnd > lastDay(before.end)
  );
}

/** The claims of the sign opposite to `sign` in one actor's entry. */
function opposite(
  entry: { friendly: SignedClaims; hostile: SignedClaims } | undefined,
  sign: number,
): SignedClaims | undefined {
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
