import { type ArticleDraft, countDecisions, textSegments } from "../../view/article/review";
import type { AppContext } from "../context";
import { downloadBlob, h } from "../dom";
import { actorItem, claimItem, type ReviewHandlers } from "./claim-card";

/**
 * The review of one article: its text with every candidate's quote highlighted, the proposed
 * actors, and the candidate claims; and, when several articles were added, the list to switch.
 */

/** Only the article box scrolls to a quote: moving the whole panel would pull the list from under the pointer. */
function scrollWithin(mark: HTMLElement): void {
  const box = mark.closest<HTMLElement>(".article-textview");
  if (box === null) return;
  const outer = box.getBoundingClientRect();
  const inner = mark.getBoundingClientRect();
  if (inner.top < outer.top || inner.bottom > outer.bottom)
    box.scrollTop += inner.top - outer.top - outer.height / 3;
}

/** Emphasises one candidate and its quotes in `review` (null clears). */
export function emphasise(review: HTMLElement, key: string | null, scroll: boolean): void {
  for (const mark of review.querySelectorAll("mark.emphasised")) mark.classList.remove("emphasised");
  for (const item of review.querySelectorAll(".candidate.emphasised")) item.classList.remove("emphasised");
  if (key === null) return;
  const marks = review.querySelectorAll<HTMLElement>(`mark[data-claims~="${CSS.escape(key)}"]`);
  for (const mark of marks) mark.classList.add("emphasised");
  review.querySelector(`.candidate[data-key="${CSS.escape(key)}"]`)?.classList.add("emphasised");
  const first = marks[0];
  if (scroll && first !== undefined) scrollWithin(first);
}

/** The article as text nodes and <mark>s (never HTML): one mark per stretch quoted by some claims. */
function highlightedText(review: HTMLElement, draft: ArticleDraft, handlers: ReviewHandlers): HTMLElement {
  const view = h("div", { className: "article-textview", attrs: { id: "article-textview", tabindex: "0" } });
  const selected = () => handlers.selected?.(view);
  view.addEventListener("mouseup", selected);
  view.addEventListener("keyup", selected);
  const shown = draft.claims.filter((claim) => claim.decision !== "rejected");
  for (const segment of textSegments(draft.text.length, shown)) {
    const piece = draft.text.slice(segment.start, segment.end);
    if (segment.claims.length === 0) {
      view.append(document.createTextNode(piece));
      continue;
    }
    const claims = segment.claims
      .map((key) => shown.find((c) => c.key === key))
      .filter((c) => c !== undefined);
    const denied = claims.every((c) => !c.asserted);
    const mark = h("mark", {
      className: denied ? "denied" : claims.some((c) => c.decision === "accepted") ? "accepted" : "",
      text: piece,
      attrs: { "data-claims": segment.claims.join(" ") },
    });
    mark.addEventListener("click", () => {
      const first = segment.claims[0] ?? null;
      emphasise(review, first, false);
      if (first !== null)
        review
          .querySelector(`.candidate[data-key="${CSS.escape(first)}"]`)
          ?.scrollIntoView({ block: "nearest" });
    });
    view.append(mark);
  }
  return view;
}

export function renderReview(
  review: HTMLElement,
  ctx: AppContext,
  draft: ArticleDraft | undefined,
  index: number,
  handlers: ReviewHandlers,
  /** The reviewer's own claim form, kept across redraws (moved, not rebuilt). */
  manual: HTMLElement | null = null,
): void {
  if (draft === undefined) {
    review.replaceChildren();
    return;
  }
  const counts = countDecisions([draft]);
  review.replaceChildren(
    h("h3", { text: draft.source.title }),
    h("p", {
      className: "note",
      text: `${draft.source.publisher}, ${draft.source.date} · ${counts.accepted} accepted, ${counts.pending} to review, ${counts.rejected} rejected`,
    }),
    h("button", {
      className: "link-button",
      text: `Save the text as ${draft.source.id}.txt`,
      attrs: { type: "button", id: "save-article-text", title: "The exported dataset cites this file" },
      on: {
        click: () =>
          downloadBlob(
            new Blob([draft.text], { type: "text/plain;charset=utf-8" }),
            `${draft.source.id}.txt`,
          ),
      },
    }),
    highlightedText(review, draft, handlers),
    h("h4", { text: `Actors (${draft.actors.length})` }),
    h(
      "ul",
      { className: "candidate-actors" },
      ...draft.actors.map((actor) => actorItem(ctx, draft, index, actor, handlers)),
    ),
    h("h4", { text: `Claims (${draft.claims.length})` }),
    draft.claims.length === 0
      ? h("p", {
          className: "note",
          text: "No relation between known or proposed actors was found in this text.",
        })
      : h(
          "ol",
          { className: "candidates", attrs: { id: "article-candidates" } },
          ...draft.claims.map((claim) => claimItem(ctx, draft, index, claim, handlers)),
        ),
    ...(manual === null ? [] : [manual]),
  );
}

/** The articles added so far (shown from two on), each a button that opens its review. */
export function renderDraftList(
  list: HTMLElement,
  drafts: readonly ArticleDraft[],
  current: number,
  open: (index: number) => void,
): void {
  if (drafts.length <= 1) {
    list.replaceChildren();
    return;
  }
  list.replaceChildren(
    h("h4", { text: "Articles added" }),
    h(
      "ul",
      {},
      ...drafts.map((draft, index) => {
        const counts = countDecisions([draft]);
        return h(
          "li",
          {},
          h("button", {
            className: "link-button",
            text: draft.source.title,
            attrs: { type: "button", "aria-pressed": String(index === current) },
            on: { click: () => open(index) },
          }),
          h("span", { className: "note", text: ` ${counts.accepted} accepted, ${counts.pending} to review` }),
        );
      }),
    ),
  );
}
