export { MentionFinder } from "./finder";
export type { Mention, MentionVia } from "./mention";
