import type { Contradiction, ContradictionKind } from "../analysis/contradictions";
import { analysisViews } from "../view/analysis-cache";
import type { AppState } from "../view/app-state";
import { claimCard } from "./claim-card";
import type { AppContext, Panel } from "./context";
import { byId, fill, h } from "./dom";
import { cutNote, LISTED_ENTRIES } from "./list-limit";
import { rebuildKeepingFocus } from "./panel-focus";

/**
 * Claims that cannot all hold at once, as of the chosen date (`faultline contradictions [--at
 * DATE]`): each with its kind, the explanation and every claim with its quotes and sources.
 * Choosing one highlights all its edges on the graph (the rest fades).
 */

export const CONTRADICTION_KIND_LABELS: Record<ContradictionKind, string> = {
  "friend-and-foe": "Friend and foe",
  "rival-control": "Rival control",
  "mutual-reverse": "Each part of the other",
  disputed: "Disputed",
};

function sameClaims(contradiction: Contradiction, claims: readonly string[]): boolean {
  return (
    contradiction.claims.length === claims.length &&
    contradiction.claims.every((claim, index) => claim.claim === claims[index])
  );
}

export function mountContradictions(ctx: AppContext): Panel {
  const container = byId("contradictions-view");

  const entry = (contradiction: Contradiction, index: number, chosen: boolean) => {
    const claims = contradiction.claims.map((c) => c.claim);
    return h(
      "li",
      {
        className: chosen ? "contradiction chosen" : "contradiction",
        attrs: { "data-kind": contradiction.kind, "data-claims": claims.join(",") },
      },
      h(
        "div",
        { className: "claim-line" },
        h("span", {
          className: `contradiction-kind kind-${contradiction.kind}`,
          text: CONTRADICTION_KIND_LABELS[contradiction.kind],
        }),
        h("button", {
          className: "link-button show-claims",
          text: chosen ? "shown on graph" : "show on graph",
          attrs: {
            type: "button",
            "aria-pressed": String(chosen),
            "data-focus-key": `contradiction:${index}:${claims.join(",")}`,
          },
          on: {
            click: () =>
              ctx.store.set((state) => ({
                ...state,
                // The claims alone: an actor's neighbourhood would hide which edges are meant.
                selected: chosen ? state.selected : null,
                selectedClaim: null,
                highlightedClaims: chosen ? [] : claims,
              })),
          },
        }),
      ),
      h("p", { className: "explanation", text: contradiction.explanation }),
      h("ul", { className: "claim-list" }, ...claims.map((claim) => claimCard(ctx, claim))),
    );
  };

  return {
    render(state: AppState, previous: AppState | null, datasetChanged: boolean) {
      if (state.mode !== "contradictions") return;
      const unchanged =
        !datasetChanged &&
        previous !== null &&
        previous.mode === state.mode &&
        previous.date === state.date &&
        previous.highlightedClaims === state.highlightedClaims;
      if (unchanged) return;
      const found = analysisViews(ctx.graph(), ctx.loaded().ontology, state.date).contradictions();
      const byKind = new Map<ContradictionKind, number>();
      for (const c of found) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
      const kinds = [...byKind].map(
        ([kind, count]) => `${count} ${CONTRADICTION_KIND_LABELS[kind].toLowerCase()}`,
      );
      rebuildKeepingFocus(container, () =>
        fill(
          container,
          h("h2", {
            className: "mode-title",
            text: `Contradictions, ${state.date === null ? "all time" : `as of ${state.date}`}`,
          }),
          h("p", {
            className: "camps-summary",
            text: `${found.length} contradiction${found.length === 1 ? "" : "s"}${kinds.length === 0 ? "" : `: ${kinds.join(", ")}`}`,
            attrs: { id: "contradictions-summary", "data-count": String(found.length) },
          }),
          h("p", {
            className: "hint",
            text: "Claims that cannot all hold at once, and claims a source disputes, each with the claims it stands against.",
          }),
          found.length === 0
            ? h("p", { className: "empty", text: "None in the reporting as of this date." })
            : h(
                "ol",
                { className: "contradiction-list" },
                ...found
                  .slice(0, LISTED_ENTRIES)
                  .map((c, index) => entry(c, index, sameClaims(c, state.highlightedClaims))),
              ),
          cutNote(Math.min(LISTED_ENTRIES, found.length), found.length, "contradictions"),
        ),
      );
    },
  };
}
