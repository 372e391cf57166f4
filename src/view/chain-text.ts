import type { Chain } from "../analysis/projection";

/** How actors and relations are named on screen. */
export interface Labels {
  actorLabel(actor: string): string;
  relationLabel(relation: string): string;
}

/**
 * One chain as text: "Iran —supports→ Hezbollah —allied with— Assad government"; "←x—" marks a
 * directed claim walked against its direction, "(2 claims)" when more than one claim backs the same step.
 */
export function chainText(labels: Labels, chain: Chain): string {
  if (chain.length === 0) return "";
  let text = labels.actorLabel(chain[0]?.from ?? "");
  for (const step of chain) {
    const claim = step.claims[0];
    const relation = claim === undefined ? "" : labels.relationLabel(claim.relation);
    const more = step.claims.length > 1 ? ` (${step.claims.length} claims)` : "";
    const arrow =
      claim?.traversal === "against"
        ? `←${relation}${more}—`
        : claim?.traversal === "symmetric"
          ? `—${relation}${more}—`
          : `—${relation}${more}→`;
    text += ` ${arrow} ${labels.actorLabel(step.to)}`;
  }
  return text;
}
