import { firstDay, lastDay } from "../model/dates";
import { type ClaimRef, compareIds, pairKey } from "./claims";
import type { Contradiction, ContradictionContext } from "./contradiction-context";

/**
 * The contradictions between two claims: a friendly and a hostile claim about one pair of actors
 * (friend-and-foe), two holders of one place (rival-control), and an antisymmetric relation held
 * both ways (mutual-reverse), each at overlapping times.
 */

export function friendAndFoe(ctx: ContradictionContext): Contradiction[] {
  const { signOf, spans, say } = ctx;
  const found: Contradiction[] = [];
  for (const group of ctx.byPair.values()) {
    for (const friendly of group.filter((c) => signOf(c.relation) > 0)) {
      for (const hostile of group.filter((c) => signOf(c.relation) < 0)) {
        if (!spans.overlap(friendly, hostile)) continue;
        found.push({
          kind: "friend-and-foe",
          claims: [friendly, hostile],
          explanation: `${say(friendly)}, yet ${say(hostile)}, at overlapping times.`,
        });
      }
    }
  }
  return found;
}

/**
 * Friendly claims by actor, then by the other actor: the rival-control check asks this for every
 * pair of holders of a place, so no key strings are built per question.
 */
function friendlyLinks(ctx: ContradictionContext): (a: string, b: string, span: ClaimRef) => boolean {
  const friendsOf = new Map<string, Map<string, ClaimRef[]>>();
  for (const c of ctx.claims) {
    if (c.from === c.to || ctx.signOf(c.relation) <= 0) continue;
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
  return (a, b, span) =>
    friendsOf
      .get(a)
      ?.get(b)
      ?.some((c) => ctx.spans.overlap(c, span)) ?? false;
}

export function rivalControl(ctx: ContradictionContext, exclusive: ReadonlySet<string>): Contradiction[] {
  const { spans, say } = ctx;
  const friendlyLink = friendlyLinks(ctx);
  const found: Contradiction[] = [];
  const holders = new Map<string, ClaimRef[]>();
  for (const c of ctx.claims) {
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
  return found;
}

export function mutualReverse(
  ctx: ContradictionContext,
  antisymmetric: ReadonlySet<string>,
): Contradiction[] {
  const { spans, say } = ctx;
  const found: Contradiction[] = [];
  for (const c of ctx.claims) {
    if (!antisymmetric.has(c.relation) || !c.directed || c.from === c.to) continue;
    for (const d of ctx.byPair.get(pairKey(c.from, c.to)) ?? []) {
      // Each reversed couple once: from the claim whose id sorts first.
      if (d.relation !== c.relation || d.from !== c.to || compareIds(c.claim, d.claim) >= 0) continue;
      if (!spans.overlap(c, d)) continue;
      found.push({
        kind: "mutual-reverse",
        claims: [c, d],
        explanation: `${say(c)}, and the reverse: ${say(d)}; "${ctx.relationLabel(c.relation)}" cannot hold both ways.`,
      });
    }
  }
  return found;
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
