import { type ArticleExtractor, createArticleExtractor } from "../../view/article/extract-client";
import {
  type ArticleDraft,
  acceptedPlace,
  newDraft,
  rebaseDrafts,
  uniqueSourceId,
} from "../../view/article/review";
import type { AppContext, Panel } from "../context";
import { h } from "../dom";
import { NARROW } from "../explorer/shell";
import { acceptedText, type ReviewHandlers } from "./claim-card";
import { discardControl } from "./discard";
import { type ArticleForm, type ArticleInput, articleForm } from "./input";
import { manualClaimForm } from "./manual-claim-form";
import { emphasise, renderDraftList, renderReview } from "./review-list";
import { type ArticleActions, type ArticleWorkSession, articleWork } from "./work";
import "./panel.css";

/**
 * "Add article": paste or drop a news article, run the extractor against the current dataset, review
 * each candidate claim (accept, edit, reject) beside the article with every quote highlighted.
 * Accepted claims go into the graph at once (validated with the whole dataset first) and, with the
 * pending ones, into the browser's saved workspace, until the dataset is exported or the added
 * articles are discarded.
 */

const RULE =
  "Added articles (accepted claims and those still to review) are kept in this browser until you export the dataset JSON or discard them.";

export interface ArticlePanel extends Panel {
  /** Replays the work saved in this browser onto the dataset shown (call once, after the first render). */
  restore(): void;
}

// The timeout: a hidden tab draws no frames, and the work must still be saved.
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 200);
  });

/** The toggle in the toolbar and the drawer with its parts; open/close with focus handling. */
function articleShell(
  form: HTMLFormElement,
  parts: HTMLElement[],
  on: { hint(): void; opened(): void; toggled(): void },
): { panel: HTMLElement; setOpen(open: boolean): void } {
  const toggle = h(
    "button",
    {
      className: "article-toggle",
      attrs: {
        type: "button",
        id: "toggle-article",
        "aria-controls": "article-panel",
        "aria-expanded": "false",
      },
    },
    h("span", { className: "long", text: "Add article" }),
    h("span", { className: "short", text: "Article" }),
  );
  document.querySelector<HTMLElement>(".toolbar")?.prepend(toggle);
  const closeButton = h("button", {
    className: "link-button",
    text: "Close",
    attrs: { type: "button", "aria-label": "Close the article panel" },
  });
  const panel = h(
    "aside",
    { className: "article-panel", attrs: { id: "article-panel", "aria-labelledby": "article-heading" } },
    h(
      "div",
      { className: "section-head" },
      h("h2", { attrs: { id: "article-heading" }, text: "Add article" }),
      closeButton,
    ),
    h("p", { className: "article-rule", attrs: { id: "article-rule" }, text: RULE }),
    form,
    ...parts,
  );
  panel.hidden = true;
  (document.querySelector<HTMLElement>(".workspace") ?? document.body).append(panel);
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    toggle.setAttribute("aria-pressed", String(open));
    on.toggled();
    if (open) on.opened();
  };
  toggle.addEventListener("click", () => setOpen(panel.hidden !== false));
  toggle.addEventListener("pointerenter", () => on.hint(), { once: true });
  toggle.addEventListener("focus", () => on.hint(), { once: true });
  const closeToToggle = () => {
    setOpen(false);
    toggle.focus();
  };
  closeButton.addEventListener("click", closeToToggle);
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && window.matchMedia(NARROW).matches) closeToToggle();
  });
  return { panel, setOpen };
}

/**
 * The model loads, the gazetteer of the dataset shown is built and a sample article is read while
 * the user pastes, so "Find claims" only pays for the article itself. Asking again for the same
 * dataset costs nothing; `modelReady` on the panel says the worker is ready. After the dataset
 * changed (a claim accepted), the new gazetteer is built once things are quiet.
 */
function warmer(ctx: AppContext, extractor: ArticleExtractor, panel: HTMLElement) {
  const warmUp = () => {
    const shown = ctx.loaded();
    void extractor.warm(shown).then((timings) => {
      if (ctx.loaded() !== shown) return;
      panel.dataset.modelReady = "true";
      if (timings !== null)
        panel.dataset.warmMs = `${timings.model.toFixed(0)}/${timings.gazetteer.toFixed(0)}/${timings.sample.toFixed(0)}`;
    });
  };
  let rewarm: number | undefined;
  const warmSoon = () => {
    if (panel.hidden || panel.dataset.modelReady !== "true") return;
    clearTimeout(rewarm);
    rewarm = window.setTimeout(warmUp, 400);
  };
  return { warmUp, warmSoon };
}

/** Reads an article into a new draft: the extractor's candidates, timed, with a status line. */
async function readArticle(
  ctx: AppContext,
  extractor: ArticleExtractor,
  work: ArticleWorkSession,
  article: ArticleInput,
  panel: HTMLElement,
  render: () => void,
): Promise<string> {
  const started = performance.now();
  const sourceId = uniqueSourceId(article.title, work.takenSourceIds());
  const { date } = article;
  const against = ctx.loaded();
  const { candidates, workerMs } = await extractor.extract(article.text, {
    dataset: against,
    sourceId,
    date,
  });
  const source = { id: sourceId, title: article.title, publisher: article.publisher, date };
  const draft = newDraft(article.text, source, candidates);
  // Another dataset opened while the article was read: its review is against that one.
  work.add(ctx.loaded() === against ? draft : (rebaseDrafts([draft], ctx.loaded())[0] ?? draft));
  render();
  // Timed up to the drawn candidates, as the user waits for them.
  const elapsed = performance.now() - started;
  panel.dataset.findMs = elapsed.toFixed(1);
  if (workerMs !== null) panel.dataset.workerMs = workerMs.toFixed(1);
  const denied = candidates.claims.filter((c) => !c.asserted).length;
  return (
    `Found ${candidates.claims.length} candidate claim(s)` +
    (denied > 0 ? ` (${denied} denied or negated)` : "") +
    ` and ${candidates.actors.length} actor(s) in ${Math.round(elapsed)} ms.`
  );
}

/**
 * Tells the view how much of the graph the open drawer hides on a desktop (it lies over the legend
 * and the canvas's left part), so a new actor or a chosen claim is framed where it can be seen.
 */
function coverGraph(ctx: AppContext, panel: HTMLElement): void {
  const graph = document.getElementById("graph");
  if (panel.hidden || graph === null || window.matchMedia(NARROW).matches) {
    ctx.view.setCoveredLeft(0);
    return;
  }
  ctx.view.setCoveredLeft(panel.getBoundingClientRect().right - graph.getBoundingClientRect().left);
}

/** The status after an accept: for each claim newly accepted, whether it is new or merged (said, not silent). */
function acceptedStatus(
  ctx: AppContext,
  before: ArticleDraft | undefined,
  after: ArticleDraft | undefined,
): string | null {
  if (before === undefined || after === undefined) return null;
  const was = new Set(before.claims.filter((c) => c.decision === "accepted").map((c) => c.key));
  const lines = after.claims
    .filter((claim) => claim.decision === "accepted" && !was.has(claim.key))
    .map((claim) =>
      acceptedText(ctx, acceptedPlace(ctx.loaded().dataset, after, claim)).replace(/^accepted — /, ""),
    );
  if (lines.length === 0) return null;
  const text = lines.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** What reading an article needs from the panel. */
interface ReadParts {
  ctx: AppContext;
  actions: ArticleActions;
  extractor: ArticleExtractor;
  work: ArticleWorkSession;
  input: ArticleForm;
  panel: HTMLElement;
  status: HTMLElement;
  render(): void;
}

/**
 * Finds an article's claims. While a large dataset is being built to replace the one shown, the
 * article waits for it (said in the status, text kept in the box) and is then read against it:
 * read now, it would build on a dataset about to go.
 */
async function readWhenShown(parts: ReadParts, article: ArticleInput): Promise<void> {
  const { ctx, actions, work, input, status } = parts;
  input.setBusy(true);
  try {
    const coming = actions.replacing();
    if (coming !== null) {
      status.textContent = `Opening “${coming.dataset.title}”: the article will be read against it once it is shown.`;
      await actions.settled();
    }
    status.textContent = "Reading the article…";
    status.textContent = await readArticle(ctx, parts.extractor, work, article, parts.panel, parts.render);
    input.clear();
    // Saved after the candidates are drawn: the copy into IndexedDB need not delay that frame.
    await nextFrame();
    await work.persist();
  } catch (error) {
    status.textContent = `Could not read the article (its text is still in the box): ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    input.setBusy(false);
  }
}

/** The review list's actions: edit, accept (not while another dataset is being built), show on graph. */
function reviewHandlers(
  ctx: AppContext,
  actions: ArticleActions,
  work: ArticleWorkSession,
  parts: { status: HTMLElement; review: HTMLElement; render(): void; closeOnPhone(): void },
): ReviewHandlers {
  const { status, review } = parts;
  return {
    change(index, change, apply) {
      const coming = actions.replacing();
      if (apply && coming !== null) {
        status.textContent = `“${coming.dataset.title}” is being opened: accept once it is shown (the review stays here).`;
        return;
      }
      const before = work.drafts[index];
      if (!work.change(index, change, apply)) return;
      const said = apply ? acceptedStatus(ctx, before, work.drafts[index]) : null;
      if (said !== null) status.textContent = said;
      parts.render();
      void work.persist();
    },
    showOnGraph(claim) {
      // Through selectActor, so a phone opens the details panel; the drawer makes way.
      ctx.selectActor(ctx.graph().source(claim), { move: true });
      ctx.store.set({ selectedClaim: claim, mode: "explore" });
      if (window.matchMedia(NARROW).matches) parts.closeOnPhone();
    },
    emphasise: (key, scroll) => emphasise(review, key, scroll),
  };
}

/** The reviewer's own claim: added to the current draft's review list, said in the status. */
function manualForm(
  ctx: AppContext,
  work: ArticleWorkSession,
  handlers: ReviewHandlers,
  parts: { status: HTMLElement; review: HTMLElement },
) {
  const { status, review } = parts;
  return manualClaimForm(
    ctx,
    () => work.drafts[work.current],
    (next, key) => {
      handlers.change(work.current, () => next, false);
      const claim = next.claims.find((c) => c.key === key);
      const name = (id: string) => next.actors.find((a) => a.id === id)?.label ?? ctx.actorLabel(id);
      status.textContent =
        claim === undefined
          ? ""
          : `Added to the review list: ${name(claim.from)} ${ctx.relationLabel(claim.relation)} ${name(claim.to)}. Accept it to put it in the graph.`;
      review.querySelector(`.candidate[data-key="${CSS.escape(key)}"]`)?.scrollIntoView({ block: "nearest" });
    },
  );
}

export function mountArticlePanel(ctx: AppContext, actions: ArticleActions): ArticlePanel {
  const extractor = createArticleExtractor();
  const status = h("p", {
    className: "status",
    attrs: { id: "article-status", role: "status", "aria-live": "polite" },
  });
  const review = h("section", {
    className: "article-review",
    attrs: { id: "article-review", "aria-label": "Review" },
  });
  const draftList = h("div", { className: "article-drafts", attrs: { id: "article-drafts" } });
  const discardArea = h("div", { className: "article-discard", attrs: { id: "article-discard" } });
  const work = articleWork(ctx, actions, (text) => {
    status.textContent = text;
  });

  const findClaims = (article: ArticleInput) =>
    readWhenShown(
      { ctx, actions, extractor, work, input, panel, status, render: () => renderWork() },
      article,
    );
  const input = articleForm(status, findClaims);
  const { panel, setOpen } = articleShell(input.form, [status, draftList, review, discardArea], {
    // A pointer on its way to the toggle, or focus on it, is a good hint the panel is wanted.
    hint: () => warmUp(),
    opened: () => {
      warmUp();
      input.textInput.focus();
    },
    toggled: () => coverGraph(ctx, panel),
  });
  window.addEventListener("resize", () => coverGraph(ctx, panel));

  const { warmUp, warmSoon } = warmer(ctx, extractor, panel);
  const handlers = reviewHandlers(ctx, actions, work, {
    status,
    review,
    render: () => renderWork(),
    closeOnPhone: () => setOpen(false),
  });
  const manual = manualForm(ctx, work, handlers, { status, review });
  handlers.selected = (view) => manual.quoteFromSelection(view);
  const discard = discardControl(discardArea, () => {
    const done = work.discard();
    renderWork();
    void done.then((text) => {
      status.textContent = text;
    });
  });
  const renderWork = () => {
    renderDraftList(draftList, work.drafts, work.current, (index) => {
      work.current = index;
      renderWork();
    });
    manual.refresh();
    renderReview(review, ctx, work.drafts[work.current], work.current, handlers, manual.element);
    discard.render(work.drafts);
  };

  // The export includes the added articles: from then on the file, not the browser, keeps them.
  document.getElementById("export-json")?.addEventListener("click", () => {
    const done = work.exported();
    if (done === null) return;
    renderWork();
    void done.then((text) => {
      status.textContent = text;
    });
  });

  return {
    render(_state, _previous, datasetChanged) {
      if (!datasetChanged) return;
      warmSoon();
      const kept = work.datasetChanged();
      if (kept !== null) {
        status.textContent = kept;
        // After whoever opened the dataset saved it (it saves no article work): this save comes last.
        setTimeout(() => void work.persist(), 0);
      }
      renderWork();
    },
    restore() {
      const restored = work.restore();
      if (restored === null) return;
      status.textContent = restored;
      renderWork();
    },
  };
}
