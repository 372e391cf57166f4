import type { Spec } from "./compile";

/** How groups are made: successors and renamings, leaders, membership and branches. */
export const ORGANISATION_PATTERNS: Spec[] = [
  {
    name: "leads-compound",
    relation: "leads",
    template: `{A}-led (?:[a-z-]+ ){0,2}?{B}`,
    confidence: 0.7,
    implied: true,
    trigger: "»-led ",
  },
  {
    name: "successor-formerly-known",
    relation: "successor-of",
    template: `{A} {_}(?:formerly|previously|once|earlier|originally) (?:known|called|named) (?:as )?(?:the )?{B}`,
    confidence: 0.9,
    trigger: "formerly|previously|once|earlier|originally",
  },
  {
    name: "successor-formerly",
    relation: "successor-of",
    template: `{A},? (?:formerly|previously|once) (?:the )?{B}(?=,| and | which | is | was | has |$)`,
    confidence: 0.8,
    trigger: "formerly|previously|once",
  },
  {
    name: "successor-renamed",
    relation: "successor-of",
    template: `{B} {_}(?:renamed|rebranded|restyled|rebrands|renames|reorgani[sz]ed) (?:itself |themselves )?(?:as )?(?:the )?{A}`,
    confidence: 0.85,
    trigger: "rename|rebrand|restyl|reorgani",
  },
  {
    name: "successor-became-known",
    relation: "successor-of",
    template: `{B} {_}(?:became|becomes|is now|was later) known as (?:the )?{A}`,
    confidence: 0.85,
    trigger: "known as",
  },
  {
    name: "successor-noun",
    relation: "successor-of",
    template: `{A},? {_}(?:the )?(?:successor|heir|reincarnation|rebranding|new name) (?:to|of|for) (?:the )?{B}`,
    confidence: 0.85,
    trigger: "successor|heir|reincarnation|rebranding|new name",
  },
  {
    name: "successor-verb",
    relation: "successor-of",
    template: `{A} {_}(?:succeeded|replaced|grew out of|emerged from|evolved from|was born out of|arose from|began life as|begun life as|started life as|started out as|began as) (?:the )?{B}`,
    confidence: 0.75,
    trigger:
      "succeeded|replaced|grew out of|emerged from|evolved from|born out of|arose from|life as|started out as|began as",
  },
  {
    name: "successor-renamed-itself",
    relation: "successor-of",
    template: `{A?}{_}(?:renamed|rebranded|restyled) (?:itself|themselves) (?:as )?(?:the )?{B}`,
    from: "b",
    confidence: 0.85,
    subjectFallback: true,
    trigger: "itself|themselves",
  },
  {
    name: "part-of-apposition-affiliate",
    relation: "part-of",
    template: `{A}, (?:the |a |an )?{B}'s (?:[a-z-]+ ){0,2}?(?:branch|wing|affiliate|arm|franchise|offshoot|faction|unit)`,
    confidence: 0.8,
    trigger: "'s ",
  },
  {
    // "The 4th Division, commanded by Assad's brother, Maher al-Assad, ...".
    name: "leads-commanded-by",
    relation: "leads",
    template: `{B}, (?:which is |who are |that is )?(?:commanded|led|headed) by (?:(?:[a-z-]+ ){1,3}?|«\\d+»'s (?:[a-z-]+ ){0,2}?(?:brother|son|cousin|deputy|nephew|uncle|father|brother-in-law|son-in-law|ally),? )?{A}`,
    confidence: 0.75,
    trigger: "commanded by|led by|headed by",
  },
  {
    name: "leads-leader",
    relation: "leads",
    template: `{B} (?:[a-z-]+ )?(?:leader|leaders|chief|head|commander|founder|emir),? {A}`,
    confidence: 0.75,
    trigger: "leader|chief|head|commander|founder|emir|spokesman",
  },
  {
    // "Abu Mohammed al-Jolani, the HTS leader, ...".
    name: "leads-leader-apposition",
    relation: "leads",
    template: `{A}, (?:the |a |an )?(?:[a-z-]+ )?{B}(?:'s)? (?:[a-z-]+ )?(?:leader|chief|head|commander|founder|emir|spokesman)\\b`,
    confidence: 0.75,
    trigger: "leader|chief|head|commander|founder|emir|spokesman",
  },
  {
    name: "leads-leader-of",
    relation: "leads",
    template: `{A}, (?:the |a |an )?(?:[a-z-]+ )?(?:leader|chief|head|commander|founder|emir) of (?:the )?{B}`,
    confidence: 0.75,
    trigger: "leader|chief|head|commander|founder|emir|spokesman",
  },
  {
    name: "part-of-noun",
    relation: "part-of",
    // "was mistaken for part of X": not a member.
    veto: /\b(?:mistaken|mistook|confused|taken) for\b/,
    template: `{A},? {_}(?:is |was |are |were |remains |became |as )?(?:a |an |the |one of the )?(?:[a-z-]+ |«\\d+» ){0,2}?(?:branch|wing|faction|factions|affiliate|offshoot|member|members|part|component|components|unit|units|division|arm|subsidiary|franchise|cell|cells|brigade|backbone|core|nucleus|mainstay|spearhead|bulk|largest faction|largest component) (?:of|in|within) (?:the )?{B}`,
    confidence: 0.8,
    trigger:
      "(?:backbone|core|nucleus|mainstay|spearhead|bulk|branch|wing|faction|affiliate|offshoot|member|part|component|unit|division|arm|subsidiary|franchise|cell|brigade)s? (?:of|in|within) ",
  },
  {
    name: "part-of-includes",
    relation: "part-of",
    template: `{B},? {_}(?:includes|included|including|comprises|comprised|comprising|consists of|consisting of|brings together|bringing together|made up of|an umbrella of|umbrella for|groups) (?:[a-z-]+ ){0,3}?{A}`,
    from: "a",
    confidence: 0.8,
    trigger: "includ|compris|consist|together|made up of|umbrella|groups",
  },
  {
    // "The Nusra Front was al-Qaeda's affiliate in Syria".
    name: "part-of-copular-possessive",
    relation: "part-of",
    template: `{A} {_}(?:is|was|are|were|became|becomes|remains|remained|has been|had been) (?:the |a |an )?{B}'s (?:[a-z-]+ ){0,2}?(?:branch|wing|affiliate|arm|franchise|offshoot|faction|unit|backbone|core|proxy|division|brigade)\\b`,
    confidence: 0.8,
    trigger:
      "(?:is|was|are|were|became|becomes|remains|remained|been) (?:the |a |an )?«\\d+»'s [^]*(?:branch|wing|affiliate|arm|franchise|offshoot|faction|unit|backbone|core|proxy|division|brigade)",
  },
  {
    name: "part-of-possessive",
    relation: "part-of",
    template: `{B}(?:'s)? (?:[a-z-]+ |«\\d+» )?(?:branch|wing|affiliate|arm|franchise|offshoot)(?: in «\\d+»)?,? (?:the )?{A}`,
    confidence: 0.75,
    trigger: "branch|wing|affiliate|arm|franchise|offshoot",
  },
  {
    name: "part-of-possessive-unit",
    relation: "part-of",
    template: `{B}'s (?:[a-z0-9-]+ )?{A}(?! (?:allies|ally|partners?|backers?|forces|troops)\\b)`,
    confidence: 0.6,
    trigger: "'s ",
  },
  {
    name: "part-of-belongs-relative",
    relation: "part-of",
    template: `{B} (?:community |group |movement |party |clan |tribe |sect |family )?(?:to which|to whom) (?:[a-z-]+ ){0,2}?{A} (?:belongs|belong|belonged)`,
    confidence: 0.8,
    trigger: "to which|to whom",
  },
];
