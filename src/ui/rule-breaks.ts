import { type RuleBreak, ruleBreaks } from "../model/import-ontology";
import { RULE_BREAK_COLOR } from "../view/graph-style";
import type { AppContext, Panel } from "./context";
import { byId, h, swatch } from "./dom";
import "./import-mapping.css";

/**
 * The claims of a mapped foreign file that break the ontology's kind rules: listed under Export &
 * import (each one selects its claim on the graph, where rule breaks are drawn in red), and gone
 * when a dataset that follows the rules is shown.
 */
export function mountRuleBreaks(ctx: AppContext): Panel {
  const container = byId("rule-breaks");
  let shownFor: unknown;

  const item = (found: RuleBreak) => {
    const words = `${ctx.actorLabel(found.from)} ${ctx.relationLabel(found.relation)} ${ctx.actorLabel(found.to)}`;
    return h(
      "li",
      {},
      h("button", {
        className: "link-button",
        text: words,
        attrs: { type: "button", title: found.message, "data-claim": found.claim },
        on: {
          click: () => {
            ctx.selectActor(found.from);
            ctx.store.set({ mode: "explore", selectedClaim: found.claim });
          },
        },
      }),
    );
  };

  return {
    render(_state, _previous, datasetChanged) {
      const loaded = ctx.loaded();
      if (!datasetChanged && shownFor === loaded) return;
      shownFor = loaded;
      const found = loaded.mappedOnto ? ruleBreaks(loaded.dataset, loaded.mappedOnto) : [];
      container.hidden = found.length === 0;
      if (found.length === 0) {
        container.replaceChildren();
        return;
      }
      container.replaceChildren(
        h(
          "p",
          { className: "hint" },
          swatch(RULE_BREAK_COLOR, "line"),
          h("span", {
            text: `${found.length} claim${found.length === 1 ? "" : "s"} of this file break${found.length === 1 ? "s" : ""} the ontology's kind rules (red on the graph):`,
          }),
        ),
        h("ul", { attrs: { "aria-label": "Claims that break the kind rules" } }, ...found.map(item)),
      );
    },
  };
}
