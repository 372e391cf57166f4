import type { Spec } from "./compile";

/** Alliances between equals: "allied with", "ally of", "alongside", "the alliance between". */
export const ALLIED_WITH_PATTERNS: Spec[] = [
  {
    name: "allied-with-verb",
    relation: "allied-with",
    template: `{A} {_}(?:allied|allies|ally|aligned|partnered|teamed up|joined forces|joins forces|join forces|sided|formed an alliance|forged an alliance|struck an alliance|signed an alliance|cooperat(?:es|ed|ing|e)|coordinat(?:es|ed|ing|e)) (?:itself |themselves |closely )?(?:(?:the|its|their|an?) [a-z-]+ )?with {W}{B}`,
    confidence: 0.85,
    // The verb and its "with": " with " alone let this costly pattern run on most long sentences.
    trigger:
      "(?:allied|allies|ally|aligned|partnered|teamed up|joined forces|joins forces|join forces|sided|formed an alliance|forged an alliance|struck an alliance|signed an alliance|cooperat(?:es|ed|ing|e)|coordinat(?:es|ed|ing|e)) (?:itself |themselves |closely )?(?:(?:the|its|their|an?) [a-z-]+ )?with ",
  },
  {
    name: "allied-with-ally-of",
    relation: "allied-with",
    template: `{A} {_}(?:is|are|was|were|remains|remain|remained|became|become|has been|have been) (?:a |an |the )?(?:[a-z-]+ ){0,3}?(?:ally|allies|partner|partners) (?:of|to) {W}{B}`,
    confidence: 0.85,
    trigger: "all(?:y|ies)|partner",
  },
  {
    // "Iran, Assad's main regional ally, ...".
    name: "allied-with-possessive-apposition",
    relation: "allied-with",
    template: `{A}, (?:the )?{B}'s (?:[a-z-]+ ){0,3}?(?:ally|allies|partner|partners)\\b`,
    confidence: 0.8,
    trigger: "'s ",
  },
  {
    name: "allied-with-apposition",
    relation: "allied-with",
    template: `{A}, (?:a |an |the )(?:[a-z-]+ ){0,2}?(?:ally|partner) of {W}{B}`,
    confidence: 0.8,
    trigger: "ally|partner",
  },
  {
    name: "allied-with-its-allies",
    relation: "allied-with",
    template: `{A} and (?:its|their|his|her) (?:[a-z-]+ )?{B} (?:[a-z-]+ )?allies`,
    confidence: 0.8,
    trigger: "allies",
  },
  {
    name: "allied-with-its-allies-2",
    relation: "allied-with",
    template: `{A} and (?:its|their|his|her) (?:[a-z-]+ )?allies,? (?:the )?{B}`,
    confidence: 0.8,
    trigger: "allies",
  },
  {
    // "Iran's allies in Syria include Hezbollah".
    name: "allied-with-allies-include",
    relation: "allied-with",
    template: `{A}'s (?:[a-z-]+ ){0,2}?(?:allies|partners) (?:in «\\d+» )?(?:include|included|including|are|were) (?:the )?{B}`,
    confidence: 0.8,
    trigger: "allies|partners",
  },
  {
    name: "allied-with-possessive",
    relation: "allied-with",
    template: `{A}'s (?:[a-z-]+ ){0,2}?(?:ally|allies|partner|partners),? (?:the )?{B}`,
    confidence: 0.8,
    trigger: "'s [a-z -]*(?:all(?:y|ies)|partner)",
  },
  {
    name: "allied-with-group",
    relation: "allied-with",
    template: `{A} {_}(?:are|were|remain|remained|became|become|have been|had been|are still|stay|stayed) (?:[a-z-]+ ){0,2}?(?:allies|partners)\\b(?! of| to| with)`,
    from: "a",
    confidence: 0.8,
    trigger: "allies|partners",
  },
  {
    name: "allied-with-alliance-between",
    relation: "allied-with",
    template: `(?:alliance|partnership|pact|coalition) (?:between|of) {A}`,
    confidence: 0.75,
    trigger: "alliance|partnership|pact|coalition",
  },
  {
    name: "allied-with-alongside",
    relation: "allied-with",
    template: `{A} {_}(?:fought|fights|fight|fighting|battled|battling|operates|operating|operated|operate|served|serves|deployed)(?: (?:against )?(?:[a-z-]+ |«\\d+» ){0,2}?(?:[a-z-]+|«\\d+»))? alongside {W}{B}`,
    confidence: 0.8,
    trigger: "alongside",
  },
];
