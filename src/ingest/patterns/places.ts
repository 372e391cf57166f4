import type { Spec } from "./compile";
import { DEPARTURE, DIRECTIONS, PRESENCE_NOUNS, SPEECH_OR_AUX } from "./vocabulary";

/** Where actors are: places within places, armed presence (operates-in), communities (inhabits). */
export const PLACES_PATTERNS: Spec[] = [
  {
    name: "located-in-prep",
    relation: "located-in",
    // "Kobani in northern Syria", "Izraa, a town in Daraa", "Tal Rifaat, north of Aleppo"; not "X,
    // officials in Y" (any words before "in") nor "X near Y" (near is not in).
    template: `{A},? (?:(?:a |the |two |three )?(?:[a-z-]+ ){0,2}?(?:city|town|village|province|region|area|district|governorate|capital|suburb|port|enclave|towns|cities|villages) )?(?:(?:[a-z-]+ )?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west) )?(?:in|of) (?:the )?${DIRECTIONS}(?:part of )?{B}`,
    confidence: 0.7,
    implied: true,
    trigger: " (?:in|of|near) ",
  },
  {
    // "Aleppo, Syria's second city", "Syria's third-largest city, Homs".
    name: "located-in-possessive",
    relation: "located-in",
    template: `{A}, (?:the )?{B}'s (?:[a-z0-9-]+ ){0,2}?(?:city|town|port|capital|province|region)\\b`,
    confidence: 0.8,
    trigger: "city|town|port|capital|province|region",
  },
  {
    name: "located-in-possessive-fronted",
    relation: "located-in",
    template: `{B}'s (?:[a-z0-9-]+ ){0,2}?(?:city|town|port|capital|province|region),? {A}`,
    confidence: 0.8,
    trigger: "city|town|port|capital|province|region",
  },
  {
    name: "located-in-fronted",
    relation: "located-in",
    template: `located (?:in|near) (?:the )?${DIRECTIONS}{B},? {A}`,
    from: "a",
    confidence: 0.8,
    trigger: "located",
  },
  {
    name: "located-in-verb",
    relation: "located-in",
    template: `{A} {_}(?:is|are|was|lies|lie|sits) (?:located |situated )?(?:in|near|within) (?:the )?${DIRECTIONS}(?:part of )?{B}`,
    confidence: 0.85,
    trigger: " (?:is|are|was|lies|lie|sits) (?:located |situated )?(?:in|near|within) ",
  },
  {
    name: "located-in-distance",
    relation: "located-in",
    template: `{A},? (?:about |some |around )?(?:\\d+|[a-z-]+) (?:kilometers|kilometres|km|miles) (?:\\([^)]*\\) )?(?:to the )?(?:north|south|east|west|[a-z-]+) of {B}`,
    confidence: 0.75,
    trigger: "kilomet|km|miles",
  },
  {
    name: "operates-in-deployed-passive",
    relation: "operates-in",
    template: `{A} {_}(?:were|was|are|is|have been|has been|had been|being) (?:[a-z]+ )?(?:deployed|sent|dispatched|stationed|positioned|redeployed|rushed) (?:[a-z-]+ ){0,2}?(?:to|in|into|near|at|around) ${DIRECTIONS}{B}`,
    confidence: 0.8,
    trigger: "deployed|sent|dispatched|stationed|positioned|redeployed|rushed",
  },
  {
    name: "operates-in-present",
    relation: "operates-in",
    template: `{A} {_}(?:deployed|operating|operates|operate|operated|active|present|stationed|based|positioned|entrenched|fought|fights|fight|fighting|battling|(?:has|have|keeps|keep|maintains?|had) (?:(?![a-z]+ed )[a-z0-9,-]+ ){0,3}?(?:forces|troops|soldiers|personnel|advisers|advisors|fighters|bases?|facilit(?:y|ies)|garrisons?|outposts?|positions|presence)) (?:[a-z-]+ ){0,2}?(?:in|across|inside|throughout|near|around|outside|at|out of) ${DIRECTIONS}{B}`,
    confidence: 0.8,
    // The word that ends the verb phrase, then its preposition: "has" or "had" alone pass most sentences.
    trigger:
      "(?:deployed|operating|operates|operate|operated|active|present|stationed|based|positioned|entrenched|fought|fights|fight|fighting|battling|forces|troops|soldiers|personnel|advisers|advisors|fighters|bases?|facilit(?:y|ies)|garrisons?|outposts?|positions|presence) (?:[a-z-]+ ){0,2}?(?:in|across|inside|throughout|near|around|outside|at|out of) ",
  },
  {
    name: "operates-in-move",
    relation: "operates-in",
    template: `{A} {_}(?:gained ground|gaining ground|gains ground|made (?:[a-z]+ )?gains|making (?:[a-z]+ )?gains|entered|entering|enter|enters|crossed into|crossing into|crosses into|(?:crossed|crossing|crosses) (?:the )?(?:borders?|frontier) (?:of|into)|moved into|moving into|pushed into|pushing into|advanced (?:on|into|towards|toward)|advancing (?:on|into|towards|toward)|advances (?:on|into|towards|toward)|marched (?:on|into)|reached|reaching|reaches|swept into|sweeping into|poured into|arrived in|deployed to|deploys to|sent troops to|sent forces to) (?:[a-z-]+ ){0,3}?{B}`,
    confidence: 0.75,
    trigger:
      "gain|enter|cross|moved into|moving into|pushed into|pushing into|advanc|marched|reach|swept|sweeping|poured|arrived|deploy|sent",
  },
  {
    name: "operates-in-launched-from",
    relation: "operates-in",
    template: `{A}(?:'s)? (?:[a-z-]+ ){0,2}?(?:attack|offensive|assault|advance|push|operation|campaign)s? (?:on|against) (?:[a-z-]+ ){0,2}?(?:«\\d+» )?(?:[a-z-]+ ){0,2}?(?:started|began|begun|was launched|were launched|launched|came|started out) from (?:[a-z-]+ ){0,3}?{B}`,
    confidence: 0.75,
    trigger: " from ",
  },
  {
    name: "operates-in-launched",
    relation: "operates-in",
    template: `{A} {_}(?:launched|launches|staged|stages|mounted|mounts|started|began) (?:[a-z-]+ ){0,3}?from (?:[a-z-]+ ){0,3}?{B}`,
    confidence: 0.7,
    trigger: " from ",
  },
  {
    // "Rebels battled government troops in Hama": who fights in a place is there.
    name: "operates-in-fought-in",
    relation: "operates-in",
    template: `{A} {_}(?:fought|fights|fight|fighting|battled|battles|battling|clashed with|clashes with|clashing with|engaged) (?:against )?(?:the )?«\\d+» in ${DIRECTIONS}{B}`,
    confidence: 0.7,
    trigger: "» in ",
  },
  {
    // "Hezbollah suffered losses in the battles against Israel in Lebanon": both sides are there.
    name: "operates-in-battle-subject",
    relation: "operates-in",
    template: `{A} {_}(?:battles?|fighting|clashes|war|fight|combat) (?:against|with) (?:the )?«\\d+» in ${DIRECTIONS}{B}`,
    confidence: 0.7,
    trigger: "(?:battles?|fighting|clashes|war|fight|combat) (?:against|with) (?:the )?«\\d+» in ",
  },
  {
    name: "operates-in-battle-object",
    relation: "operates-in",
    template: `(?:battles?|fighting|clashes|war|fight|combat) (?:against|with) (?:the )?{A} in ${DIRECTIONS}{B}`,
    confidence: 0.7,
    trigger: "battle|fighting|clashes|war|fight|combat",
  },
  {
    name: "operates-in-np",
    relation: "operates-in",
    template: `{A} in ${DIRECTIONS}{B}`,
    confidence: 0.6,
    subjectOnly: true,
    trigger: "» in ",
  },
  {
    name: "operates-in-sent",
    relation: "operates-in",
    template: `{A} {_}(?:sent|sends|deployed|deploys|dispatched|dispatches) (?:[a-z0-9,-]+ |«\\d+» ){0,4}?(?:troops|forces|advisers|advisors|fighters|soldiers|units|militiamen|officers|experts|personnel|reinforcements)(?: from (?:the )?(?:[a-z-]+ )?«\\d+»)?(?: [a-z-]+){0,3}? (?:to|into|in|to (?:defend|protect|reinforce|help defend|secure|hold|guard|fight in|fight for)) {B}`,
    confidence: 0.75,
    trigger: "sent|sends|deployed|deploys|dispatched|dispatches",
  },
  {
    // "Turkish troops remain in a string of bases around Idlib", "Russian bases in Syria".
    name: "operates-in-presence",
    relation: "operates-in",
    template: `{A}(?:'s|,? whose)? (?:(?!${SPEECH_OR_AUX}\\s)[a-z-]+ ){0,2}?(?:${PRESENCE_NOUNS}) (?:[a-z-]+ ){0,8}?(?:in|across|inside|throughout|around|at|on) (?:the )?${DIRECTIONS}{B}`,
    confidence: 0.75,
    vetoClause: DEPARTURE,
    trigger:
      "forces|troops|soldiers|fighters|militia|militants|base|garrison|units|advisers|advisors|personnel|contingent|positions|outposts|checkpoints|patrols|convoys|reinforcements",
  },
  {
    // "Russian military police patrol Manbij", "Turkish troops garrison the border towns".
    name: "operates-in-patrol",
    relation: "operates-in",
    template: `{A} {_}(?:patrol|patrols|patrolled|patrolling|garrison|garrisons|garrisoned|guard|guards|guarded|guarding|man|mans|manned|police|polices|policed) (?:the )?(?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.75,
    trigger: "patrol|garrison|guard|man|police",
  },
  {
    // "Russia's Hmeimim air base", "the Russian Tartus naval facility".
    name: "operates-in-named-base",
    relation: "operates-in",
    template: `{A}(?:'s)? {B} (?:air |naval |military |army )?(?:base|airbase|air field|airfield|facility|garrison|outpost)\\b`,
    confidence: 0.75,
    trigger: "base|air field|airfield|facility|garrison|outpost",
  },
  {
    // "Russia keeps a naval base in Tartus and its air base at Hmeimim": the second base is the subject's too.
    name: "operates-in-presence-coordinated",
    relation: "operates-in",
    template: `(?:, | )and (?:{A?}|its |their |an? )?(?:[a-z-]+ ){0,2}?(?:${PRESENCE_NOUNS}|facility|facilities) (?:in|at|inside|near|on) (?:the )?${DIRECTIONS}{B}`,
    confidence: 0.7,
    subjectFallback: true,
    vetoClause: DEPARTURE,
    trigger:
      "forces|troops|soldiers|fighters|militiamen|militants|base|garrison|units|advisers|advisors|personnel|contingent|positions|outposts|checkpoints|patrols|convoys|reinforcements|facilit",
  },
  {
    // "Hama was one of the centres of the insurgency", "Idlib, a hub of the jihadists".
    name: "operates-in-centre-of",
    relation: "operates-in",
    template: `{B},? {_}(?:was|is|were|are|became|becomes|remains|remained|has been|had been)? ?(?:also |long |once )?(?:one of )?(?:the |a |an )?(?:[a-z-]+ ){0,2}?(?:centers?|centres?|hubs?|hotbeds?|cradles?|birthplace|nerve centre|nerve center) (?:of|for) (?:the )?{A}`,
    confidence: 0.75,
    trigger: "center|centre|hub|hotbed|cradle|birthplace",
  },
  {
    // "Aleppo, defended in 2016 by Hezbollah", "the border, patrolled by Turkish troops".
    name: "operates-in-defended-by",
    relation: "operates-in",
    template: `{B},? {_}(?:defended|guarded|patrolled|garrisoned|manned|policed) (?:[a-z0-9-]+ ){0,3}?by {W}{A}`,
    confidence: 0.75,
    trigger: "defended|guarded|patrolled|garrisoned|manned|policed",
  },
  {
    name: "inhabits-majority",
    relation: "inhabits",
    template: `{A}-(?:majority|dominated|populated|inhabited) (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.8,
    trigger: "-(?:majority|dominated|populated|inhabited) ",
  },
  {
    name: "inhabits-majority-apposition",
    relation: "inhabits",
    template: `{B},? (?:a |an |the )?(?:[a-z-]+ )?{A}-(?:majority|dominated|populated|inhabited)`,
    confidence: 0.8,
    trigger: "-(?:majority|dominated|populated|inhabited)",
  },
  {
    // "Aleppo's Christians", "Syria's Kurds".
    name: "inhabits-possessive",
    relation: "inhabits",
    template: `{B}'s {A}`,
    confidence: 0.7,
    trigger: "'s «",
  },
  {
    // "Kurds make up most of the population of Kobani".
    name: "inhabits-population",
    relation: "inhabits",
    template: `{A} {_}(?:make up|made up|makes up|form|formed|forms|constitute|constituted|constitutes|are|were|is|was) (?:[a-z-]+ ){0,3}?(?:population|inhabitants|residents|majority) (?:of|in) ${DIRECTIONS}{B}`,
    confidence: 0.8,
    trigger: "population|inhabitants|residents|majority",
  },
  {
    name: "inhabits-verb",
    relation: "inhabits",
    template: `{A} {_}(?:live|lives|living|lived|inhabit|inhabits|inhabiting|inhabited|reside|resides|residing|resided|dwell|dwells|settled|concentrated) (?:mainly |mostly |largely |primarily )?(?:in )?(?:[a-z-]+ ){0,5}?{B}`,
    confidence: 0.8,
    trigger: "live|inhabit|resid|dwell|settled|concentrated",
  },
  {
    name: "inhabits-home-to",
    relation: "inhabits",
    template: `{B},? (?:[a-z-]+ ){0,3}?(?:home to|inhabited by|populated by|mostly inhabited by) (?:the |a |an |many |its )?(?:[a-z-]+ ){0,2}?{A}`,
    confidence: 0.8,
    adjacentMember: true,
    trigger: "home to|inhabited by|populated by",
  },
  {
    name: "inhabits-of",
    relation: "inhabits",
    template: `{A} (?:(?:community|communities|population|minority|residents|inhabitants|villagers) (?:of|in)|of) ${DIRECTIONS}{B}`,
    confidence: 0.65,
    trigger: " (?:of|in) ",
  },
  {
    name: "inhabits-adjective",
    relation: "inhabits",
    template: `{A} {B}`,
    confidence: 0.65,
    implied: true,
    adjacentMember: true,
    trigger: "» «",
  },
];
