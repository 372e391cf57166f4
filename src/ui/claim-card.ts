import { claimRef } from "../analysis/claims";
import type { AppContext } from "./context";
import { certaintyBadge, spanText } from "./details-panel";
import { h } from "./dom";
import { evidenceBlock } from "./evidence-view";

/**
 * One claim as the analysis panels list it: "Russia supports Assad government", its certainty and
 * span, then every verbatim quote with its source (the same blocks as the details panel).
 */
export function claimCard(ctx: AppContext, claim: string, extra: HTMLElement | null = null): HTMLElement {
  const graph = ctx.graph();
  if (!graph.hasEdge(claim)) return h("li", { className: "claim", text: claim });
  const ref = claimRef(graph, claim);
  return h(
    "li",
    { className: "claim", attrs: { "data-claim": claim } },
    h(
      "div",
      { className: "claim-line" },
      h("span", {
        className: "claim-statement",
        text: `${ctx.actorLabel(ref.from)} ${ctx.relationLabel(ref.relation)} ${ctx.actorLabel(ref.to)}`,
      }),
      certaintyBadge(ref.certainty),
      h("span", { className: "span", text: spanText(ref) }),
      extra,
    ),
    ...ref.evidence.map((evidence, index, all) => evidenceBlock(ctx, evidence, all.slice(0, index))),
  );
}
