import type { Chain } from "../analysis/projection";
import { chainText } from "../view/chain-text";
import type { AppContext } from "./context";
import { h } from "./dom";

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
