import type { Chain } from "../analysis/projection";
import type { AppContext } from "./context";
import { h } from "./dom";

/**
 * One chain as text: "Iran —supports→ Hezbollah —allied with— Assad government"; "←x—" marks a
 * directed claim walked against its direction, "(2 claims)" when more than one claim backs the same step.
 */
export function chainText(ctx: AppContext, chain: Chain): string {
  if (chain.length === 0) return "";
  let text = ctx.actorLabel(chain[0]?.from ?? "");
  for (const step of chain) {
    const claim = step.claims[0];
    const relation = claim === undefined ? "" : ctx.relationLabel(claim.relation);
    const more = step.claims.length > 1 ? ` (${step.claims.length} claims)` : "";
    const arrow =
      claim?.traversal === "against"
        ? `←${relation}${more}—`
        : claim?.traversal === "symmetric"
          ? `—${relation}${more}—`
          : `—${relation}${more}→`;
    text += ` ${arrow} ${ctx.actorLabel(step.to)}`;
  }
  return text;
}

export function chainList(ctx: AppContext, chains: readonly Chain[]): HTMLElement {
  return h("ul", { className: "chain" }, ...chains.map((chain) => h("li", { text: chainText(ctx, chain) })));
}

export function actorButton(ctx: AppContext, actor: string): HTMLButtonElement {
  const label = ctx.actorLabel(actor);
  return h("button", {
    className: "link-button chain-target",
    text: label,
    attrs: { type: "button", title: `Select ${label}`, "data-actor": actor },
    on: { click: () => ctx.selectActor(actor, { move: true }) },
  });
}
