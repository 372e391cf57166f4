import { BACKING_PAGE, type BackingResult } from "../analysis/backers";
import { type AppState, DIRECTIONS, isOneOf, MAX_HOPS } from "../view/app-state";
import { actorButton, chainList } from "./chains";
import type { AppContext, Panel } from "./context";
import { byId, fill, h } from "./dom";

/** How far and which way to look: backers, what it backs, or both; up to N hops. */
function backingControls(ctx: AppContext, state: AppState) {
  const direction = h(
    "select",
    {
      attrs: { id: "backers-direction" },
      on: {
        change: (event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          if (isOneOf(DIRECTIONS, value))
            ctx.store.set((s) => ({ ...s, backers: { ...s.backers, direction: value } }));
        },
      },
    },
    h("option", { text: "Its backers", attrs: { value: "in" } }),
    h("option", { text: "What it backs", attrs: { value: "out" } }),
    h("option", { text: "Both", attrs: { value: "both" } }),
  );
  direction.value = state.backers.direction;
  const hops = h("input", {
    attrs: { id: "backers-hops", type: "number", min: "1", max: String(MAX_HOPS), step: "1" },
    on: {
      change: (event) => {
        const value = Number((event.currentTarget as HTMLInputElement).value);
        if (!Number.isInteger(value) || value < 1 || value > MAX_HOPS) return;
        ctx.store.set((s) => ({ ...s, backers: { ...s.backers, hops: value } }));
      },
    },
  });
  hops.value = String(state.backers.hops);
  return { direction, hops };
}

/**
 * "Who backs whom" for the selected actor: its backers and what it backs, transitively up to N
 * hops, each with the chains that connect them (the same chains are drawn on the graph).
 */
export function mountBackers(ctx: AppContext): Panel {
  const container = byId("backers-view");

  const resultItem = (result: BackingResult) =>
    h(
      "li",
      { attrs: { "data-actor": result.actor } },
      actorButton(ctx, result.actor),
      h("span", { className: "span", text: ` · ${result.hops} hop${result.hops === 1 ? "" : "s"}` }),
      chainList(ctx, result.chains),
    );

  // A page of results at a time: an actor backed by thousands lists its first page at once (their
  // chains are listed only when shown), and "Show more" adds the next.
  const resultList = (title: string, results: BackingResult[], id: string) => {
    const list = h("ol", { className: "chain-list" });
    let shown = 0;
    const more = h("button", {
      className: "link-button show-more",
      attrs: { type: "button" },
      on: { click: () => showPage() },
    });
    const showPage = () => {
      const page = results.slice(shown, shown + BACKING_PAGE);
      list.append(...page.map(resultItem));
      shown += page.length;
      const left = results.length - shown;
      more.textContent =
        left <= BACKING_PAGE ? `Show the other ${left}` : `Show ${BACKING_PAGE} more (${left} not shown)`;
      if (left === 0) more.remove();
    };
    showPage();
    return h(
      "section",
      { className: "backing", attrs: { "aria-labelledby": id, "data-list": id } },
      h("h3", { text: `${title} (${results.length})`, attrs: { id } }),
      results.length === 0 ? h("p", { className: "empty", text: "None in the current view." }) : list,
      results.length > BACKING_PAGE ? more : null,
    );
  };

  return {
    render(state: AppState, previous: AppState | null, datasetChanged: boolean) {
      if (state.mode !== "backers") return;
      const unchanged =
        !datasetChanged &&
        previous !== null &&
        previous.mode === state.mode &&
        previous.selected === state.selected &&
        previous.backers === state.backers &&
        previous.highlightedClaims === state.highlightedClaims &&
        previous.filters === state.filters &&
        previous.date === state.date;
      if (unchanged) return;
      const actor = state.selected;
      if (actor === null || !ctx.graph().hasNode(actor)) {
        container.replaceChildren(
          h("p", {
            className: "empty",
            text: "Select an actor (graph or search) to see who backs it and whom it backs.",
          }),
        );
        return;
      }
      const { direction, hops } = backingControls(ctx, state);
      const backing = ctx.derived().backing;
      const focusedId = document.activeElement?.id;
      fill(
        container,
        h("h2", { className: "mode-title", text: `Backing around ${ctx.actorLabel(actor)}` }),
        h(
          "div",
          { className: "form-row" },
          h("label", { text: "Show", attrs: { for: "backers-direction" } }),
          direction,
          h("label", { text: "up to", attrs: { for: "backers-hops" } }),
          hops,
          h("span", { text: "hops" }),
        ),
        state.backers.direction !== "out" ? resultList("Backed by", backing?.in ?? [], "backers-in") : null,
        state.backers.direction !== "in" ? resultList("Backs", backing?.out ?? [], "backers-out") : null,
        h("p", {
          className: "hint",
          text: "Backing = “supports” claims, followed transitively. Chains read from backer to backed; pick one to light it alone and read its quotes.",
        }),
      );
      if (focusedId === "backers-direction") direction.focus();
      if (focusedId === "backers-hops") hops.focus();
    },
  };
}
