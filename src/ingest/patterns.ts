/**
 * Relation patterns in the tradition of dictionary-and-pattern event coders (PETRARCH/CAMEO):
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
const ANY = "(?:(?:[a-z'’,-]+|«\\d+»-[a-z]+) ){0,4}?";

/** After a subject: "the rebels in Syria drove ...", "Turkish troops, based in Idlib, ..." */
// "HTS and allied factions now hold Rastan": the named leader of a loose coordination is the subject.
const SUBJECT_PP =
  "(?:'s)?(?:,? (?:in|from|of|near|based in) (?:the )?(?:[a-z-]+ )?«\\d+»)?(?: and (?:its |their )?(?:«\\d+» )?(?:allied |other |affiliated |smaller )?(?:factions|groups|allies|militias|partners|proxies))?(?: (?:led|backed|supported|armed|funded|trained|sponsored) by (?:the )?«\\d+»)?,?";

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

const SUPPORT_ACTIVE =
  "backs|backed|backing|back|supports|supported|supporting|support|arms|armed|arming|arm|funds|funded|funding|fund|finances|financed|financing|finance|sponsors|sponsored|sponsoring|sponsor|trains|trained|training|equips|equipped|equipping|equip|aids|aided|aiding|assists|assisted|assisting|assist|helps|helped|helping|help|supplies|supplied|supplying|supply|bankrolls|bankrolled|bankrolling|props up|propped up|propping up|protects|protected|protecting|reinforced|reinforces|reinforcing|bolstered|bolsters|bolstering|shored up|rescued|sided with|side with|sides with|came to the aid of|come to the aid of|stood by|stands by|sustained|sustains";
const SUPPORT_PASSIVE =
  "backed|supported|armed|funded|financed|sponsored|trained|equipped|aided|assisted|helped|supplied|propped up|protected|reinforced|bolstered|bankrolled|sustained|shored up";
const GIVE =
  "provided|provides|providing|provide|sent|sends|sending|send|delivered|delivers|delivering|deliver|shipped|ships|shipping|gave|gives|giving|give|offered|offers|pledged|pledges|transferred|funnell?ed|channell?ed|smuggled|smuggles|flew|supplied|supplies|supplying|lent|extended";
const FIGHT =
  "face|faces|facing|faced|fought|fights|fight|fighting|battled|battles|battle|battling|clashed with|clashes with|clash with|clashing with|at war with|waged war on|waged war against|wages war on|waging war on|went to war with|resisted|resists|resisting|confronted|confronts|confronting|engaged";
const ATTACK =
  "laid siege to|lay siege to|lays siege to|laying siege to|storm|shell|pound|raid|bombard|besiege|invade|ambush|pressing on|pressed on|presses on|closing in on|closed in on|closes in on|bearing down on|bore down on|attacked|attacks|attack|attacking|bombarded|bombards|bombarding|struck|strikes|striking|bombed|bombs|bombing|bomb|shelled|shells|shelling|targeted|targets|targeting|target|raided|raids|raiding|hit|hits|hitting|pounded|pounds|pounding|assaulted|assaults|stormed|storms|storming|ambushed|ambushes|besieged|besieges|invaded|invades|invading|launched (?:an? |new |fresh |its |their )?(?:[a-z]+ )?(?:attacks?|offensive|assault|strikes?|airstrikes?|air strikes|raids?|counter-offensive|counteroffensive) (?:on|against|targeting|into)";
const ATTACK_NOUN =
  "airstrikes|air strikes|air strike|airstrike|strikes|strike|attacks|attack|offensive|assault|bombardment|bombing|bombings|shelling|raids|raid|drone strikes|missile strikes|incursion|invasion|counter-offensive|counteroffensive|onslaught";
const ATTACK_PASSIVE =
  "attacked|bombed|bombarded|shelled|struck|targeted|raided|hit|pounded|stormed|invaded|besieged|ambushed|under attack|under fire";
const CAPTURE =
  "captured|captures|capturing|capture|seized|seizes|seizing|seize|took control of|takes control of|taking control of|take control of|took over|takes over|taking over|taken over|taken control of|took|takes|taking|taken|retaken|overran|overrun|overruns|conquered|conquers|conquer|retook|retakes|retaking|retake|recaptured|recaptures|recapturing|recapture|controls|controlled|control|controlling|holds|held|hold|holding|occupied|occupies|occupy|occupying|liberated|liberates|liberating|gained control of|seized control of|wrested control of|wrested|secured|secures|securing|regained|regains|regaining|regained control of|won control of|run|runs|ran|governs|governed|administers|administered|ruled|rules|ruling";
const CAPTURE_NOUN = "capture|seizure|takeover|conquest|liberation|recapture|fall|occupation";
const EXPEL =
  "drove|drive|drives|driving|pushed|push|pushes|pushing|forced|force|forces|forcing|expelled|expel|expels|expelling|ousted|oust|ousts|ousting|chased|chase|evicted|kicked|cleared|clear|routed|rout|dislodged|dislodge|flushed";
const DESIGNATE =
  "considered|designated|listed|classified|regarded|deemed|labell?ed|branded|recognized|recognised|blacklisted|proscribed|named|viewed|seen";
const DESIGNATE_ACTIVE =
  "considers|considered|consider|designated|designates|designate|lists|listed|list|classifies|classified|classify|regards|regarded|regard|labels|labell?ed|label|brands|branded|brand|blacklisted|blacklists|proscribed|proscribes|deems|deemed|deem|views|viewed|sees|saw|calls|called|has designated|still considers";
const TERROR = "(?:[a-z-]+ ){0,2}?(?:terrorist|terror)(?: [a-z]+)?";
const DIRECTIONS =
  "(?:(?:north|south|east|west|northern|southern|eastern|western|central|north-western|north-eastern|south-western|south-eastern|northwest|northeast|southwest|southeast|northwestern|northeastern|southwestern|southeastern|north-west|north-east|south-west|south-east|coastal|rural) )?";

interface Spec {
  name: string;
  relation: string;
  template: string;
  from?: "a" | "b";
  confidence: number;
  implied?: boolean;
  event?: boolean;
  subjectFallback?: boolean;
  subjectOnly?: boolean;
  nearestAgent?: boolean;
  adjacentMember?: boolean;
  veto?: RegExp;
  vetoClause?: RegExp;
  notCountry?: boolean;
  fromSurface?: RegExp;
}

/** Plural nouns for an actor's armed presence: "Turkish troops", "Russia's bases", "HTS fighters". */
const PRESENCE_NOUNS =
  "forces|troops|soldiers|fighters|militiamen|militants|bases?|air base|naval base|garrisons?|units|advisers|advisors|personnel|contingents?|positions|outposts|checkpoints|patrols|convoys|reinforcements";
/** Verbs that make "X told fighters in P" about someone else's fighters. */
const SPEECH_OR_AUX =
  "(?:told|tells|said|says|sent|sends|ordered|orders|urged|urges|asked|asks|called|calls|warned|warns|has|have|had|is|are|was|were|praised|thanked|blamed|accused)";
/** "lost control of", "ceded control of": control that ends. */
const LOSS =
  /\b(?:lost|lose|loses|losing|ceded|cede|cedes|ceding|relinquished|relinquish|surrendered|gave up|give up)\b/;
/** Leaving a place is not being in it. */
const DEPARTURE =
  /\b(?:withdr[a-z]*|pull(?:ed|ing|s)? (?:out|back)|pulled|left|leav[a-z]*|fled|flee[a-z]*|evacuat[a-z]*|retreat[a-z]*|abandon[a-z]*|expelled|driven|ousted|lost|from)\b/;
/** What an attack hits that belongs to the target: "struck HTS positions", "bombing Iranian weapons routes". */
const TARGET_ASSETS =
  "positions|bases|base|depots|depot|targets|convoys?|headquarters|facilities|sites|posts|outposts|warehouses|checkpoints|barracks|strongholds|fighters|troops|forces|commanders|routes|supply lines|supply routes|weapons|arms|shipments|militants|units|camps?|officials|leaders|leadership|planes|jets|drones|vehicles|tanks|ammunition|infrastructure|assets";

const SPECS: Spec[] = [
  // ---- supports
  {
    name: "supports-active",
    relation: "supports",
    template: `{A}(?:'s)? {_}(?<v>${SUPPORT_ACTIVE}) {W}{B}`,
    confidence: 0.9,
  },
  {
    name: "supports-passive",
    relation: "supports",
    template: `{B}(?:'s)? {_}(?:${SUPPORT_PASSIVE}) (?:[a-z]+ ){0,2}?by {W}{A}`,
    confidence: 0.9,
  },
  {
    name: "supports-compound",
    relation: "supports",
    template: `{A}-(?:backed|supported|sponsored|funded|armed|trained|financed|aligned) {W}{B}`,
    confidence: 0.8,
    implied: true,
  },
  { name: "supports-pro", relation: "supports", template: `pro-{A} {W}{B}`, confidence: 0.75, implied: true },
  {
    name: "supports-with-support-of",
    relation: "supports",
    template: `with the (?:[a-z]+ )?(?:support|backing|help|aid|assistance|blessing|protection) of {W}{B}`,
    from: "b",
    confidence: 0.75,
    nearestAgent: true,
  },
  {
    name: "supports-thanks-to",
    relation: "supports",
    template: `(?:thanks to|backed by|supported by|received|receiving|receives|relies on|relied on|depends on|depended on) (?:the )?(?:[a-z]+ )?(?:support|backing|help|aid|assistance|weapons|arms|funding|money) (?:of|from) {W}{B}`,
    from: "b",
    confidence: 0.75,
    nearestAgent: true,
  },
  {
    name: "supports-give-to",
    relation: "supports",
    template: `{A}(?:'s)? {_}(?:${GIVE}) (?:[a-z'’,-]+ ){1,5}?to {W}{B}`,
    confidence: 0.8,
  },
  {
    // "Russia provided air cover for the army's advance".
    name: "supports-provide-for",
    relation: "supports",
    template: `{A} {_}(?:provided|provides|providing|provide|offered|offers|gave|gives|lent|lends|extended) (?:[a-z-]+ ){0,3}?(?:cover|support|backing|protection|assistance|help|aid|weapons|arms|funding|training|intelligence|firepower) (?:for|to) {W}{B}`,
    confidence: 0.8,
  },
  {
    // "The SNA relies heavily on Turkish funding", "depends on Russian air power".
    name: "supports-relies-on",
    relation: "supports",
    template: `{B} {_}(?:relies|relied|rely|relying|depends|depended|depend|depending|leans|leaned|leant) (?:[a-z]+ly )?on (?:the )?{A}(?:'s)? (?:[a-z-]+ )?(?:support|backing|funding|help|aid|assistance|weapons|arms|money|protection|air power|airpower|air support|fighters|troops|patronage)\\b`,
    confidence: 0.8,
  },
  {
    // "..., with Russian air support", "thanks to Iranian fighters": the nearest agent before is backed.
    name: "supports-with-actor-support",
    relation: "supports",
    template: `(?:with|thanks to|aided by|helped by|backed by|supported by) (?:the )?{B}(?:'s)? (?:[a-z-]+ )?(?:support|backing|help|aid|air power|airpower|air support|air cover|firepower|protection)\\b`,
    from: "b",
    confidence: 0.75,
    nearestAgent: true,
  },
  {
    name: "supports-noun",
    relation: "supports",
    template: `{A} {_}(?:[a-z-]+ ){0,2}?(?:support|backing|aid|assistance|sponsorship|patronage|funding|help|arms supplies|weapons) (?:for|to|of) {W}{B}`,
    confidence: 0.8,
  },
  {
    name: "supports-backer-of",
    relation: "supports",
    template: `{A} {_}(?:is|are|was|were|has been|have been|remains|remain|remained|became|become)? ?(?:a |an |the )?(?:[a-z-]+ ){0,2}?(?:backers?|sponsors?|patrons?|supporters?|benefactors?|protectors?|lifeline|guarantors?) (?:of|to|for) {W}{B}`,
    confidence: 0.85,
  },
  {
    name: "supports-role-in",
    relation: "supports",
    template: `{A} {_}(?:played|plays|play|playing) (?:a |an )?(?:[a-z-]+ ){0,2}?role in (?:the )?(?:[a-z-]+ ){0,2}?(?:success|survival|victory|victories|defen[cs]e|rescue|recovery|comeback|resurgence|advance) of {W}{B}`,
    confidence: 0.8,
  },
  {
    name: "supports-on-side",
    relation: "supports",
    template: `{A} {_}(?:fought|fights|fight|fighting|intervened|intervenes|intervening|entered the war) (?:on (?:the )?(?:side|behalf) of|for) {W}{B}`,
    confidence: 0.8,
  },
  {
    name: "supports-apposition-backed",
    relation: "supports",
    template: `{B},? (?:a |an |the )?(?:[a-z-]+ ){0,2}?(?:coalition|alliance|umbrella|group|network|grouping|collection|array|federation) of (?:[a-z-]+ )?{A}-(?:backed|supported|sponsored|funded|armed) (?:[a-z-]+ ){0,2}?(?:factions|groups|militias|rebels|fighters|brigades)`,
    confidence: 0.8,
    implied: true,
  },
  // Coordinated verb phrases take the sentence subject: "X controls P and has clashed with Y".
  {
    name: "supports-coordinated",
    relation: "supports",
    template: `(?:, | )and (?:has |have |had |also |then |later |now |is |are |was |were |been )*(?<v>${SUPPORT_ACTIVE}) {W}{B}`,
    from: "a",
    confidence: 0.75,
    subjectFallback: true,
  },
  {
    name: "fights-coordinated",
    relation: "fights",
    template: `(?:, | )and (?:has |have |had |also |then |later |now |is |are |was |were |been )*(?<v>${FIGHT}) (?!alongside|on the side|for\\s|with the support)(?:against )?{W}{B}`,
    confidence: 0.75,
    subjectFallback: true,
  },
  {
    name: "attacks-coordinated",
    relation: "attacks",
    template: `(?:, | )and (?:has |have |had |also |then |later |now |is |are |was |were |been )*(?<v>${ATTACK}) {W}{B}`,
    confidence: 0.75,
    subjectFallback: true,
  },
  {
    name: "controls-coordinated",
    relation: "controls",
    template: `(?:, | )and (?:has |have |had |also |then |later |now |is |are |was |were |been )*(?<v>${CAPTURE}) ${ANY}{B}`,
    confidence: 0.75,
    event: true,
    subjectFallback: true,
  },
  {
    name: "supports-possessive-backer",
    relation: "supports",
    template: `{A} {_}(?:is|are|was|were|remains|remain|remained|has been|have been|became|become) (?:the |a |an )?{B}'s (?:[a-z-]+ ){0,2}?(?:backers?|sponsors?|patrons?|supporters?|benefactors?|protectors?|lifeline|guarantors?)\\b`,
    confidence: 0.85,
  },
  // ---- allied-with
  {
    name: "allied-with-verb",
    relation: "allied-with",
    template: `{A} {_}(?:allied|allies|ally|aligned|partnered|teamed up|joined forces|joins forces|join forces|sided|formed an alliance|forged an alliance|struck an alliance|signed an alliance|cooperat(?:es|ed|ing|e)|coordinat(?:es|ed|ing|e)) (?:itself |themselves |closely )?(?:(?:the|its|their|an?) [a-z-]+ )?with {W}{B}`,
    confidence: 0.85,
  },
  {
    name: "allied-with-ally-of",
    relation: "allied-with",
    template: `{A} {_}(?:is|are|was|were|remains|remain|remained|became|become|has been|have been) (?:a |an |the )?(?:[a-z-]+ ){0,3}?(?:ally|allies|partner|partners) (?:of|to) {W}{B}`,
    confidence: 0.85,
  },
  {
    // "Iran, Assad's main regional ally, ...".
    name: "allied-with-possessive-apposition",
    relation: "allied-with",
    template: `{A}, (?:the )?{B}'s (?:[a-z-]+ ){0,3}?(?:ally|allies|partner|partners)\\b`,
    confidence: 0.8,
  },
  {
    // "Moscow, Assad's main backer, ...".
    name: "supports-possessive-apposition",
    relation: "supports",
    template: `{A}, (?:the )?{B}'s (?:[a-z-]+ ){0,3}?(?:backers?|sponsors?|patrons?|supporters?|benefactors?|protectors?|lifeline|guarantors?)\\b`,
    confidence: 0.8,
  },
  {
    // "Rebels led by HTS", "the HTS-led rebels".
    name: "leads-led-by-reduced",
    relation: "leads",
    template: `{B} (?:led|headed|spearheaded) by (?:the )?{A}`,
    confidence: 0.75,
  },
  {
    name: "leads-compound",
    relation: "leads",
    template: `{A}-led (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.7,
    implied: true,
  },
  {
    name: "allied-with-apposition",
    relation: "allied-with",
    template: `{A}, (?:a |an |the )(?:[a-z-]+ ){0,2}?(?:ally|partner) of {W}{B}`,
    confidence: 0.8,
  },
  {
    name: "allied-with-its-allies",
    relation: "allied-with",
    template: `{A} and (?:its|their|his|her) (?:[a-z-]+ )?{B} (?:[a-z-]+ )?allies`,
    confidence: 0.8,
  },
  {
    name: "allied-with-its-allies-2",
    relation: "allied-with",
    template: `{A} and (?:its|their|his|her) (?:[a-z-]+ )?allies,? (?:the )?{B}`,
    confidence: 0.8,
  },
  {
    // "Iran's allies in Syria include Hezbollah".
    name: "allied-with-allies-include",
    relation: "allied-with",
    template: `{A}'s (?:[a-z-]+ ){0,2}?(?:allies|partners) (?:in «\\d+» )?(?:include|included|including|are|were) (?:the )?{B}`,
    confidence: 0.8,
  },
  {
    name: "allied-with-possessive",
    relation: "allied-with",
    template: `{A}'s (?:[a-z-]+ ){0,2}?(?:ally|allies|partner|partners),? (?:the )?{B}`,
    confidence: 0.8,
  },
  {
    name: "allied-with-group",
    relation: "allied-with",
    template: `{A} {_}(?:are|were|remain|remained|became|become|have been|had been|are still|stay|stayed) (?:[a-z-]+ ){0,2}?(?:allies|partners)\\b(?! of| to| with)`,
    from: "a",
    confidence: 0.8,
  },
  {
    name: "allied-with-alliance-between",
    relation: "allied-with",
    template: `(?:alliance|partnership|pact|coalition) (?:between|of) {A}`,
    confidence: 0.75,
  },
  {
    name: "allied-with-alongside",
    relation: "allied-with",
    template: `{A} {_}(?:fought|fights|fight|fighting|battled|battling|operates|operating|operated|operate|served|serves|deployed)(?: (?:against )?(?:[a-z-]+ |«\\d+» ){0,2}?(?:[a-z-]+|«\\d+»))? alongside {W}{B}`,
    confidence: 0.8,
  },
  // ---- fights
  {
    name: "fights-verb",
    relation: "fights",
    template: `{A} {_}(?<v>${FIGHT}) (?!alongside|on the side|for\\s|with the support)(?:(?:[a-z]+ly )?against )?{W}{B}`,
    confidence: 0.85,
  },
  {
    name: "fights-between",
    relation: "fights",
    template: `(?:clashes|clash|fighting|battles?|war|hostilities|skirmishes|confrontations?|combat|conflict|fight) (?:[a-z]+ ){0,2}?between (?:the )?{A}`,
    confidence: 0.85,
  },
  {
    name: "fights-noun-against",
    relation: "fights",
    template: `{A} {_}(?:in |during |of )?(?:the |their |its |his |a |an )?(?:[a-z-]+ ){0,2}?(?:battles?|fighting|war|clashes|fight|struggle|insurgency|uprising|rebellion|campaign|resistance|combat) (?:against|with) {W}{B}`,
    confidence: 0.8,
  },
  {
    // "the Islamist insurgency against government forces": the uprising fights its target.
    name: "fights-uprising-against",
    relation: "fights",
    template: `{A} (?:against|on) (?:the )?{B}`,
    confidence: 0.75,
    fromSurface: /(?:insurgency|uprising|rebellion|revolt|insurrection|jihad|resistance)$/i,
  },
  {
    name: "fights-expel",
    relation: "fights",
    template: `{A} {_}(?<v>${EXPEL}) (?:back )?{W}{B}(?! (?:to|into)\\b)`,
    confidence: 0.8,
  },
  {
    name: "fights-expel-passive",
    relation: "fights",
    template: `{B} {_}(?:was|were|had been|have been|has been|being) (?:driven|pushed|forced|expelled|ousted|routed|defeated|repelled|repulsed|dislodged|chased) (?:out |back )?(?:[a-z-]+ |«\\d+» ){0,4}?by {W}{A}`,
    confidence: 0.8,
  },
  {
    name: "fights-defeat",
    relation: "fights",
    template: `{A} {_}(?<v>defeated|defeats|routed|repelled|repulsed|repels|ambushed|killed|encircled|besieged) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.75,
  },
  {
    // "US troops fight IS cells alongside the SDF": the partner fights the same enemy.
    name: "fights-alongside-partner",
    relation: "fights",
    template: `(?<v>${FIGHT}) (?:against )?{W}{B} (?:[a-z-]+ ){0,2}?alongside {W}{A}`,
    confidence: 0.75,
  },
  // ---- attacks
  { name: "attacks-verb", relation: "attacks", template: `{A} {_}(?<v>${ATTACK}) {W}{B}`, confidence: 0.85 },
  {
    name: "attacks-noun",
    relation: "attacks",
    template: `{A}(?:'s)? (?:[a-z-]+ ){0,2}?(?:${ATTACK_NOUN}) (?:on|against|targeting|into) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
  },
  {
    name: "attacks-noun-in",
    relation: "attacks",
    template: `{A}(?:'s)? (?:[a-z-]+ ){0,2}?(?:${ATTACK_NOUN}) in (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
    notCountry: true,
  },
  {
    name: "attacks-noun-by",
    relation: "attacks",
    template: `(?:${ATTACK_NOUN}) (?:[a-z]+ )?(?:by|from) {A} (?:[a-z-]+ )?(?:on|against|targeting|in) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
  },
  {
    name: "attacks-passive",
    relation: "attacks",
    template: `{B} {_}(?:was|were|has been|have been|had been|came|come|comes|is|are|being) (?:[a-z]+ )?(?:${ATTACK_PASSIVE}) (?:[a-z-]+ ){0,2}?(?:by|from) {W}{A}`,
    confidence: 0.85,
  },
  {
    name: "attacks-assets",
    relation: "attacks",
    template: `{A} {_}(?<v>${ATTACK}) (?:[a-z-]+ ){0,3}?(?:positions|bases|base|depots|depot|targets|convoys?|headquarters|facilities|sites|posts|outposts|warehouses|checkpoints|barracks|strongholds|fighters|troops|forces|commanders) (?:belonging to|used by|operated by|held by|run by|of) (?:the )?{B}`,
    confidence: 0.8,
  },
  {
    // "American jets struck dozens of IS targets", "Israel bombed Iranian weapons routes".
    name: "attacks-actor-assets",
    relation: "attacks",
    template: `{A} {_}(?<v>${ATTACK}) (?:(?!(?:with|to|from|by|for|and|as|against)\\s)[a-z-]+ ){0,3}?{B} (?:[a-z-]+ ){0,2}?(?:${TARGET_ASSETS})\\b`,
    confidence: 0.8,
  },
  {
    // "Turkey had no role in the assault on Aleppo": taking part in an attack (negation still applies).
    name: "attacks-role-in",
    relation: "attacks",
    template: `{A} {_}(?:role|part|hand|involvement|participation) in (?:the |an |a )?(?:[a-z-]+ )?(?:${ATTACK_NOUN}) (?:on|against) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.75,
  },
  {
    name: "attacks-stepped-up",
    relation: "attacks",
    template: `{A} {_}(?:stepped up|carried out|conducted|launched|intensified|escalated|resumed|staged|mounted|ordered|continued|expanded) (?:[a-z-]+ ){0,2}?(?:${ATTACK_NOUN}) (?:on|against|targeting|in|to (?:capture|seize|take|retake|recapture|storm|reach)) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
  },
  // ---- designates-terrorist
  {
    name: "designates-passive",
    relation: "designates-terrorist",
    template: `{A?}{_}(?:is|are|was|were|has been|have been|had been|remains|remain|being)? ?(?:also |still |widely |officially |formally )?(?:${DESIGNATE}) (?:as )?(?:a |an )?${TERROR}(?:,? [a-z-]+){0,3}?,? by {W}{B}`,
    from: "b",
    confidence: 0.9,
    subjectFallback: true,
  },
  {
    name: "designates-active",
    relation: "designates-terrorist",
    template: `{B} {_}(?:${DESIGNATE_ACTIVE}) (?:the )?{A} (?:as |to be )?(?:a |an |the )?${TERROR}`,
    from: "b",
    confidence: 0.9,
  },
  {
    name: "designates-relative",
    relation: "designates-terrorist",
    template: `{A},? (?:(?:a|an|the) (?:[a-z-]+ ){0,2}?(?:group|organi[sz]ation|movement|faction|militia|alliance) )?(?:which|who|whom|that) {B} (?:[a-z-]+ ){0,2}?(?:${DESIGNATE_ACTIVE}) (?:as |to be )?(?:a |an )?${TERROR}`,
    from: "b",
    confidence: 0.85,
  },
  {
    name: "designates-noun",
    relation: "designates-terrorist",
    template: `{B}(?:'s)? (?:[a-z-]+ )?(?:designation|listing|classification|blacklisting|proscription) of {W}{A} (?:as )?(?:a |an )?${TERROR}`,
    from: "b",
    confidence: 0.85,
  },
  {
    name: "designates-compound",
    relation: "designates-terrorist",
    template: `{B}-(?:designated|listed|proscribed|blacklisted) (?:[a-z-]+ ){0,3}?{A}`,
    from: "b",
    confidence: 0.8,
  },
  {
    name: "designates-list",
    relation: "designates-terrorist",
    template: `{A} {_}(?:is|are|was|were|remains) (?:still )?on (?:the )?{B}(?:'s)? (?:[a-z-]+ )?(?:terror|terrorist|terrorism|sanctions) (?:list|blacklist)`,
    from: "b",
    confidence: 0.85,
  },
  // ---- controls
  {
    name: "controls-under",
    relation: "controls",
    template: `{B} {_}under (?:the )?(?:[a-z-]+ )?{A}(?:'s)? (?:[a-z-]+ )?(?:control|rule|occupation|administration|authority|siege)`,
    confidence: 0.85,
  },
  {
    name: "controls-compound",
    relation: "controls",
    template: `{A}-(?:held|controlled|run|occupied|ruled|dominated) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
  },
  {
    name: "controls-capture",
    relation: "controls",
    template: `{A} {_}(?<v>${CAPTURE}) ${ANY}{B}`,
    confidence: 0.85,
    event: true,
    veto: LOSS,
  },
  {
    name: "controls-capture-noun",
    relation: "controls",
    template: `(?:${CAPTURE_NOUN}) of ${ANY}{B},? (?:by|to) {W}{A}`,
    confidence: 0.85,
    event: true,
  },
  {
    name: "controls-capture-of",
    relation: "controls",
    template: `{A}(?:'s)? {_}(?:${CAPTURE_NOUN}) of ${ANY}{B}`,
    confidence: 0.8,
    event: true,
  },
  {
    // "HTS tightened its grip on Idlib", "consolidated their control over Hama".
    name: "controls-grip",
    relation: "controls",
    template: `{A}(?:'s)? {_}(?:grip|hold|control|stranglehold|dominance|rule|authority) (?:on|over) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
    veto: /\b(?:lost|lose|loses|losing|loosen[a-z]*|weaken[a-z]*|slipp[a-z]*|ceded|no)\b/,
  },
  {
    // "The army lost Aleppo to HTS", "ceded Hama to the rebels", "handed Tal Rifaat over to".
    name: "controls-lost-to",
    relation: "controls",
    template: `(?:lost|loses|lose|losing|ceded|cedes|cede|surrendered|surrenders|handed|hands|gave up|abandoned) (?:control of )?${ANY}{B} (?:over )?to {W}{A}`,
    confidence: 0.8,
    event: true,
  },
  {
    name: "controls-fell-to",
    relation: "controls",
    template: `{B} {_}(?:fell|falls|has fallen|had fallen|passed) (?:[a-z]+ )?(?:to|into the hands of) {W}{A}`,
    confidence: 0.85,
    event: true,
  },
  {
    name: "controls-expel",
    relation: "controls",
    template: `{A} {_}(?<v>${EXPEL}) (?:[a-z-]+ ){0,3}?(?:«\\d+» )?(?:[a-z-]+ ){0,2}?(?:out of|from) ${ANY}{B}`,
    confidence: 0.8,
    event: true,
  },
  {
    name: "controls-passive",
    relation: "controls",
    template: `{B} {_}(?:is|are|was|were|remains|remained|has been|had been) (?:still |now |firmly )?(?:held|controlled|run|occupied|ruled|administered|governed|captured|seized|taken|overrun|retaken|recaptured) (?:[a-z]+ ){0,2}?by {W}{A}`,
    confidence: 0.85,
  },
  {
    name: "controls-fronted-participle",
    relation: "controls",
    template: `(?:^|, )(?:after|since|having|upon|following|by) (?:taking|capturing|seizing|overrunning|retaking|recapturing|taken|captured|seized|overrun|retaken|recaptured)(?: control of)? (?:[a-z-]+ ){0,4}?{B}, (?:[a-z-]+ ){0,2}?{A}`,
    confidence: 0.8,
    event: true,
  },
  {
    name: "controls-relative-object",
    relation: "controls",
    template: `{B},? (?:which|that) (?:the )?{A} {_}(?<v>${CAPTURE})\\b`,
    confidence: 0.8,
    event: true,
  },
  {
    name: "fights-taken-from",
    relation: "fights",
    template: `{A} {_}(?<v>${CAPTURE}) ${ANY}«\\d+» from (?:the )?{B}`,
    confidence: 0.8,
  },
  {
    name: "controls-expel-passive",
    relation: "controls",
    template: `(?:was|were|had been|have been|has been|being) (?:driven|pushed|forced|expelled|ousted|routed|dislodged|chased|cleared) (?:out of|from) (?:[a-z-]+ ){0,3}?{B},? by (?:the )?{A}`,
    confidence: 0.8,
    event: true,
  },
  {
    name: "controls-held-by-apposition",
    relation: "controls",
    template: `{B}, (?:a |an |the |two |three |four |several |both )?(?:[a-z-]+ ){0,2}?(?:towns?|cities|city|villages?|areas?|provinces?|regions?|districts?)(?: [a-z-]+){0,3}?(?: «\\d+»)? (?:held|controlled|occupied|run|ruled) by (?:the )?{A}`,
    confidence: 0.8,
  },
  {
    name: "controls-stronghold",
    relation: "controls",
    template: `{A}(?:'s)? (?:[a-z-]+ )?(?:stronghold|bastion|fiefdom|enclave|heartland|bastions|strongholds) (?:of )?{B}`,
    confidence: 0.7,
    implied: true,
  },
  {
    name: "controls-under-control-of",
    relation: "controls",
    template: `{B} {_}under (?:the )?(?:[a-z-]+ )?(?:control|rule|occupation|administration|authority|grip|sway|command) of {W}{A}`,
    confidence: 0.85,
  },
  {
    name: "controls-in-control-of",
    relation: "controls",
    template: `{A} {_}in (?:full |firm |complete |total |effective |sole |nominal )?control of ${ANY}{B}`,
    confidence: 0.8,
  },
  {
    name: "controls-in-hands-of",
    relation: "controls",
    template: `{B} {_}(?:in|into) (?:the )?hands of {W}{A}`,
    confidence: 0.8,
  },
  {
    name: "controls-in-actor-hands",
    relation: "controls",
    template: `{B} {_}(?:in|into) (?:the )?{A}(?:'s)? hands`,
    confidence: 0.8,
  },
  // ---- successor-of
  {
    name: "successor-formerly-known",
    relation: "successor-of",
    template: `{A} {_}(?:formerly|previously|once|earlier|originally) (?:known|called|named) (?:as )?(?:the )?{B}`,
    confidence: 0.9,
  },
  {
    name: "successor-formerly",
    relation: "successor-of",
    template: `{A},? (?:formerly|previously|once) (?:the )?{B}(?=,| and | which | is | was | has |$)`,
    confidence: 0.8,
  },
  {
    name: "successor-renamed",
    relation: "successor-of",
    template: `{B} {_}(?:renamed|rebranded|restyled|rebrands|renames|reorgani[sz]ed) (?:itself |themselves )?(?:as )?(?:the )?{A}`,
    confidence: 0.85,
  },
  {
    name: "successor-became-known",
    relation: "successor-of",
    template: `{B} {_}(?:became|becomes|is now|was later) known as (?:the )?{A}`,
    confidence: 0.85,
  },
  {
    name: "successor-noun",
    relation: "successor-of",
    template: `{A},? {_}(?:the )?(?:successor|heir|reincarnation|rebranding|new name) (?:to|of|for) (?:the )?{B}`,
    confidence: 0.85,
  },
  {
    name: "successor-verb",
    relation: "successor-of",
    template: `{A} {_}(?:succeeded|replaced|grew out of|emerged from|evolved from|was born out of|arose from|began life as|begun life as|started life as|started out as|began as) (?:the )?{B}`,
    confidence: 0.75,
  },
  {
    name: "successor-renamed-itself",
    relation: "successor-of",
    template: `{A?}{_}(?:renamed|rebranded|restyled) (?:itself|themselves) (?:as )?(?:the )?{B}`,
    from: "b",
    confidence: 0.85,
    subjectFallback: true,
  },
  // ---- part-of
  {
    name: "leads-led-by",
    relation: "leads",
    template: `{B} {_}(?:is|are|was|were|has been|have been|had been|being|now) led by (?:the )?{A}`,
    confidence: 0.75,
  },
  {
    name: "part-of-apposition-affiliate",
    relation: "part-of",
    template: `{A}, (?:the |a |an )?{B}'s (?:[a-z-]+ ){0,2}?(?:branch|wing|affiliate|arm|franchise|offshoot|faction|unit)`,
    confidence: 0.8,
  },
  {
    // "The 4th Division, commanded by Assad's brother, Maher al-Assad, ...".
    name: "leads-commanded-by",
    relation: "leads",
    template: `{B}, (?:which is |who are |that is )?(?:commanded|led|headed) by (?:(?:[a-z-]+ ){1,3}?|«\\d+»'s (?:[a-z-]+ ){0,2}?(?:brother|son|cousin|deputy|nephew|uncle|father|brother-in-law|son-in-law|ally),? )?{A}`,
    confidence: 0.75,
  },
  {
    name: "leads-leader",
    relation: "leads",
    template: `{B} (?:[a-z-]+ )?(?:leader|leaders|chief|head|commander|founder|emir),? {A}`,
    confidence: 0.75,
  },
  {
    // "Abu Mohammed al-Jolani, the HTS leader, ...".
    name: "leads-leader-apposition",
    relation: "leads",
    template: `{A}, (?:the |a |an )?(?:[a-z-]+ )?{B}(?:'s)? (?:[a-z-]+ )?(?:leader|chief|head|commander|founder|emir|spokesman)\\b`,
    confidence: 0.75,
  },
  {
    name: "leads-leader-of",
    relation: "leads",
    template: `{A}, (?:the |a |an )?(?:[a-z-]+ )?(?:leader|chief|head|commander|founder|emir) of (?:the )?{B}`,
    confidence: 0.75,
  },
  {
    name: "part-of-noun",
    relation: "part-of",
    template: `{A},? {_}(?:is |was |are |were |remains |became |as )?(?:a |an |the |one of the )?(?:[a-z-]+ |«\\d+» ){0,2}?(?:branch|wing|faction|factions|affiliate|offshoot|member|members|part|component|components|unit|units|division|arm|subsidiary|franchise|cell|cells|brigade|backbone|core|nucleus|mainstay|spearhead|bulk|largest faction|largest component) (?:of|in|within) (?:the )?{B}`,
    confidence: 0.8,
  },
  {
    name: "part-of-verb",
    relation: "part-of",
    template: `{A} {_}(?:joined|join|joins|joining|merged into|merges into|pledged allegiance to|swore allegiance to|belongs to|belong to|belonged to|falls under|fall under|fought under the banner of|operates under|operate under) (?:the )?{B}`,
    confidence: 0.8,
  },
  {
    name: "part-of-includes",
    relation: "part-of",
    template: `{B},? {_}(?:includes|included|including|comprises|comprised|comprising|consists of|consisting of|brings together|bringing together|made up of|an umbrella of|umbrella for|groups) (?:[a-z-]+ ){0,3}?{A}`,
    from: "a",
    confidence: 0.8,
  },
  {
    // "The Nusra Front was al-Qaeda's affiliate in Syria".
    name: "part-of-copular-possessive",
    relation: "part-of",
    template: `{A} {_}(?:is|was|are|were|became|becomes|remains|remained|has been|had been) (?:the |a |an )?{B}'s (?:[a-z-]+ ){0,2}?(?:branch|wing|affiliate|arm|franchise|offshoot|faction|unit|backbone|core|proxy|division|brigade)\\b`,
    confidence: 0.8,
  },
  {
    name: "part-of-possessive",
    relation: "part-of",
    template: `{B}(?:'s)? (?:[a-z-]+ |«\\d+» )?(?:branch|wing|affiliate|arm|franchise|offshoot)(?: in «\\d+»)?,? (?:the )?{A}`,
    confidence: 0.75,
  },
  {
    name: "part-of-possessive-unit",
    relation: "part-of",
    template: `{B}'s (?:[a-z0-9-]+ )?{A}(?! (?:allies|ally|partners?|backers?|forces|troops)\\b)`,
    confidence: 0.6,
  },
  {
    name: "part-of-belongs-relative",
    relation: "part-of",
    template: `{B} (?:community |group |movement |party |clan |tribe |sect |family )?(?:to which|to whom) (?:[a-z-]+ ){0,2}?{A} (?:belongs|belong|belonged)`,
    confidence: 0.8,
  },
  // ---- located-in
  {
    name: "located-in-prep",
    relation: "located-in",
    // "Kobani in northern Syria", "Izraa, a town in Daraa", "Tal Rifaat, north of Aleppo"; not "X,
    // officials in Y" (any words before "in") nor "X near Y" (near is not in).
    template: `{A},? (?:(?:a |the |two |three )?(?:[a-z-]+ ){0,2}?(?:city|town|village|province|region|area|district|governorate|capital|suburb|port|enclave|towns|cities|villages) )?(?:(?:[a-z-]+ )?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west) )?(?:in|of) (?:the )?${DIRECTIONS}(?:part of )?{B}`,
    confidence: 0.7,
    implied: true,
  },
  {
    // "Aleppo, Syria's second city", "Syria's third-largest city, Homs".
    name: "located-in-possessive",
    relation: "located-in",
    template: `{A}, (?:the )?{B}'s (?:[a-z0-9-]+ ){0,2}?(?:city|town|port|capital|province|region)\\b`,
    confidence: 0.8,
  },
  {
    name: "located-in-possessive-fronted",
    relation: "located-in",
    template: `{B}'s (?:[a-z0-9-]+ ){0,2}?(?:city|town|port|capital|province|region),? {A}`,
    confidence: 0.8,
  },
  {
    name: "located-in-fronted",
    relation: "located-in",
    template: `located (?:in|near) (?:the )?${DIRECTIONS}{B},? {A}`,
    from: "a",
    confidence: 0.8,
  },
  {
    name: "located-in-verb",
    relation: "located-in",
    template: `{A} {_}(?:is|are|was|lies|lie|sits) (?:located |situated )?(?:in|near|within) (?:the )?${DIRECTIONS}(?:part of )?{B}`,
    confidence: 0.85,
  },
  {
    name: "located-in-distance",
    relation: "located-in",
    template: `{A},? (?:about |some |around )?(?:\\d+|[a-z-]+) (?:kilometers|kilometres|km|miles) (?:\\([^)]*\\) )?(?:to the )?(?:north|south|east|west|[a-z-]+) of {B}`,
    confidence: 0.75,
  },
  // ---- operates-in
  {
    name: "operates-in-deployed-passive",
    relation: "operates-in",
    template: `{A} {_}(?:were|was|are|is|have been|has been|had been|being) (?:[a-z]+ )?(?:deployed|sent|dispatched|stationed|positioned|redeployed|rushed) (?:[a-z-]+ ){0,2}?(?:to|in|into|near|at|around) ${DIRECTIONS}{B}`,
    confidence: 0.8,
  },
  {
    name: "operates-in-present",
    relation: "operates-in",
    template: `{A} {_}(?:deployed|operating|operates|operate|operated|active|present|stationed|based|positioned|entrenched|fought|fights|fight|fighting|battling|(?:has|have|keeps|keep|maintains?|had) (?:(?![a-z]+ed )[a-z0-9,-]+ ){0,3}?(?:forces|troops|soldiers|personnel|advisers|advisors|fighters|bases?|facilit(?:y|ies)|garrisons?|outposts?|positions|presence)) (?:[a-z-]+ ){0,2}?(?:in|across|inside|throughout|near|around|outside|at|out of) ${DIRECTIONS}{B}`,
    confidence: 0.8,
  },
  {
    name: "operates-in-move",
    relation: "operates-in",
    template: `{A} {_}(?:gained ground|gaining ground|gains ground|made (?:[a-z]+ )?gains|making (?:[a-z]+ )?gains|entered|entering|enter|enters|crossed into|crossing into|crosses into|(?:crossed|crossing|crosses) (?:the )?(?:borders?|frontier) (?:of|into)|moved into|moving into|pushed into|pushing into|advanced (?:on|into|towards|toward)|advancing (?:on|into|towards|toward)|advances (?:on|into|towards|toward)|marched (?:on|into)|reached|reaching|reaches|swept into|sweeping into|poured into|arrived in|deployed to|deploys to|sent troops to|sent forces to) (?:[a-z-]+ ){0,3}?{B}`,
    confidence: 0.75,
  },
  {
    name: "operates-in-launched-from",
    relation: "operates-in",
    template: `{A}(?:'s)? (?:[a-z-]+ ){0,2}?(?:attack|offensive|assault|advance|push|operation|campaign)s? (?:on|against) (?:[a-z-]+ ){0,2}?(?:«\\d+» )?(?:[a-z-]+ ){0,2}?(?:started|began|begun|was launched|were launched|launched|came|started out) from (?:[a-z-]+ ){0,3}?{B}`,
    confidence: 0.75,
  },
  {
    name: "operates-in-launched",
    relation: "operates-in",
    template: `{A} {_}(?:launched|launches|staged|stages|mounted|mounts|started|began) (?:[a-z-]+ ){0,3}?from (?:[a-z-]+ ){0,3}?{B}`,
    confidence: 0.7,
  },
  {
    // "Rebels battled government troops in Hama": who fights in a place is there.
    name: "operates-in-fought-in",
    relation: "operates-in",
    template: `{A} {_}(?:fought|fights|fight|fighting|battled|battles|battling|clashed with|clashes with|clashing with|engaged) (?:against )?(?:the )?«\\d+» in ${DIRECTIONS}{B}`,
    confidence: 0.7,
  },
  {
    // "Hezbollah suffered losses in the battles against Israel in Lebanon": both sides are there.
    name: "operates-in-battle-subject",
    relation: "operates-in",
    template: `{A} {_}(?:battles?|fighting|clashes|war|fight|combat) (?:against|with) (?:the )?«\\d+» in ${DIRECTIONS}{B}`,
    confidence: 0.7,
  },
  {
    name: "operates-in-battle-object",
    relation: "operates-in",
    template: `(?:battles?|fighting|clashes|war|fight|combat) (?:against|with) (?:the )?{A} in ${DIRECTIONS}{B}`,
    confidence: 0.7,
  },
  {
    name: "operates-in-np",
    relation: "operates-in",
    template: `{A} in ${DIRECTIONS}{B}`,
    confidence: 0.6,
    subjectOnly: true,
  },
  {
    name: "operates-in-sent",
    relation: "operates-in",
    template: `{A} {_}(?:sent|sends|deployed|deploys|dispatched|dispatches) (?:[a-z0-9,-]+ |«\\d+» ){0,4}?(?:troops|forces|advisers|advisors|fighters|soldiers|units|militiamen|officers|experts|personnel|reinforcements)(?: from (?:the )?(?:[a-z-]+ )?«\\d+»)?(?: [a-z-]+){0,3}? (?:to|into|in|to (?:defend|protect|reinforce|help defend|secure|hold|guard|fight in|fight for)) {B}`,
    confidence: 0.75,
  },
  {
    // "Turkish troops remain in a string of bases around Idlib", "Russian bases in Syria".
    name: "operates-in-presence",
    relation: "operates-in",
    template: `{A}(?:'s|,? whose)? (?:(?!${SPEECH_OR_AUX}\\s)[a-z-]+ ){0,2}?(?:${PRESENCE_NOUNS}) (?:[a-z-]+ ){0,8}?(?:in|across|inside|throughout|around|at|on) (?:the )?${DIRECTIONS}{B}`,
    confidence: 0.75,
    vetoClause: DEPARTURE,
  },
  {
    // "Russian military police patrol Manbij", "Turkish troops garrison the border towns".
    name: "operates-in-patrol",
    relation: "operates-in",
    template: `{A} {_}(?:patrol|patrols|patrolled|patrolling|garrison|garrisons|garrisoned|guard|guards|guarded|guarding|man|mans|manned|police|polices|policed) (?:the )?(?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.75,
  },
  {
    // "Russia's Hmeimim air base", "the Russian Tartus naval facility".
    name: "operates-in-named-base",
    relation: "operates-in",
    template: `{A}(?:'s)? {B} (?:air |naval |military |army )?(?:base|airbase|air field|airfield|facility|garrison|outpost)\\b`,
    confidence: 0.75,
  },
  {
    // "Russia keeps a naval base in Tartus and its air base at Hmeimim": the second base is the subject's too.
    name: "operates-in-presence-coordinated",
    relation: "operates-in",
    template: `(?:, | )and (?:{A?}|its |their |an? )?(?:[a-z-]+ ){0,2}?(?:${PRESENCE_NOUNS}|facility|facilities) (?:in|at|inside|near|on) (?:the )?${DIRECTIONS}{B}`,
    confidence: 0.7,
    subjectFallback: true,
    vetoClause: DEPARTURE,
  },
  {
    // "Hama was one of the centres of the insurgency", "Idlib, a hub of the jihadists".
    name: "operates-in-centre-of",
    relation: "operates-in",
    template: `{B},? {_}(?:was|is|were|are|became|becomes|remains|remained|has been|had been)? ?(?:also |long |once )?(?:one of )?(?:the |a |an )?(?:[a-z-]+ ){0,2}?(?:centers?|centres?|hubs?|hotbeds?|cradles?|birthplace|nerve centre|nerve center) (?:of|for) (?:the )?{A}`,
    confidence: 0.75,
  },
  {
    // "Aleppo, defended in 2016 by Hezbollah", "the border, patrolled by Turkish troops".
    name: "operates-in-defended-by",
    relation: "operates-in",
    template: `{B},? {_}(?:defended|guarded|patrolled|garrisoned|manned|policed) (?:[a-z0-9-]+ ){0,3}?by {W}{A}`,
    confidence: 0.75,
  },
  // ---- inhabits
  {
    name: "inhabits-majority",
    relation: "inhabits",
    template: `{A}-(?:majority|dominated|populated|inhabited) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
  },
  {
    name: "inhabits-majority-apposition",
    relation: "inhabits",
    template: `{B},? (?:a |an |the )?(?:[a-z-]+ )?{A}-(?:majority|dominated|populated|inhabited)`,
    confidence: 0.8,
  },
  {
    // "Aleppo's Christians", "Syria's Kurds".
    name: "inhabits-possessive",
    relation: "inhabits",
    template: `{B}'s {A}`,
    confidence: 0.7,
  },
  {
    // "Kurds make up most of the population of Kobani".
    name: "inhabits-population",
    relation: "inhabits",
    template: `{A} {_}(?:make up|made up|makes up|form|formed|forms|constitute|constituted|constitutes|are|were|is|was) (?:[a-z-]+ ){0,3}?(?:population|inhabitants|residents|majority) (?:of|in) ${DIRECTIONS}{B}`,
    confidence: 0.8,
  },
  {
    name: "inhabits-verb",
    relation: "inhabits",
    template: `{A} {_}(?:live|lives|living|lived|inhabit|inhabits|inhabiting|inhabited|reside|resides|residing|resided|dwell|dwells|settled|concentrated) (?:mainly |mostly |largely |primarily )?(?:in )?(?:[a-z-]+ ){0,5}?{B}`,
    confidence: 0.8,
  },
  {
    name: "inhabits-home-to",
    relation: "inhabits",
    template: `{B},? (?:[a-z-]+ ){0,3}?(?:home to|inhabited by|populated by|mostly inhabited by) (?:the |a |an |many |its )?(?:[a-z-]+ ){0,2}?{A}`,
    confidence: 0.8,
    adjacentMember: true,
  },
  {
    name: "inhabits-of",
    relation: "inhabits",
    template: `{A} (?:(?:community|communities|population|minority|residents|inhabitants|villagers) (?:of|in)|of) ${DIRECTIONS}{B}`,
    confidence: 0.65,
  },
  {
    name: "inhabits-adjective",
    relation: "inhabits",
    template: `{A} {B}`,
    confidence: 0.65,
    implied: true,
    adjacentMember: true,
  },
];

/** Words a sentence must contain for a pattern to be worth trying (patterns that scan every position). */
const TRIGGERS: Record<string, string> = {
  "supports-active": `\\b(?:${SUPPORT_ACTIVE})\\b`,
  "supports-passive": " by ",
  "supports-compound": "-(?:backed|supported|sponsored|funded|armed|trained|financed|aligned) ",
  "supports-pro": "pro-«",
  "supports-coordinated": " and ",
  "fights-coordinated": " and ",
  "attacks-coordinated": " and ",
  "controls-coordinated": " and ",
  "supports-apposition-backed": "-(?:backed|supported|sponsored|funded|armed) ",
  "supports-with-support-of": "with the",
  "supports-thanks-to": " (?:support|backing|help|aid|assistance|weapons|arms|funding|money) (?:of|from) ",
  "supports-give-to":
    "provid|sent|send|deliver|ship|gave|give|offer|pledge|transferred|funnel|channel|smuggl|flew|suppl|lent|extended",
  "supports-provide-for": "provid|offer|gave|give|lent|lend|extended",
  "supports-relies-on": "relie|rely|depend|lean",
  "supports-with-actor-support": "support|backing|help|aid|air power|airpower|air cover|firepower|protection",
  "supports-noun": "support|backing|aid|assistance|sponsorship|patronage|funding|help|arms|weapons",
  "supports-backer-of": "backer|sponsor|patron|supporter|benefactor|protector|lifeline|guarantor",
  "supports-role-in": "role in",
  "supports-on-side": "side of|behalf of|interven|entered the war| for «",
  // The verb and its "with": " with " alone let this costly pattern run on most long sentences.
  "allied-with-verb":
    "(?:allied|allies|ally|aligned|partnered|teamed up|joined forces|joins forces|join forces|sided|formed an alliance|forged an alliance|struck an alliance|signed an alliance|cooperat(?:es|ed|ing|e)|coordinat(?:es|ed|ing|e)) (?:itself |themselves |closely )?(?:(?:the|its|their|an?) [a-z-]+ )?with ",
  "allied-with-ally-of": "all(?:y|ies)|partner",
  "allied-with-possessive-apposition": "'s ",
  "supports-possessive-apposition": "'s ",
  "leads-led-by-reduced": "» led by|» headed by|» spearheaded by",
  "leads-compound": "»-led ",
  "allied-with-apposition": "ally|partner",
  "allied-with-its-allies": "allies",
  "allied-with-its-allies-2": "allies",
  "allied-with-allies-include": "allies|partners",
  "allied-with-possessive": "'s [a-z -]*(?:all(?:y|ies)|partner)",
  "allied-with-group": "allies|partners",
  "allied-with-alliance-between": "alliance|partnership|pact|coalition",
  "allied-with-alongside": "alongside",
  "fights-verb": `\\b(?:${FIGHT})\\b`,
  "fights-between": "between",
  "fights-uprising-against": "» against|» on",
  "fights-noun-against":
    "(?:battles?|fighting|war|clashes|fight|struggle|insurgency|uprising|rebellion|campaign|resistance|combat) (?:against|with) ",
  "fights-expel": `\\b(?:${EXPEL})\\b`,
  "fights-expel-passive":
    "(?:was|were|been|being) (?:driven|pushed|forced|expelled|ousted|routed|defeated|repelled|repulsed|dislodged|chased) (?:[^]* )?by ",
  "controls-expel-passive": "(?:out of|from) ",
  "leads-led-by": "led by",
  "leads-commanded-by": "commanded by|led by|headed by",
  "operates-in-battle-subject":
    "(?:battles?|fighting|clashes|war|fight|combat) (?:against|with) (?:the )?«\\d+» in ",
  "operates-in-battle-object": "battle|fighting|clashes|war|fight|combat",
  "fights-defeat": "defeat|rout|repel|repuls|ambush|killed|encircl|besieg",
  "attacks-verb": `\\b(?:${ATTACK})\\b`,
  "attacks-noun": `\\b(?:${ATTACK_NOUN})\\b`,
  "attacks-role-in": "role|part|hand|involvement|participation",
  // The asset noun and its "of": the attack verbs alone pass most war reporting.
  "attacks-assets":
    "(?:positions|bases|base|depots|depot|targets|convoys?|headquarters|facilities|sites|posts|outposts|warehouses|checkpoints|barracks|strongholds|fighters|troops|forces|commanders) (?:belonging to|used by|operated by|held by|run by|of) (?:the )?«",
  "attacks-stepped-up":
    "stepped up|carried out|conducted|launched|intensified|escalated|resumed|staged|mounted|ordered|continued|expanded",
  "operates-in-deployed-passive": "deployed|sent|dispatched|stationed|positioned|redeployed|rushed",
  "inhabits-majority-apposition": "-(?:majority|dominated|populated|inhabited)",
  "operates-in-sent": "sent|sends|deployed|deploys|dispatched|dispatches",
  "attacks-noun-by": " (?:by|from) ",
  "attacks-passive": " (?:by|from) ",
  "designates-passive": "terror",
  "designates-active": "terror",
  "designates-relative": "(?:which|who|whom|that) «\\d+» [^]*terror",
  "designates-noun": "terror",
  "designates-list": " list",
  "designates-compound": "-(?:designated|listed|proscribed|blacklisted)",
  "controls-under": "under ",
  "controls-compound": "-(?:held|controlled|run|occupied|ruled|dominated) ",
  "controls-capture": `\\b(?:${CAPTURE})\\b`,
  "controls-capture-noun": "capture|seizure|takeover|conquest|liberation|recapture|fall|occupation",
  "controls-capture-of": "capture|seizure|takeover|conquest|liberation|recapture|fall|occupation",
  "controls-grip": "(?:grip|hold|control|stranglehold|dominance|rule|authority) (?:on|over) ",
  "controls-lost-to": "lost|lose|ceded|cede|surrender|hand|gave up|abandon",
  "controls-fell-to": "fell|falls|fallen|passed",
  "controls-expel":
    "(?:drove|drive|driving|push|forc|expel|oust|chase|evicted|kicked|clear|rout|dislodge|flushed)[^]* (?:out of|from) ",
  "controls-passive": " by ",
  "controls-fronted-participle":
    "(?:after|since|having|upon|following|by) (?:taking|capturing|seizing|overrunning|retaking|recapturing|taken|captured|seized|overrun|retaken|recaptured)",
  "controls-relative-object": "(?:which|that) ",
  // The capture verbs are common; "«x» from «y»" is not.
  "fights-taken-from": "» from «|» from the «",
  "supports-possessive-backer": "'s ",
  "part-of-possessive-unit": "'s ",
  "part-of-belongs-relative": "to which|to whom",
  "inhabits-majority": "-(?:majority|dominated|populated|inhabited) ",
  "controls-held-by-apposition": "(?:held|controlled|occupied|run|ruled) by",
  "controls-stronghold": "stronghold|bastion|fiefdom|enclave|heartland",
  "successor-formerly-known": "formerly|previously|once|earlier|originally",
  "successor-formerly": "formerly|previously|once",
  "successor-renamed": "rename|rebrand|restyl|reorgani",
  "successor-became-known": "known as",
  "successor-noun": "successor|heir|reincarnation|rebranding|new name",
  "successor-verb":
    "succeeded|replaced|grew out of|emerged from|evolved from|born out of|arose from|life as|started out as|began as",
  "successor-renamed-itself": "itself|themselves",
  "part-of-apposition-affiliate": "'s ",
  "leads-leader": "leader|chief|head|commander|founder|emir|spokesman",
  "leads-leader-apposition": "leader|chief|head|commander|founder|emir|spokesman",
  "leads-leader-of": "leader|chief|head|commander|founder|emir|spokesman",
  "part-of-noun":
    "(?:backbone|core|nucleus|mainstay|spearhead|bulk|branch|wing|faction|affiliate|offshoot|member|part|component|unit|division|arm|subsidiary|franchise|cell|brigade)s? (?:of|in|within) ",
  "part-of-verb": "join|merge|allegiance|belong|under|banner|led by",
  "part-of-includes": "includ|compris|consist|together|made up of|umbrella|groups",
  "part-of-copular-possessive":
    "(?:is|was|are|were|became|becomes|remains|remained|been) (?:the |a |an )?«\\d+»'s [^]*(?:branch|wing|affiliate|arm|franchise|offshoot|faction|unit|backbone|core|proxy|division|brigade)",
  "part-of-possessive": "branch|wing|affiliate|arm|franchise|offshoot",
  "located-in-prep": " (?:in|of|near) ",
  "located-in-fronted": "located",
  "located-in-verb": " (?:is|are|was|lies|lie|sits) (?:located |situated )?(?:in|near|within) ",
  "located-in-distance": "kilomet|km|miles",
  // The word that ends the verb phrase, then its preposition: "has" or "had" alone pass most sentences.
  "operates-in-present":
    "(?:deployed|operating|operates|operate|operated|active|present|stationed|based|positioned|entrenched|fought|fights|fight|fighting|battling|forces|troops|soldiers|personnel|advisers|advisors|fighters|bases?|facilit(?:y|ies)|garrisons?|outposts?|positions|presence) (?:[a-z-]+ ){0,2}?(?:in|across|inside|throughout|near|around|outside|at|out of) ",
  "operates-in-move":
    "gain|enter|cross|moved into|moving into|pushed into|pushing into|advanc|marched|reach|swept|sweeping|poured|arrived|deploy|sent",
  "operates-in-launched-from": " from ",
  "operates-in-launched": " from ",
  "operates-in-np": "» in ",
  "operates-in-presence":
    "forces|troops|soldiers|fighters|militia|militants|base|garrison|units|advisers|advisors|personnel|contingent|positions|outposts|checkpoints|patrols|convoys|reinforcements",
  "operates-in-presence-coordinated":
    "forces|troops|soldiers|fighters|militiamen|militants|base|garrison|units|advisers|advisors|personnel|contingent|positions|outposts|checkpoints|patrols|convoys|reinforcements|facilit",
  "operates-in-centre-of": "center|centre|hub|hotbed|cradle|birthplace",
  "operates-in-fought-in": "» in ",
  "operates-in-patrol": "patrol|garrison|guard|man|police",
  "operates-in-named-base": "base|air field|airfield|facility|garrison|outpost",
  "operates-in-defended-by": "defended|guarded|patrolled|garrisoned|manned|policed",
  "controls-under-control-of": "under ",
  "controls-in-control-of": "control of",
  "controls-in-hands-of": "hands of",
  "controls-in-actor-hands": "» hands|»'s hands",
  "fights-alongside-partner": "alongside",
  "located-in-possessive": "city|town|port|capital|province|region",
  "located-in-possessive-fronted": "city|town|port|capital|province|region",
  "inhabits-possessive": "'s «",
  "inhabits-population": "population|inhabitants|residents|majority",
  "inhabits-verb": "live|inhabit|resid|dwell|settled|concentrated",
  "inhabits-home-to": "home to|inhabited by|populated by",
  "inhabits-of": " (?:of|in) ",
  "inhabits-adjective": "» «",
};

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

const WORD_TRIGGERS: Record<string, string> = {
  "supports-active": SUPPORT_ACTIVE,
  "supports-coordinated": SUPPORT_ACTIVE,
  "fights-verb": FIGHT,
  "fights-coordinated": FIGHT,
  "fights-expel": EXPEL,
  "attacks-verb": ATTACK,
  "attacks-actor-assets": ATTACK,
  "attacks-passive": ATTACK_PASSIVE,
  "supports-passive": SUPPORT_PASSIVE,
  "controls-passive":
    "held|controlled|run|occupied|ruled|administered|governed|captured|seized|taken|overrun|retaken|recaptured",
  "attacks-coordinated": ATTACK,
  "attacks-noun": ATTACK_NOUN,
  "attacks-noun-in": ATTACK_NOUN,
  "controls-capture": CAPTURE,
  "controls-coordinated": CAPTURE,
  "controls-relative-object": CAPTURE,
};

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

function triggerFor(name: string): { trigger?: Trigger } {
  const list = WORD_TRIGGERS[name];
  const source = TRIGGERS[name];
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

export const RELATION_PATTERNS: RelationPattern[] = SPECS.map((spec) => ({
  name: spec.name,
  relation: spec.relation,
  regex: compile(spec.template, spec.relation),
  minSlots: minSlots(spec.template),
  from: spec.from ?? "a",
  confidence: spec.confidence,
  ...(spec.implied ? { implied: true } : {}),
  ...(spec.event ? { event: true } : {}),
  ...(spec.subjectFallback ? { subjectFallback: true } : {}),
  ...(spec.subjectOnly ? { subjectOnly: true } : {}),
  ...(spec.nearestAgent ? { nearestAgent: true } : {}),
  ...(spec.adjacentMember ? { adjacentMember: true } : {}),
  ...(spec.veto ? { veto: spec.veto } : {}),
  ...(spec.vetoClause ? { vetoClause: spec.vetoClause } : {}),
  ...(spec.notCountry ? { notCountry: true } : {}),
  ...(spec.fromSurface ? { fromSurface: spec.fromSurface } : {}),
  ...(/\{[AB]\??\}-/.test(spec.template) ? { compoundSlots: true } : {}),
  ...triggerFor(spec.name),
}));

/** How many distinct triggers the patterns use (ids run from 0). */
export const TRIGGER_COUNT = triggersBySource.size;
