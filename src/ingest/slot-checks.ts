import { ontologyIndex } from "../model/ontology-index";
import type { Mention } from "./mentions/index";
import type { RelationPattern } from "./patterns/index";
import type { ReaderEnv } from "./reader-env";

/** What the checks on a match read: the sentence's mentions and the slots of its coded text. */
export interface SentenceView {
  env: ReaderEnv;
  text: string;
  mentions: Mention[];
  slots: number[][];
}

/** A slot's character span in the coded variant. */
export type SlotSpan = [number, number];

/**
 * A match whose slots the sentence's structure keeps apart: the agent of a passive, a place
 * only near the one named, or a slot inside a relative clause reaching past its closing comma.
 */
export function outOfReach(
  view: SentenceView,
  pattern: RelationPattern,
  variant: string,
  match: RegExpExecArray,
  aAt: SlotSpan | undefined,
  bAt: SlotSpan | undefined,
  bSlot: number | undefined,
): boolean {
  const { mentions, slots } = view;
  const { finder } = view.env;
  const prefix = variant.slice(0, match.index);
  // The agent of a passive ("described by «Turkey» officials as ...") is no subject.
  if (
    !pattern.kinds?.includes("relational-noun") &&
    /\bby (?:the )?$/.test(prefix) &&
    (aAt?.[0] === match.index || bAt?.[0] === match.index) &&
    !/\b(?:which|who|that)\b/.test(match[0])
  ) {
    return true;
  }
  // "seized villages south of «P»", "took much of north-eastern «Syria»": not control of P itself.
  if (pattern.relation === "controls" && bAt && aAt && aAt[0] < bAt[0]) {
    const between = variant.slice(aAt[1], bAt[0]);
    if (
      /\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of|outskirts|near|outside|around|suburbs|villages)\b/.test(
        between,
      )
    ) {
      return true;
    }
    const target = mentions[slots[bSlot ?? -1]?.[0] ?? -1]?.actorIds[0];
    if (
      /\b(?:much|most|parts?|some|half|areas|swathes|pockets) of\b/.test(between) &&
      finder.kindOf(target ?? "") === "country"
    ) {
      return true;
    }
  }
  // A slot inside a relative clause cannot reach past the clause's closing comma:
  // in "Hezbollah, which backs Assad in Syria, fought Israel", Assad did not fight.
  if (aAt && bAt) {
    const [first, second] = aAt[0] < bAt[0] ? [aAt, bAt] : [bAt, aAt];
    if (
      variant.slice(first[1], second[0]).includes(",") &&
      // The clause must hang off an actor: "In 2016, X, backed by Y, ..." opens with an adverbial.
      /«\d+»[^«]*,\s*(?:(?:which|who|whose|whom|where|a|an|two|three|four|several|both|formerly|once|previously|also|better)\b[^,]*)?$/.test(
        variant.slice(0, first[0]),
      )
    ) {
      return true;
    }
  }
  return false;
}

export function isModifierSlot(view: SentenceView, slot: string | undefined): boolean {
  const { slots, mentions, text } = view;
  const members = slot === undefined ? undefined : slots[Number(slot)];
  const only = members?.length === 1 ? mentions[members[0] ?? -1] : undefined;
  return only !== undefined && text[only.end] === "-";
}

// "strikes on rebel-held areas" attack the rebels' ground, and so the rebels.
export function isHeldSlot(view: SentenceView, slot: string | undefined): boolean {
  const { slots, mentions, text } = view;
  const { finder } = view.env;
  const relations = ontologyIndex(view.env.ontology);
  const only = mentions[slots[Number(slot)]?.[0] ?? -1];
  // Only an actor that can hold ground: "Kurdish-held towns" are not the Kurds attacked.
  return (
    only !== undefined &&
    /^-(?:held|controlled|run|occupied)\b/.test(text.slice(only.end, only.end + 12)) &&
    // "SDF-held Manbij": the place named right after is the target, not its holder.
    !mentions.some(
      (m) =>
        m.start > only.end &&
        /^-[a-z]+\s+(?:(?:city|town|village|province|region)\s+of\s+)?$/.test(text.slice(only.end, m.start)),
    ) &&
    (relations.relation("controls")?.from.includes(finder.kindOf(only.actorIds[0] ?? "") ?? "") ?? false)
  );
}

export function isAgentSlot(view: SentenceView, slot: number): boolean {
  const { slots, mentions } = view;
  const { ontology, finder } = view.env;
  return (slots[slot] ?? []).some((i) => {
    const m = mentions[i];
    const id = m?.actorIds[0];
    return id !== undefined && !m?.placeContext && !ontologyIndex(ontology).isPlaceKind(finder.kindOf(id));
  });
}

/**
 * A relation needs a mention that can be its source and one that can be its target ("controls"
 * needs a place): patterns of a relation the sentence cannot fill are not tried at all. Claims
 * always join two different mentions ("located-in" needs two places).
 */
export function fillableRelations(view: SentenceView): Set<string> {
  const { ontology, finder } = view.env;
  const { mentions } = view;
  const fillable = new Set<string>();
  const mentionKinds = mentions.map((m) => m.actorIds.map((id) => finder.kindOf(id) ?? ""));
  for (const relation of ontology.relationKinds) {
    let sources = 0;
    let targets = 0;
    let source = -1;
    let target = -1;
    mentionKinds.forEach((kinds, i) => {
      if (kinds.some((k) => relation.from.includes(k))) {
        sources++;
        source = i;
      }
      if (kinds.some((k) => relation.to.includes(k))) {
        targets++;
        target = i;
      }
    });
    if (sources > 0 && targets > 0 && (sources > 1 || targets > 1 || source !== target))
      fillable.add(relation.id);
  }
  return fillable;
}

/** "took much of north-eastern Syria", "holds parts of Syria": control of a part, not of the country. */
export function isPartOfCountry(view: SentenceView, region: string, to: number): boolean {
  const id = view.mentions[to]?.actorIds[0];
  if (view.env.finder.kindOf(id ?? "") !== "country") return false;
  return new RegExp(
    `\\b(?:much|most|parts?|some|half|rest|areas|swathes|pockets|districts|towns|villages) of (?:the )?(?:[a-z-]+ )?«${to}»`,
  ).test(region);
}

/** Whether a mention's actor can hold ground ("Kurdish-held towns" are not the Kurds attacked). */
export function canHold(view: SentenceView, mention: number): boolean {
  const kind = view.env.finder.kindOf(view.mentions[mention]?.actorIds[0] ?? "") ?? "";
  return ontologyIndex(view.env.ontology).relation("controls")?.from.includes(kind) ?? false;
}
