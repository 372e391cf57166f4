import { ANY, type Spec } from "./compile";
import { ATTACK, CAPTURE, FIGHT, SUPPORT_ACTIVE } from "./vocabulary";

/** One verb over coordinated actors: "A, B and C backed D", "A and B fought". */
export const COORDINATED_PATTERNS: Spec[] = [
  // Coordinated verb phrases take the sentence subject: "X controls P and has clashed with Y".
  {
    name: "supports-coordinated",
    relation: "supports",
    template: `(?:, | )and (?:has |have |had |also |then |later |now |is |are |was |were |been )*(?<v>${SUPPORT_ACTIVE}) {W}{B}`,
    from: "a",
    confidence: 0.75,
    subjectFallback: true,
    triggerWords: SUPPORT_ACTIVE,
    trigger: " and ",
  },
  {
    name: "fights-coordinated",
    relation: "fights",
    template: `(?:, | )and (?:has |have |had |also |then |later |now |is |are |was |were |been )*(?<v>${FIGHT}) (?!alongside|on the side|for\\s|with the support)(?:against )?{W}{B}`,
    confidence: 0.75,
    subjectFallback: true,
    triggerWords: FIGHT,
    trigger: " and ",
  },
  {
    name: "attacks-coordinated",
    relation: "attacks",
    template: `(?:, | )and (?:has |have |had |also |then |later |now |is |are |was |were |been )*(?<v>${ATTACK}) {W}{B}`,
    confidence: 0.75,
    subjectFallback: true,
    triggerWords: ATTACK,
    trigger: " and ",
  },
  {
    name: "controls-coordinated",
    relation: "controls",
    template: `(?:, | )and (?:has |have |had |also |then |later |now |is |are |was |were |been )*(?<v>${CAPTURE}) ${ANY}{B}`,
    confidence: 0.75,
    event: true,
    subjectFallback: true,
    triggerWords: CAPTURE,
    trigger: " and ",
  },
];
