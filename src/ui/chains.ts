import type { Chain } from "../analysis/projection";
import { chainText } from "../view/chain-text";
import { chainClaims, isChosenRoute } from "../view/route";
import { claimCard } from "./claim-card";
import type { AppContext } from "./context";
import { h } from "./dom";
import "./chains.css";

/**
 * Chains as a list of routes: each one a button that lights that route alone on the graph (its
 * claims become the highlighted claims) and opens its claims with their quotes; a second press
 * goes back to every route.
 */
export function chainList(ctx: AppContext, chains: readonly Chain[]): HTMLElement {
  const chosen = ctx.store.get().highlightedClaims;
  return h(
    "ul",
    { className: "chain" },
    ...chains.map((chain) => {
      const isChosen = isChosenRoute(chain, chosen);
      const claims = chainClaims(chain);
      return h(
        "li",
        { className: isChosen ? "route chosen" : "route" },
        h("button", {
          className: "route-button",
          text: chainText(ctx, chain),
          attrs: {
            type: "button",
            "aria-pressed": String(isChosen),
            title: isChosen ? "Show every route again" : "Show this route alone, with its quotes",
          },
          on: {
            click: () => ctx.store.set({ highlightedClaims: isChosen ? [] : claims, selectedClaim: null }),
          },
        }),
        isChosen
          ? h(
              "ol",
              { className: "route-claims", attrs: { "aria-label": "The claims of this route" } },
              ...claims.map((claim) => claimCard(ctx, claim)),
            )
          : null,
      );
    }),
  );
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
