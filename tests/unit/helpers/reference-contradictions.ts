import {
  type ClaimRef,
  compareIds,
  pairKey,
  relationSigns,
  visibleClaims,
} from "../../../src/analysis/claims";
import {
  type Contradiction,
  type ContradictionKind,
  type ContradictionOptions,
  DEFAULT_ANTISYMMETRIC_RELATIONS,
  DEFAULT_EXCLUSIVE_RELATIONS,
} from "../../../src/analysis/contradictions";
import { SpanCache } from "../../../src/analysis/span-cache";
import { firstDay, lastDay } from "../../../src/model/dates";
import type { FaultlineGraph, Ontology } from "../../../src/model/types";

/** The contradiction search before the disputed-claim lists were read from sorted per-actor indexes: the reference they must agree with. */
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
export function referenceContradictions(
  graph: FaultlineGraph,
  ontology: Ontology,
  options: ContradictionOptions = {},
): Contradiction[] {
  const signOf = relationSigns(ontology);
  const claims = visibleClaims(graph, options.filter ?? {});
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  const relationLabel = (relation: string) =>
    ontology.relationKinds.find((r) => r.id === relation)?.label ?? relation;
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
  const maxOpposing = options.maxOpposing ?? 25;
  const touching = new Map<string, ClaimRef[]>();
  for (const c of claims) {
    for (const end of c.from === c.to ? [c.from] : [c.from, c.to]) {
      const list = touching.get(end);
      if (list === undefined) touching.set(end, [c]);
      else list.push(c);
    }
  }
  for (const disputed of claims.filter((c) => c.certainty === "disputed")) {
    const sign = signOf(disputed.relation);
    const ends = new Set([disputed.from, disputed.to]);
    const candidates = new Map<string, ClaimRef>();
    if (sign !== 0) {
      for (const end of ends) {
        for (const c of touching.get(end) ?? []) {
          if (c.claim !== disputed.claim && signOf(c.relation) === -sign && spansOverlap(c, disputed)) {
            candidates.set(c.claim, c);
          }
        }
      }
    }
    const opposing = [...candidates.values()].sort(
      (x, y) => sharedEnds(y, ends) - sharedEnds(x, ends) || compareIds(x.claim, y.claim),
    );
    // The explanation names the first few; `claims` carries up to maxOpposing, `omitted` counts the rest.
    const named = opposing.slice(0, 3).map(say).join("; ");
    const more = opposing.length > 3 ? ` and ${opposing.length - 3} more` : "";
    const against = opposing.length === 0 ? "" : `; against it: ${named}${more}`;
    const kept = opposing.slice(0, maxOpposing);
    const entry: Contradiction = {
      kind: "disputed",
      claims: [disputed, ...kept],
      explanation: `${say(disputed)} is disputed${against}.`,
    };
    if (kept.length < opposing.length) entry.omitted = opposing.length - kept.length;
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

function sharedEnds(c: ClaimRef, ends: Set<string>): number {
  return (ends.has(c.from) ? 1 : 0) + (ends.has(c.to) && c.to !== c.from ? 1 : 0);
}
