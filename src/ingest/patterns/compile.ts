/**
 * How relation patterns are written and compiled. Relation patterns are in the tradition of dictionary-and-pattern event coders (PETRARCH/CAMEO):
 * each sentence is rewritten as a "coded" string in which every actor mention is a slot «n» and the
 * rest is lower-cased words, and each pattern is a regular expression over that string, written
 * with small templates:
 *   {A} {B}  actor slots (named groups a and b); {A?} a slot that may be missing, in which case
 *            the sentence subject fills it ("... and is considered a terrorist group by X")
 *   {_}      up to six lower-case words (auxiliaries, adverbs, negations) inside one clause
 *   {W}      up to two words that are not prepositions (articles, adjectives: "backs the «n»")
 *   {w}      up to four words of any kind ("the northeastern districts of «n»")
 */

/**
 * A cheap test before a pattern is tried: one of these words occurs, one of these strings occurs,
 * or a regular expression matches. Patterns with the same test share one Trigger object, so a
 * sentence is tested once per distinct trigger.
 */
export type Trigger = { id: number } & (
  | { words: Set<string> }
  | {
      literals: string[];
      /** Per literal: its first run of word characters, which must open a word of the sentence. */
      anchors: (string | undefined)[];
    }
  | { regex: RegExp }
);

export interface RelationPattern {
  name: string;
  relation: string;
  regex: RegExp;
  /** Which slot is the claim's source; the other is its target. */
  from: "a" | "b";
  confidence: number;
  /** The form itself only implies the relation ("pro-Iran", "the X stronghold of"). */
  implied?: boolean;
  /** An event dated by the article: a capture makes control start that day. */
  event?: boolean;
  /** The form states a relation that is over ("lost P"): the claim is marked ended. */
  ended?: boolean;
  /** The constructions the form reads ("appositive", "relational-noun", "modifier"...). */
  kinds?: string[];
  /** Slot a may be missing; the sentence subject then takes its place. */
  subjectFallback?: boolean;
  /** Slot a must be the sentence subject (weak forms such as "X in P"). */
  subjectOnly?: boolean;
  /** There is no slot a: the nearest actor before the match takes it ("X drove Y out with the support of Z"). */
  nearestAgent?: boolean;
  /** A coordination in a slot only contributes its member next to the other slot (appositions). */
  adjacentMember?: boolean;
  /** Words that, anywhere in the match, undo the reading ("lost control of P" is no control). */
  veto?: RegExp;
  /** The same, read over the match and the rest of its clause ("troops in P withdrew" is no presence). */
  vetoClause?: RegExp;
  /** Slot a's mention must read like this ("the Islamist insurgency"): the name itself carries the verb. */
  fromSurface?: RegExp;
  /** The target may not be a country: "strikes in Lebanon" locate the strikes, they do not attack Lebanon. */
  notCountry?: boolean;
  /** A slot of the template is a compound modifier ("{A}-backed"): elsewhere a modifier fills no slot. */
  compoundSlots?: boolean;
  /** A cheap test the sentence must pass before the full pattern is tried. */
  trigger?: Trigger;
  /** How many slots «n» every match contains at least: a sentence with fewer is not tried. */
  minSlots: number;
}

// "Russian air power helped the army hold Homs": after a causative verb its object is the next subject.
const CLAUSE_BREAK =
  "(?!(?:but|while|whereas|although|though|however|and(?! (?:their|its|his|her) )|or|yet|then|helped|helps|help|helping|enabled|enables|allowed|allows|urged|urges|asked|asks|told|tells|ordered|orders)\\s)";
// A word of a gap; a compound modifier such as "a «Kurdish»-led alliance" counts as a word.
const WORD = "(?:[a-z'’-]+|«\\d+»-[a-z]+),?";
// A coordinated verb may close the gap ("has armed and funded «n»"); a bare "and" may not
// ("«X» and is considered ...": the second verb's subject is not X).
const GAP = `(?:${CLAUSE_BREAK}${WORD} ){0,8}?(?:[a-z'’-]+,? (?:and|or) )?`;
const NOT_PREP = "(?!(?:by|to|from|against|with|of|on|in|for|at|into|and|or|as|that)\\s)";
const MOD = `(?:${NOT_PREP}(?:[a-z'’-]+|«\\d+»-[a-z]+) ){0,2}?`;
/** Up to four words of any kind ({w} in a template, or inline). */
export const ANY = "(?:(?:[a-z'’,-]+|«\\d+»-[a-z]+) ){0,4}?";

/** After a subject: "the rebels in Syria drove ...", "Turkish troops, based in Idlib, ..." */
// "HTS and allied factions now hold Rastan": the named leader of a loose coordination is the subject.
const SUBJECT_PP =
  "(?:'s)?(?:,? (?:in|from|of|near|based in) (?:the )?(?:[a-z-]+ )?«\\d+»)?(?: and (?:its |their )?(?:«\\d+» )?(?:allied |other |affiliated |smaller )?(?:factions|groups|allies|militias|partners|proxies))?(?: (?:led|backed|supported|armed|funded|trained|sponsored) by (?:the )?«\\d+»)?,?";

const NOT_POSSESSOR = "(?!'s (?:[a-z-]+ ){0,2}?«)";

function compile(template: string, relation: string): RegExp {
  // For attacks, "X-held areas" stand for X, unless a named place follows ("SDF-held Manbij").
  const NOT_MODIFIER =
    relation === "attacks" ? "(?!-(?!(?:held|controlled|run|occupied)\\b(?! (?:the )?«)))" : "(?!-)";
  const source = template
    .replace(/\{A\?\}/g, "(?:«(?<a>\\d+)»(?:'s)?,? )?")
    .replace(/\{A\}(?:\(\?:'s\)\?)?,? \{_\}/g, `«(?<a>\\d+)»${SUBJECT_PP} {_}`)
    .replace(/\{B\}(?:\(\?:'s\)\?)?,? \{_\}/g, `«(?<b>\\d+)»${SUBJECT_PP} {_}`)
    // Outside compound templates ("{A}-backed") a slot is no compound modifier: "took over several
    // «gov»-held districts of «P»" must reach P (X-held ground still counts as X's, for attacks).
    .replace(/\{A\}(?!-)/g, `«(?<a>\\d+)»${NOT_MODIFIER}`)
    .replace(/\{B\}(?!-)/g, `«(?<b>\\d+)»${NOT_MODIFIER}`)
    .replace(/\{A\}/g, "«(?<a>\\d+)»")
    .replace(/\{B\}/g, "«(?<b>\\d+)»")
    // A by-agent that is the possessor of another actor is no agent: "retaken by Russia's ally
    // Hezbollah" was retaken by Hezbollah.
    .replace(/\bby ((?:\(\?:the \)\? |\{W\})?)«\(\?<a>\\d\+\)»/g, `by $1«(?<a>\\d+)»${NOT_POSSESSOR}`)
    .replace(/\{_\}/g, GAP)
    .replace(/\{W\}/g, MOD)
    .replace(/\{w\}/g, ANY);
  return new RegExp(source, "g");
}

/**
 * The slots {A} and {B} a template always contains: those outside every group (a slot in a group
 * may be optional). A top-level alternation makes nothing certain.
 */
function minSlots(template: string): number {
  let depth = 0;
  let count = 0;
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === "\\") i++;
    else if (c === "[") i = template.indexOf("]", i + 1);
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return 0;
    else if (depth === 0 && (template.startsWith("{A}", i) || template.startsWith("{B}", i))) count++;
  }
  return count;
}

/** A pattern as written in a family file: its template, its reading, and its cheap trigger. */
export interface Spec
  extends Omit<RelationPattern, "regex" | "from" | "trigger" | "minSlots" | "compoundSlots"> {
  template: string;
  from?: "a" | "b";
  /**
   * Words a sentence must contain for the pattern to be worth trying: a verb list whose first words
   * are indexed (`triggerWords`), or a literal list or regular expression (`trigger`).
   */
  triggerWords?: string;
  trigger?: string;
}

/** Expands "labell?ed" and "cooperat(?:es|ed)" into plain words. */
function expand(word: string): string[] {
  const group = /\(\?:([^()]*)\)/.exec(word);
  if (group) {
    return (group[1] ?? "").split("|").flatMap((alt) => expand(word.replace(group[0], alt)));
  }
  const optional = /([a-z])\?/.exec(word);
  if (optional)
    return [
      ...expand(word.replace(optional[0], optional[1] ?? "")),
      ...expand(word.replace(optional[0], "")),
    ];
  return [word];
}

/** The first word of each alternative of a verb list: a word set is far cheaper than a big alternation. */
function wordsOf(list: string): Set<string> {
  const words = new Set<string>();
  for (const alternative of list.split(/\|(?![^()]*\))/)) {
    const first = alternative.split(" ")[0] ?? "";
    for (const w of expand(first)) if (/^[a-z'-]+$/.test(w)) words.add(w);
  }
  return words;
}

// Alternatives of plain characters only: substring searches are cheaper than an unanchored regex.
const LITERAL_ALTERNATIVES = /^[a-z '’,«»-]+(?:\|[a-z '’,«»-]+)*$/;
const triggersBySource = new Map<string, Trigger>();
/**
 * Triggers indexed for one pass over a sentence's words: word triggers by word, literal triggers
 * by the first two characters of each literal's anchor (a word the literal's occurrence opens).
 */
export const TRIGGER_INDEX = {
  byWord: new Map<string, number[]>(),
  byAnchorHead: new Map<string, { anchor: string; literal: string; id: number }[]>(),
};

function triggerFor(spec: Spec): { trigger?: Trigger } {
  const list = spec.triggerWords;
  const source = spec.trigger;
  const key = list ? `words:${list}` : source;
  if (key === undefined) return {};
  let trigger = triggersBySource.get(key);
  if (!trigger) {
    const id = triggersBySource.size;
    if (list) {
      trigger = { id, words: wordsOf(list) };
      for (const word of trigger.words)
        TRIGGER_INDEX.byWord.set(word, [...(TRIGGER_INDEX.byWord.get(word) ?? []), id]);
    } else if (source && LITERAL_ALTERNATIVES.test(source)) {
      const literals = source.split("|");
      const anchors = literals.map((l) => /[a-z'-]{2,}/.exec(l.replace(/’/g, "'"))?.[0]);
      literals.forEach((literal, i) => {
        const anchor = anchors[i];
        if (anchor === undefined) return;
        const head = anchor.slice(0, 2);
        TRIGGER_INDEX.byAnchorHead.set(head, [
          ...(TRIGGER_INDEX.byAnchorHead.get(head) ?? []),
          { anchor, literal, id },
        ]);
      });
      trigger = { id, literals, anchors };
    } else trigger = { id, regex: new RegExp(source ?? "") };
    triggersBySource.set(key, trigger);
  }
  return { trigger };
}

/** Compiles a written pattern: its regular expression, its slot count and its shared trigger. */
export function toPattern(spec: Spec): RelationPattern {
  return {
    name: spec.name,
    relation: spec.relation,
    regex: compile(spec.template, spec.relation),
    minSlots: minSlots(spec.template),
    from: spec.from ?? "a",
    confidence: spec.confidence,
    ...(spec.implied ? { implied: true } : {}),
    ...(spec.event ? { event: true } : {}),
    ...(spec.ended ? { ended: true } : {}),
    ...(spec.kinds ? { kinds: spec.kinds } : {}),
    ...(spec.subjectFallback ? { subjectFallback: true } : {}),
    ...(spec.subjectOnly ? { subjectOnly: true } : {}),
    ...(spec.nearestAgent ? { nearestAgent: true } : {}),
    ...(spec.adjacentMember ? { adjacentMember: true } : {}),
    ...(spec.veto ? { veto: spec.veto } : {}),
    ...(spec.vetoClause ? { vetoClause: spec.vetoClause } : {}),
    ...(spec.notCountry ? { notCountry: true } : {}),
    ...(spec.fromSurface ? { fromSurface: spec.fromSurface } : {}),
    ...(/\{[AB]\??\}-/.test(spec.template) ? { compoundSlots: true } : {}),
    ...triggerFor(spec),
  };
}

/** How many distinct triggers the compiled patterns use (ids run from 0). */
export function triggerCount(): number {
  return triggersBySource.size;
}
