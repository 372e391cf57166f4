import type { Mention } from "../mentions/index";
import type { Token } from "../types";

/**
 * The units the structure is read over: wink-nlp's tokens with each actor mention collapsed into
 * one unit, hyphenated words joined ("north-west"), compound modifiers kept with their mention
 * ("Qatari-funded": the mention, `compound: "funded"`; "pro-Iran": `compound: "pro"`) and a
 * possessive "'s" folded into the unit before it.
 */
export interface Unit {
  /** Lower-case text; a mention's is its slot «i». */
  text: string;
  /** wink's universal POS tag; "MENTION" for a mention. */
  pos: string;
  start: number;
  end: number;
  /** The mention the unit is, if any. */
  mention?: number;
  /** The word after the mention's hyphen ("backed", "held"), or "pro"/"anti" before it. */
  compound?: string;
  /** Followed by "'s" (or a possessive pronoun such as "its"). */
  possessive?: boolean;
  /** A pronoun mention ("it", "its"): never a member of a coordination. */
  pronoun?: boolean;
  /** Further mentions sharing the span ("they" = Iran and Russia). */
  members?: number[];
}

/** The mentions a unit stands for: its own and those sharing its span. */
export function unitMentions(unit: Unit): number[] {
  return unit.mention === undefined ? [] : [unit.mention, ...(unit.members ?? [])];
}

const POSSESSIVE_TOKEN = /^['’]s?$/;
const HYPHEN = /^[-‐‑]$/;
const PREFIXES = new Set(["pro", "anti"]);

/** Lower-cases and straightens quotes so words compare with the lexicon. */
function clean(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/** The index of the mention a token lies in (or overlaps), if any. */
function mentionAt(token: Token, mentions: Mention[], from: number): number {
  for (let i = from; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= token.end) return -1;
    if (m.end > token.start) return i;
  }
  return -1;
}

/** Reads a sentence's tokens into units (see `Unit`). Mentions must be in text order. */
export function readUnits(tokens: Token[], mentions: Mention[]): Unit[] {
  const units: Unit[] = [];
  let firstMention = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    // A bracket ("the Syrian Democratic Forces (SDF)") adds nothing to the structure around it.
    if (token.text === "(") {
      let close = t + 1;
      while (close < tokens.length && (tokens[close] as Token).text !== ")") close++;
      if (close < tokens.length) {
        t = close;
        continue;
      }
    }
    const m = mentionAt(token, mentions, firstMention);
    if (m >= 0) {
      const mention = mentions[m] as Mention;
      let last = t;
      while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < mention.end) last++;
      const unit: Unit = {
        text: `«${m}»`,
        pos: "MENTION",
        start: mention.start,
        end: mention.end,
        mention: m,
      };
      if (mention.pronoun) unit.pronoun = true;
      if (mention.pronoun && /^(?:its|their)$/i.test(mention.surface)) unit.possessive = true;
      const previous = units[units.length - 1];
      // "pro-Iran militias": the prefix word and its hyphen become the mention's compound.
      if (previous && PREFIXES.has(previous.text.replace(/-$/, "")) && previous.end === mention.start) {
        units.pop();
        unit.compound = previous.text.replace(/-$/, "");
        unit.start = previous.start;
      }
      let next = m + 1;
      while (mentions[next]?.member && mentions[next]?.start === mention.start) {
        unit.members = [...(unit.members ?? []), next];
        next++;
      }
      units.push(unit);
      firstMention = next;
      t = last;
      continue;
    }
    const previous = units[units.length - 1];
    if (
      POSSESSIVE_TOKEN.test(token.text) &&
      previous &&
      previous.end === token.start &&
      token.pos !== "PUNCT"
    ) {
      previous.possessive = true;
      previous.end = token.end;
      continue;
    }
    if (HYPHEN.test(token.text) && previous && previous.end === token.start) {
      const next = tokens[t + 1];
      const joined = next && next.start === token.end && mentionAt(next, mentions, firstMention) < 0;
      if (joined && previous.mention !== undefined && !previous.compound) {
        // "Qatari-funded": the word after the hyphen qualifies the noun the mention modifies.
        previous.compound = clean(next.text);
        previous.end = next.end;
        t++;
        continue;
      }
      if (joined && previous.mention === undefined) {
        previous.text += `-${clean(next.text)}`;
        previous.end = next.end;
        t++;
        continue;
      }
      // "pro-" before a mention: keep the hyphen on the word; the mention takes it as a prefix.
      if (previous.mention === undefined) {
        previous.text += "-";
        previous.end = token.end;
        continue;
      }
    }
    units.push({ text: clean(token.text), pos: token.pos, start: token.start, end: token.end });
  }
  return units;
}
