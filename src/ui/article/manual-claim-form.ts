import { CERTAINTIES } from "../../model/certainty";
import type { Certainty } from "../../model/types";
import { addManualClaim, findQuote, type ManualEnd, relationProblem } from "../../view/article/manual-claim";
import type { ArticleDraft } from "../../view/article/review";
import type { Searchable } from "../../view/search-index";
import { actorCombobox, searchables } from "../actor-combobox";
import type { AppContext } from "../context";
import { h } from "../dom";

/**
 * "Add a claim it missed": the reviewer's own claim for the article under review. Each end is an
 * actor found with the explorer's searchable picker (dataset and article actors) or a new actor
 * with a kind; the relation list offers what the two kinds allow and says why the others are not;
 * certainty, optional dates, and the quote, selected in the article text (checked to be in it word
 * for word). The claim joins the review list, pending, and is accepted like the others. The form
 * is built once, so what was typed survives the review list being redrawn.
 */

export interface ManualClaimForm {
  element: HTMLElement;
  /** After the dataset or the draft changed: the actors to pick from, the relations allowed. */
  refresh(): void;
  /** The reviewer selected text in the article box: it becomes the quote. */
  quoteFromSelection(view: HTMLElement): void;
}

interface EndPicker {
  element: HTMLElement;
  value(): ManualEnd | null;
  /** The kind of the chosen or new actor, when known. */
  kind(): string | undefined;
  setItems(items: Searchable[]): void;
  reset(): void;
}

function endPicker(ctx: AppContext, side: "from" | "to", changed: () => void): EndPicker {
  const id = `manual-${side}`;
  const label = side === "from" ? "From" : "To";
  let chosen: Searchable | null = null;
  let items: Searchable[] = [];
  const input = h("input", {
    attrs: {
      type: "text",
      id,
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": `${id}-list`,
      autocomplete: "off",
      spellcheck: "false",
      placeholder: "Type a name or alias…",
    },
  });
  const list = h("div", {
    attrs: { id: `${id}-list`, role: "listbox", "aria-label": `${label}: matching actors` },
  });
  list.hidden = true;
  const isNew = h("input", { attrs: { type: "checkbox", id: `${id}-new` } });
  const kind = h("select", { attrs: { id: `${id}-kind`, "aria-label": `Kind of the new actor (${label})` } });
  const kindRow = h("label", { className: "manual-kind" }, h("span", { text: "kind" }), kind);
  kindRow.hidden = true;
  const combobox = actorCombobox({
    input,
    list,
    idPrefix: `${id}-hit`,
    ontology: () => ctx.loaded().ontology,
    onChoose: (hit) => {
      chosen = items.find((item) => item.id === hit.id) ?? null;
      isNew.checked = false;
      kindRow.hidden = true;
      changed();
    },
  });
  input.addEventListener("input", () => {
    chosen = null;
    changed();
  });
  isNew.addEventListener("change", () => {
    kindRow.hidden = !isNew.checked;
    if (isNew.checked) combobox.close();
    changed();
  });
  kind.addEventListener("change", changed);
  const fillKinds = () => {
    const current = kind.value;
    kind.replaceChildren(
      ...ctx.loaded().ontology.nodeKinds.map((k) => h("option", { text: k.label, attrs: { value: k.id } })),
    );
    if (current !== "") kind.value = current;
  };
  fillKinds();
  return {
    element: h(
      "div",
      { className: "manual-end" },
      h("label", { text: label, attrs: { for: id } }),
      h("div", { className: "search" }, input, list),
      h("label", { className: "manual-new" }, isNew, h("span", { text: "new actor" })),
      kindRow,
    ),
    value: () => {
      if (isNew.checked) return { newLabel: input.value, kind: kind.value };
      return chosen === null ? null : { id: chosen.id };
    },
    kind: () => (isNew.checked ? kind.value : chosen?.kind),
    setItems(next) {
      items = next;
      combobox.setItems(next);
      if (chosen !== null && !next.some((item) => item.id === chosen?.id)) chosen = null;
      fillKinds();
    },
    reset() {
      chosen = null;
      input.value = "";
      isNew.checked = false;
      kindRow.hidden = true;
    },
  };
}

/** The dataset's actors and the article's proposed ones, as the picker searches them. */
function pickable(ctx: AppContext, draft: ArticleDraft | undefined): Searchable[] {
  const known = searchables(ctx.graph());
  const ids = new Set(known.map((item) => item.id));
  const proposed = (draft?.actors ?? [])
    .filter((actor) => !ids.has(actor.id))
    .map((actor) => ({ id: actor.id, label: actor.label, aliases: actor.mentions, kind: actor.kind }));
  return [...known, ...proposed];
}

/** Offsets of the selection inside the article box, or null when it is elsewhere or empty. */
function selectionOffsets(view: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (selection === null || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!view.contains(range.startContainer) || !view.contains(range.endContainer)) return null;
  const offset = (node: Node, at: number) => {
    const before = document.createRange();
    before.setStart(view, 0);
    before.setEnd(node, at);
    return before.toString().length;
  };
  return {
    start: offset(range.startContainer, range.startOffset),
    end: offset(range.endContainer, range.endOffset),
  };
}

/** The relations of the ontology, those the two kinds do not allow disabled, and why in words. */
function relationPicker(ctx: AppContext, kinds: () => [string | undefined, string | undefined]) {
  const relation = h("select", { attrs: { id: "manual-relation", "aria-label": "Relation" } });
  const why = h("p", { className: "note manual-why", attrs: { id: "manual-why", "aria-live": "polite" } });
  const refresh = () => {
    const { ontology } = ctx.loaded();
    const current = relation.value;
    const [fromKind, toKind] = kinds();
    relation.replaceChildren(
      ...ontology.relationKinds.map((r) => {
        const problem = relationProblem(ontology, r.id, fromKind, toKind);
        return h("option", {
          text: problem === null ? r.label : `${r.label} (not for these kinds)`,
          attrs: { value: r.id, ...(problem !== null ? { disabled: "", title: problem } : {}) },
        });
      }),
    );
    const usable = [...relation.options].filter((option) => !option.disabled);
    relation.value = usable.some((option) => option.value === current)
      ? current
      : (usable[0]?.value ?? current);
    const chosenProblem = relationProblem(ontology, relation.value, fromKind, toKind);
    const refused = ontology.relationKinds.length - usable.length;
    why.textContent =
      chosenProblem !== null
        ? `Not allowed: ${chosenProblem}.`
        : refused > 0
          ? `${refused} relation(s) are not offered for these kinds (the ontology's rules; hover one to see why).`
          : "";
  };
  return { select: relation, why, refresh };
}

/** Certainty, the optional dates and the quote. */
function metaFields() {
  const date = (id: string) =>
    h("input", { attrs: { type: "text", id, inputmode: "numeric", placeholder: "YYYY-MM-DD" } });
  return {
    certainty: h(
      "select",
      { attrs: { id: "manual-certainty", "aria-label": "Certainty" } },
      ...CERTAINTIES.map((c) => h("option", { text: c, attrs: { value: c } })),
    ),
    start: date("manual-start"),
    end: date("manual-end"),
    quote: h("textarea", {
      attrs: {
        id: "manual-quote",
        rows: "3",
        placeholder: "Select the sentence in the article above: it is copied here.",
      },
    }),
  };
}

export function manualClaimForm(
  ctx: AppContext,
  draftNow: () => ArticleDraft | undefined,
  add: (next: ArticleDraft, key: string) => void,
): ManualClaimForm {
  const pickers: { from?: EndPicker; to?: EndPicker } = {};
  const relations = relationPicker(ctx, () => [pickers.from?.kind(), pickers.to?.kind()]);
  const { select: relation, why } = relations;
  const refreshRelations = relations.refresh;
  const from = endPicker(ctx, "from", () => refreshRelations());
  const to = endPicker(ctx, "to", () => refreshRelations());
  Object.assign(pickers, { from, to });
  const { certainty, start, end, quote } = metaFields();
  const problems = h("ul", { className: "manual-problems", attrs: { id: "manual-problems", role: "alert" } });
  const addButton = h("button", {
    text: "Add to the review list",
    attrs: { type: "button", id: "manual-add" },
  });

  addButton.addEventListener("click", () => {
    const draft = draftNow();
    if (draft === undefined) return;
    const result = addManualClaim(
      draft,
      {
        from: from.value(),
        relation: relation.value,
        to: to.value(),
        certainty: certainty.value as Certainty,
        start: start.value.trim(),
        end: end.value.trim(),
        quote: quote.value,
      },
      ctx.loaded(),
    );
    if (!result.ok) {
      problems.replaceChildren(...result.problems.map((text) => h("li", { text })));
      return;
    }
    problems.replaceChildren();
    for (const field of [start, end, quote]) field.value = "";
    from.reset();
    to.reset();
    add(result.draft, result.key);
  });

  const element = h(
    "details",
    { className: "manual-claim", attrs: { id: "manual-claim" } },
    h("summary", { text: "Add a claim it missed" }),
    h(
      "div",
      { className: "manual-grid" },
      from.element,
      h(
        "div",
        { className: "manual-end" },
        h("label", { text: "Relation", attrs: { for: "manual-relation" } }),
        relation,
      ),
      to.element,
    ),
    why,
    h(
      "div",
      { className: "manual-meta" },
      h("label", {}, h("span", { text: "Certainty" }), certainty),
      h("label", {}, h("span", { text: "Start (optional)" }), start),
      h("label", {}, h("span", { text: "End (optional)" }), end),
    ),
    h("label", {
      className: "manual-quote",
      attrs: { for: "manual-quote" },
      text: "Quote (word for word from the article)",
    }),
    quote,
    problems,
    h("div", { className: "button-row" }, addButton),
  );

  return {
    element,
    refresh() {
      const items = pickable(ctx, draftNow());
      from.setItems(items);
      to.setItems(items);
      refreshRelations();
    },
    quoteFromSelection(view) {
      // Only while the form is open: selecting text to read it must not change anything.
      const draft = draftNow();
      const at = draft === undefined || !element.open ? null : selectionOffsets(view);
      if (draft === undefined || at === null) return;
      const picked = draft.text.slice(Math.min(at.start, at.end), Math.max(at.start, at.end));
      if (findQuote(draft.text, picked) !== null) quote.value = picked.trim();
    },
  };
}
