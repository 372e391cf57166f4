import { ALLIED_WITH_PATTERNS } from "./allied-with";
import { ATTACKS_PATTERNS } from "./attacks";
import { type RelationPattern, toPattern, triggerCount } from "./compile";
import { CONTROLS_PATTERNS } from "./controls";
import { DESIGNATES_PATTERNS } from "./designates";
import { FIGHTS_PATTERNS } from "./fights";
import { FRAME_PATTERNS } from "./frames";
import { ORGANISATION_PATTERNS } from "./organisation";
import { PLACES_PATTERNS } from "./places";
import { SUPPORTS_PATTERNS } from "./supports";

export type { RelationPattern, Trigger } from "./compile";
export { TRIGGER_INDEX } from "./compile";

/** Every relation pattern, by relation family (see each family's file), compiled once. */
export const RELATION_PATTERNS: RelationPattern[] = [
  ...SUPPORTS_PATTERNS,
  ...ALLIED_WITH_PATTERNS,
  ...ORGANISATION_PATTERNS,
  ...FIGHTS_PATTERNS,
  ...ATTACKS_PATTERNS,
  ...DESIGNATES_PATTERNS,
  ...CONTROLS_PATTERNS,
  ...PLACES_PATTERNS,
  ...FRAME_PATTERNS,
].map(toPattern);

/** How many distinct triggers the patterns use (ids run from 0). */
export const TRIGGER_COUNT = triggerCount();
