import { APPOSITION_CUES, COUNTRIES, KIND_CUES } from "../lexicon";
import type { Token } from "../types";
import { PLACE_CONTEXT_AFTER } from "./mention";

/** What makes a run of tokens a name, and what kind of actor a new name's context suggests. */

export const TITLE_WORDS =
  /^(?:President|Prime|Minister|General|Gen\.|Colonel|Col\.|Sheikh|Commander|Leader|King|Crown|Prince|Emir|Ayatollah|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sultan|Chief|Spokesman|Envoy)$/;

const NOT_NAMES =
  /^(?:The|A|An|This|That|These|Those|It|Its|He|His|She|Her|They|Their|We|Our|I|In|On|At|By|For|From|With|After|Before|However|But|And|Or|Meanwhile|Also|Over|Under|According|Both|Some|Many|Several|While|When|Although|Since|As|If|Main|Footage|Photo|Source|Located|Allies|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Islamist|Jihadist|Sunni|Shia|Shiite|Christian|Muslim|Arab|Western|Eastern|Northern|Southern|Central|Last|Next|Earlier|Later|Today|Yesterday|Now|Then|There|Here|What|Who|Which|Where|Why|How|One|Two|Three|Such|Other|Another|Each|Every|All|Most|More|Few|No|Not|Why)$/;

// "Deir ez-Zor", "Salah ed-Din": transliterated articles join the words of a name.
const NAME_CONNECTOR = /^(?:al|el|as|ash|ad|an|ar|at|az|ez|es|ed|er|et|ul|ibn|bin|abu|bani)-\p{Lu}/u;

/** "'", "’", "'s" or "’s": string comparisons, cheaper than a regex on every token. */
export function isPossessive(value: string): boolean {
  return value === "'s" || value === "’s" || value === "'" || value === "’";
}

/** Joins tokens written without a space around a hyphen ("al" "-" "Sham" -> "al-Sham"). */
export function joinHyphenated(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && prev.end === t.start && (t.text === "-" || prev.text.endsWith("-") || isPossessive(t.text))) {
      out[out.length - 1] = {
        text: text.slice(prev.start, t.end),
        start: prev.start,
        end: t.end,
        pos: prev.text === "-" ? t.pos : prev.pos === "PROPN" || t.pos === "PROPN" ? "PROPN" : t.pos,
      };
      continue;
    }
    out.push({ ...t });
  }
  return out;
}

export function isNameToken(t: Token, sentenceInitial: boolean): boolean {
  if (NAME_CONNECTOR.test(t.text)) return true;
  // "4th Division", "25th Brigade": an ordinal opens a unit's name.
  if (/^\d+(?:st|nd|rd|th)$/.test(t.text)) return true;
  if (!/^\p{Lu}[\p{L}\p{N}'’.-]*$/u.test(t.text)) return false;
  if (t.text.includes("/")) return false;
  // "Turkish-backed", "US-led": a compound modifier before a name, not part of it.
  if (
    /-(?:backed|led|held|controlled|supported|aligned|sponsored|funded|allied|linked|affiliated|run|designated|based|born)$/i.test(
      t.text,
    )
  )
    return false;
  if (NOT_NAMES.test(t.text)) return false;
  if (sentenceInitial && t.pos !== "PROPN") return false;
  return true;
}

/**
 * A sentence's first word the tagger did not call a proper noun may still be a name when the text
 * treats it as a place: "Manbij, a mostly Arab town, ...", "Rastan fell on Friday".
 */
export function nameLikeOpening(t: Token, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || NOT_NAMES.test(t.text)) return false;
  const after = text.slice(t.end, t.end + 60);
  return (
    /^,\s+(?:(?:a|an|the|two|once|now|long|home)\s+)(?:[\p{L}'’-]+\s+){0,3}?(?:town|city|village|province|region|district|stronghold|capital|home|base)\b/u.test(
      after,
    ) || PLACE_CONTEXT_AFTER.test(after)
  );
}

/** Arabic names of armed groups open with their type: Jabhat (front), Jaish (army), Liwa (brigade)... */
export function kindFromFirstWord(word: string): string | undefined {
  return /^(?:Jabhat|Jabha|Harakat|Haraket|Jaish|Jaysh|Jeish|Liwa|Liwaa|Alwiya|Alwiyat|Katibat|Katiba|Ansar|Jund|Junud|Hayat|Hay'at|Ahrar|Thuwar|Saraya|Firqat|Firqa|Tajamu|Tajammu|Faylaq|Failaq|Kataib|Kata'ib|Asaib|Asa'ib|Quwat|Quwwat|Fawj|Hizb|Jamaat|Jama'at)$/.test(
    word,
  )
    ? "armed-group"
    : undefined;
}

export function kindFromCue(word: string): string | undefined {
  for (const [re, kind] of KIND_CUES) if (re.test(word)) return kind;
  return undefined;
}

export function kindFromContext(text: string, start: number, end: number): string | undefined {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 20);
  const surface = text.slice(start, end);
  // "the Bashar al-Assad regime": a leader's name; "Abu Mohammed al-Jolani": an Arabic full name.
  if (/^\s+(?:regime|government|administration|loyalists)\b/i.test(after)) return "person";
  for (const [re, kind] of APPOSITION_CUES) if (re.test(before)) return kind;
  if (/\s(?:al|el|ibn|bin|abu)-\p{Lu}/u.test(surface) || /^(?:Abu|Sheikh)\s/.test(surface)) return "person";
  // "Idlib province", "Deir ez-Zor and Hasakah provinces".
  if (/^(?:\s+and\s+\p{Lu}[\p{L}-]*)?\s+(?:provinces?|governorates?|regions?|countryside)\b/iu.test(after))
    return "region";
  if (/^\s+(?:city|town|base|air base|airbase|airport|port|crossing|border crossing|camp)\b/i.test(after))
    return "city";
  if (/^,?\s+(?:home to|inhabited by|populated by)\b/i.test(after)) return "city";
  // "Kobani and Manbij, two towns in ...", "Rastan, a town north of Homs".
  const apposition =
    /^(?:\s+and\s+\p{Lu}[\p{L}-]*)?,\s+(?:a|an|the|two|three|four|several|both)\s+(?:[\p{L}-]+\s+){0,2}?(towns?|cities|city|villages?|provinces?|regions?|districts?)\b/u.exec(
      text.slice(end, end + 80),
    );
  if (apposition?.[1]) return /^(?:provinces?|regions?|districts?)$/.test(apposition[1]) ? "region" : "city";
  // "the Southern Operations Room, a loose alliance of local factions": an apposition names the kind.
  const group =
    /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(alliance|coalition|umbrella|grouping|group|faction|militia|movement|network|front|brigade|organi[sz]ation)\b/u.exec(
      text.slice(end, end + 80),
    )?.[1];
  if (group)
    return /^(?:alliance|coalition|umbrella|grouping)$/.test(group)
      ? "coalition"
      : group === "militia"
        ? "militia"
        : group === "organisation" || group === "organization"
          ? "organization"
          : "armed-group";
  // "the Christian Mahrada": a community adjective before a name marks a place where it lives.
  if (
    /\b(?:Christian|Druze|Alawite|Ismaili|Kurdish|Sunni|Shia|Shiite|Armenian|Assyrian|Yazidi|Turkmen)(?:-majority)?\s+$/.test(
      before,
    )
  )
    return "city";
  if (/^\s*\((?:\p{Lu}){2,6}\)/u.test(after)) return "armed-group";
  if (
    /(?:\b(?:in|near|outside|around|into|towards?|of|at|out of)\s+|\b(?:in|near|around|into|at|across)\s+the\s+)$/i.test(
      before,
    )
  )
    return "city";
  // "marched on Homs", "pressing on Manbij": an advance on a place.
  if (
    /\b(?:marched|marching|advanced|advancing|pressing|pressed|closing in|closed in|closes in|converged|converging|bearing down|moved|moving)\s+on\s+$/i.test(
      before,
    )
  )
    return "city";
  // The object of a capture or of control is a place: "captured Afrin", "controls Raqqa".
  if (
    /\b(?:captured|capturing|seized|seizing|took|taken|taking|retook|retaken|recaptured|overran|overrun|entered|entering|besieged|besieging|shelled|shelling|bombed|bombing|stormed|storming|controls|control|controlling|holds|held|holding|liberated|encircled|encircling|surrounded|surrounding|reached|reaching|(?:took|taken|taking|takes) over|control of|capture|seize|take|retake|hold|enter|reach|besiege|storm|liberate|encircle|surround|patrol|patrols|patrolled|patrolling|garrison|garrisoned)\s+(?:the\s+)?$/i.test(
      before,
    )
  ) {
    return "city";
  }
  if (COUNTRIES.some((c) => c.names.includes(surface))) return "state";
  // "Rastan fell", "Rastan was captured": what falls or is captured is a place.
  if (PLACE_CONTEXT_AFTER.test(text.slice(end, end + 40))) return "city";
  return undefined;
}
