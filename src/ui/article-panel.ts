import { isPartialDate } from "../model/dates";
import { MAX_TEXT_BYTES, tooLargeMessage } from "../model/size-limits";
import type { Certainty, LoadedDataset } from "../model/types";
import { showInputErrors } from "./alert";
import { createArticleExtractor } from "./article-extract-client";
import {
  type ArticleDraft,
  type ArticleWork,
  acceptBlocker,
  applyDrafts,
  countDecisions,
  defaultTitle,
  newDraft,
  type ReviewClaim,
  readArticleWork,
  textSegments,
  uniqueSourceId,
  updateActorKind,
  updateClaim,
} from "./article-review";
import type { AppContext, Panel } from "./context";
import { downloadBlob, h } from "./dom";
import "./article-panel.css";

/**
 * "Add article": paste or drop a news article, run the extractor against the current dataset, review
 * each candidate claim (accept, edit, reject) beside the article with every quote highlighted.
 * Accepted claims go into the graph at once (validated with the whole dataset first) and, with the
 * pending ones, into the browser's saved workspace, until the dataset is exported or the added
 * articles are discarded.
 */

export interface ArticleActions {
  /** Shows a dataset that only adds to the current one: the graph grows in place. */
  grow(next: LoadedDataset): void;
  /** Shows another dataset (the base again, after a discard). */
  replace(next: LoadedDataset): void;
  /** Whether the dataset the articles build on is the bundled one (saved as null). */
  showingBundled(): boolean;
  /** One transactional save of the base dataset and the article work; resolves to a problem or null. */
  save(base: LoadedDataset | null, candidates: unknown[]): Promise<string | null>;
  /** The article work restored from this browser (the workspace's candidates). */
  restored: unknown[];
}

const CERTAINTIES: Certainty[] = ["stated", "implied", "disputed"];
const RULE =
  "Added articles (accepted claims and those still to review) are kept in this browser until you export the dataset JSON or discard them.";

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface ArticlePanel extends Panel {
  /** Replays the work saved in this browser onto the dataset shown (call once, after the first render). */
  restore(): void;
}

export function mountArticlePanel(ctx: AppContext, actions: ArticleActions): ArticlePanel {
  const workspace = document.querySelector<HTMLElement>(".workspace") ?? document.body;
  const toolbar = document.querySelector<HTMLElement>(".toolbar");

  // Where the added articles build on: the dataset shown before any was accepted.
  let base: LoadedDataset = ctx.loaded();
  let baseIsBundled = actions.showingBundled();
  let drafts: ArticleDraft[] = [];
  let current = -1;
  /** The dataset this panel last produced; any other one means an import or a reset happened. */
  let produced: LoadedDataset = base;
  let confirmingDiscard = false;
  const extractor = createArticleExtractor();

  /**
   * The model loads, the gazetteer of the dataset shown is built and a sample article is read while
   * the user pastes, so "Find claims" only pays for the article itself. Asking again for the same
   * dataset costs nothing; `modelReady` on the panel says the worker is ready.
   */
  const warmUp = () => {
    const shown = ctx.loaded();
    void extractor.warm(shown).then((timings) => {
      if (ctx.loaded() !== shown) return;
      panel.dataset.modelReady = "true";
      if (timings !== null)
        panel.dataset.warmMs = `${timings.model.toFixed(0)}/${timings.gazetteer.toFixed(0)}/${timings.sample.toFixed(0)}`;
    });
  };
  /** After the dataset changed (a claim accepted), the new gazetteer is built once things are quiet. */
  let rewarm: number | undefined;
  const warmSoon = () => {
    if (panel.hidden || panel.dataset.modelReady !== "true") return;
    clearTimeout(rewarm);
    rewarm = window.setTimeout(warmUp, 400);
  };

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
  toolbar?.prepend(toggle);

  const textInput = h("textarea", {
    attrs: { id: "article-text", rows: "7", placeholder: "Paste a news article, or drop a .txt file here…" },
  });
  const fileInput = h("input", { attrs: { type: "file", id: "article-file", accept: ".txt,text/plain" } });
  const titleInput = h("input", { attrs: { type: "text", id: "article-title", placeholder: "first line" } });
  const publisherInput = h("input", { attrs: { type: "text", id: "article-publisher", value: "" } });
  const dateInput = h("input", { attrs: { type: "text", id: "article-date", inputmode: "numeric" } });
  dateInput.value = today();
  const findButton = h("button", { text: "Find claims", attrs: { type: "submit", id: "find-claims" } });
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

  const form = h(
    "form",
    { className: "article-form", attrs: { id: "article-form", novalidate: "" } },
    h("label", { className: "article-label", attrs: { for: "article-text" }, text: "Article text" }),
    textInput,
    h("label", { className: "file-picker" }, h("span", { text: "…or pick a .txt file" }), fileInput),
    h(
      "div",
      { className: "article-fields" },
      h("label", {}, h("span", { text: "Title" }), titleInput),
      h("label", {}, h("span", { text: "Publisher" }), publisherInput),
      h("label", {}, h("span", { text: "Date" }), dateInput),
    ),
    h("div", { className: "button-row" }, findButton),
  );

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
    status,
    draftList,
    review,
    discardArea,
  );
  panel.hidden = true;
  workspace.append(panel);

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    toggle.setAttribute("aria-pressed", String(open));
    if (open) {
      warmUp();
      textInput.focus();
    }
  };
  toggle.addEventListener("click", () => setOpen(panel.hidden !== false));
  // A pointer on its way to the toggle, or focus on it, is a good hint the panel is wanted.
  toggle.addEventListener("pointerenter", () => warmUp(), { once: true });
  toggle.addEventListener("focus", () => warmUp(), { once: true });
  closeButton.addEventListener("click", () => {
    setOpen(false);
    toggle.focus();
  });
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && window.matchMedia("(max-width: 900px)").matches) {
      setOpen(false);
      toggle.focus();
    }
  });

  // --- Reading the article -------------------------------------------------------------------
  const readFile = async (file: File | undefined) => {
    if (file === undefined) return;
    if (!/\.txt$/i.test(file.name) && file.type !== "text/plain") {
      status.textContent = `${file.name}: expected a plain-text .txt article.`;
      return;
    }
    // Refused by its size before it is read: the text already in the box stays.
    if (file.size > MAX_TEXT_BYTES) {
      status.textContent = `${file.name}: ${tooLargeMessage("the article", file.size, MAX_TEXT_BYTES)}.`;
      return;
    }
    textInput.value = await file.text();
    if (titleInput.value.trim() === "")
      titleInput.placeholder = defaultTitle(textInput.value) || "first line";
    status.textContent = `Read ${file.name} (${textInput.value.length} characters).`;
  };
  fileInput.addEventListener("change", () => {
    void readFile(fileInput.files?.[0]);
    fileInput.value = "";
  });
  form.addEventListener("dragover", (event) => {
    if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
  });
  form.addEventListener("drop", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    void readFile(event.dataTransfer.files[0]);
  });
  textInput.addEventListener("input", () => {
    titleInput.placeholder = defaultTitle(textInput.value) || "first line";
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void findClaims();
  });

  const findClaims = async () => {
    const text = textInput.value;
    if (text.trim() === "") {
      status.textContent = "Paste or drop an article first.";
      textInput.focus();
      return;
    }
    const date = dateInput.value.trim();
    if (!isPartialDate(date)) {
      status.textContent = `Date: expected YYYY, YYYY-MM or YYYY-MM-DD, not “${date}”.`;
      dateInput.focus();
      return;
    }
    const title = titleInput.value.trim() || defaultTitle(text) || "Untitled article";
    const started = performance.now();
    findButton.disabled = true;
    status.textContent = "Reading the article…";
    try {
      const loaded = ctx.loaded();
      const taken = [...loaded.dataset.sources.map((s) => s.id), ...drafts.map((d) => d.source.id)];
      const sourceId = uniqueSourceId(title, taken);
      const { candidates, workerMs } = await extractor.extract(text, { dataset: loaded, sourceId, date });
      const source = { id: sourceId, title, publisher: publisherInput.value.trim() || "unknown", date };
      drafts = [...drafts, newDraft(text, source, candidates)];
      current = drafts.length - 1;
      renderWork();
      const elapsed = performance.now() - started;
      panel.dataset.findMs = elapsed.toFixed(1);
      if (workerMs !== null) panel.dataset.workerMs = workerMs.toFixed(1);
      const denied = candidates.claims.filter((c) => !c.asserted).length;
      status.textContent =
        `Found ${candidates.claims.length} candidate claim(s)` +
        (denied > 0 ? ` (${denied} denied or negated)` : "") +
        ` and ${candidates.actors.length} actor(s) in ${Math.round(elapsed)} ms.`;
      textInput.value = "";
      titleInput.value = "";
      titleInput.placeholder = "first line";
      // Saved after the candidates are drawn: the copy into IndexedDB need not delay that frame.
      await nextFrame();
      await persist();
    } catch (error) {
      status.textContent = `Could not read the article: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      findButton.disabled = false;
    }
  };

  // The timeout: a hidden tab draws no frames, and the work must still be saved.
  const nextFrame = () =>
    new Promise<void>((resolve) => {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      setTimeout(resolve, 200);
    });

  // --- Saving and applying ---------------------------------------------------------------------
  const work = (): ArticleWork => ({ version: 1, drafts });
  const persist = async () => {
    const problem = await actions.save(baseIsBundled ? null : base, drafts.length === 0 ? [] : [work()]);
    if (problem !== null) status.textContent = `Not kept after a reload: ${problem}.`;
  };

  /** Applies the drafts as they would become; on failure nothing changes and the reasons are shown. */
  const commit = (next: ArticleDraft[]): boolean => {
    const result = applyDrafts(base, next);
    if (!result.ok) {
      showInputErrors("These claims cannot be added: the dataset would not validate.", result.errors);
      return false;
    }
    drafts = next;
    if (result.value !== ctx.loaded()) {
      produced = result.value;
      actions.grow(result.value);
    }
    return true;
  };

  const changeDraft = (index: number, change: (draft: ArticleDraft) => ArticleDraft, apply: boolean) => {
    const draft = drafts[index];
    if (draft === undefined) return;
    const next = drafts.map((d, i) => (i === index ? change(d) : d));
    if (apply) {
      if (!commit(next)) return;
    } else {
      drafts = next;
    }
    renderWork();
    void persist();
  };

  // --- Rendering -------------------------------------------------------------------------------
  const markFor = (key: string) =>
    review.querySelectorAll<HTMLElement>(`mark[data-claims~="${CSS.escape(key)}"]`);
  const emphasise = (key: string | null, scroll: boolean) => {
    for (const mark of review.querySelectorAll("mark.emphasised")) mark.classList.remove("emphasised");
    for (const item of review.querySelectorAll(".candidate.emphasised")) item.classList.remove("emphasised");
    if (key === null) return;
    const marks = markFor(key);
    for (const mark of marks) mark.classList.add("emphasised");
    review.querySelector(`.candidate[data-key="${CSS.escape(key)}"]`)?.classList.add("emphasised");
    const first = marks[0];
    if (scroll && first !== undefined) scrollWithin(first);
  };

  // Only the article box scrolls to a quote: moving the whole panel would pull the list from under the pointer.
  const scrollWithin = (mark: HTMLElement) => {
    const box = mark.closest<HTMLElement>(".article-textview");
    if (box === null) return;
    const outer = box.getBoundingClientRect();
    const inner = mark.getBoundingClientRect();
    if (inner.top < outer.top || inner.bottom > outer.bottom)
      box.scrollTop += inner.top - outer.top - outer.height / 3;
  };

  const highlightedText = (draft: ArticleDraft) => {
    const view = h("div", {
      className: "article-textview",
      attrs: { id: "article-textview", tabindex: "0" },
    });
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
        emphasise(first, false);
        if (first !== null)
          review
            .querySelector(`.candidate[data-key="${CSS.escape(first)}"]`)
            ?.scrollIntoView({ block: "nearest" });
      });
      view.append(mark);
    }
    return view;
  };

  type Option = { value: string; text: string };
  const select = (
    label: string,
    options: readonly Option[],
    value: string,
    onChange: (value: string) => void,
    disabled: boolean,
  ) => {
    const element = h(
      "select",
      { attrs: { "aria-label": label } },
      ...options.map((option) => h("option", { text: option.text, attrs: { value: option.value } })),
    );
    element.value = value;
    element.disabled = disabled;
    element.addEventListener("change", () => onChange(element.value));
    return element;
  };

  /**
   * A select that holds only its current choice until it is about to be used (pointer down, focus,
   * a key): an article's list has three actor/relation selects per claim, each with every actor,
   * and building and laying out those thousands of options was most of the time to show the list.
   */
  const lazySelect = (
    label: string,
    options: () => readonly Option[],
    value: string,
    onChange: (value: string) => void,
    disabled: boolean,
  ) => {
    const current = options().find((option) => option.value === value) ?? { value, text: value };
    const element = select(label, [current], value, onChange, disabled);
    if (disabled) return element;
    const fill = () => {
      element.replaceChildren(
        ...options().map((option) => h("option", { text: option.text, attrs: { value: option.value } })),
      );
      element.value = value;
      element.removeEventListener("pointerdown", fill);
      element.removeEventListener("focus", fill);
      element.removeEventListener("keydown", fill);
    };
    element.addEventListener("pointerdown", fill);
    element.addEventListener("focus", fill);
    element.addEventListener("keydown", fill);
    return element;
  };

  const claimItem = (draft: ArticleDraft, index: number, claim: ReviewClaim) => {
    const actorOptions = () => draft.actors.map((actor) => ({ value: actor.id, text: actor.label }));
    const relationOptions = () =>
      ctx.loaded().ontology.relationKinds.map((r) => ({ value: r.id, text: r.label }));
    const locked = claim.decision !== "pending";
    const edit = (change: Partial<ReviewClaim>) =>
      changeDraft(index, (d) => updateClaim(d, claim.key, change, ctx.loaded()), false);
    const blocker = acceptBlocker(claim);
    const buttons = h("div", { className: "candidate-actions" });
    if (claim.decision === "pending") {
      buttons.append(
        h("button", {
          className: "accept",
          text: "Accept",
          attrs: {
            type: "button",
            ...(blocker !== null ? { disabled: "", title: blocker } : {}),
          },
          on: {
            click: () =>
              changeDraft(
                index,
                (d) => updateClaim(d, claim.key, { decision: "accepted" }, ctx.loaded()),
                true,
              ),
          },
        }),
        h("button", {
          className: "reject",
          text: "Reject",
          attrs: { type: "button" },
          on: { click: () => edit({ decision: "rejected" }) },
        }),
        blocker !== null ? h("span", { className: "blocker", text: blocker }) : "",
      );
    } else if (claim.decision === "rejected") {
      buttons.append(
        h("span", { className: "decision", text: "rejected" }),
        h("button", {
          className: "link-button",
          text: "undo",
          attrs: { type: "button" },
          on: { click: () => edit({ decision: "pending" }) },
        }),
      );
    } else {
      const added = ctx
        .graph()
        .edges()
        .find((edge) => {
          const a = ctx.graph().getEdgeAttributes(edge);
          return a.evidence.some((e) => e.source === draft.source.id && e.quote === claim.quote);
        });
      buttons.append(h("span", { className: "decision", text: "accepted — in the graph" }));
      if (added !== undefined) {
        buttons.append(
          h("button", {
            className: "link-button show-claim",
            text: "show on graph",
            attrs: { type: "button" },
            on: {
              click: () => {
                // Through selectActor, so a phone opens the details panel; the drawer makes way.
                ctx.selectActor(ctx.graph().source(added), { move: true });
                ctx.store.set({ selectedClaim: added, mode: "explore" });
                if (window.matchMedia("(max-width: 900px)").matches) setOpen(false);
              },
            },
          }),
        );
      }
    }
    const item = h(
      "li",
      {
        className: `candidate ${claim.decision}${claim.asserted ? "" : " negated"}`,
        attrs: { "data-key": claim.key, tabindex: "-1" },
      },
      h(
        "div",
        { className: "candidate-line" },
        lazySelect("From", actorOptions, claim.from, (from) => edit({ from }), locked),
        lazySelect("Relation", relationOptions, claim.relation, (relation) => edit({ relation }), locked),
        lazySelect("To", actorOptions, claim.to, (to) => edit({ to }), locked),
      ),
      h(
        "div",
        { className: "candidate-meta" },
        select(
          "Certainty",
          CERTAINTIES.map((c) => ({ value: c, text: c })),
          claim.certainty,
          (c) => edit({ certainty: c as Certainty }),
          locked,
        ),
        h("span", { className: "confidence", text: `confidence ${claim.confidence.toFixed(2)}` }),
        h("span", {
          className: `badge status-${claim.status}`,
          text: claim.status,
          attrs: claim.conflict !== undefined ? { title: claim.conflict } : {},
        }),
        claim.asserted ? null : h("span", { className: "badge badge-negated", text: "denied/negated" }),
        claim.attributedTo !== undefined
          ? h("span", { className: "attributed", text: `according to ${claim.attributedTo}` })
          : null,
      ),
      claim.conflict !== undefined
        ? h("p", { className: "note", text: `Conflicts: ${claim.conflict}` })
        : null,
      buttons,
    );
    item.addEventListener("mouseenter", () => emphasise(claim.key, true));
    item.addEventListener("focusin", () => emphasise(claim.key, true));
    return item;
  };

  const actorItem = (draft: ArticleDraft, index: number, actor: ArticleDraft["actors"][number]) => {
    const { ontology } = ctx.loaded();
    const kinds = () => ontology.nodeKinds.map((k) => ({ value: k.id, text: k.label }));
    const used = draft.claims.some(
      (c) => c.decision === "accepted" && (c.from === actor.id || c.to === actor.id),
    );
    return h(
      "li",
      { className: "candidate-actor", attrs: { "data-actor": actor.id } },
      h("span", { className: "name", text: actor.label }),
      h("span", {
        className: `badge ${actor.known ? "status-known" : "status-new"}`,
        text: actor.known ? "known" : "new",
      }),
      actor.known
        ? h("span", {
            className: "kind",
            text: ontology.nodeKinds.find((k) => k.id === actor.kind)?.label ?? actor.kind,
          })
        : lazySelect(
            `Kind of ${actor.label}`,
            kinds,
            actor.kind,
            (kind) => changeDraft(index, (d) => updateActorKind(d, actor.id, kind), false),
            used,
          ),
    );
  };

  const renderReview = () => {
    const draft = drafts[current];
    if (draft === undefined) {
      review.replaceChildren();
      return;
    }
    const counts = countDecisions([draft]);
    const visibleClaims = draft.claims;
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
      highlightedText(draft),
      h("h4", { text: `Actors (${draft.actors.length})` }),
      h(
        "ul",
        { className: "candidate-actors" },
        ...draft.actors.map((actor) => actorItem(draft, current, actor)),
      ),
      h("h4", { text: `Claims (${visibleClaims.length})` }),
      visibleClaims.length === 0
        ? h("p", {
            className: "note",
            text: "No relation between known or proposed actors was found in this text.",
          })
        : h(
            "ol",
            { className: "candidates", attrs: { id: "article-candidates" } },
            ...visibleClaims.map((claim) => claimItem(draft, current, claim)),
          ),
    );
  };

  const renderDrafts = () => {
    if (drafts.length <= 1) {
      draftList.replaceChildren();
      return;
    }
    draftList.replaceChildren(
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
              on: {
                click: () => {
                  current = index;
                  renderWork();
                },
              },
            }),
            h("span", {
              className: "note",
              text: ` ${counts.accepted} accepted, ${counts.pending} to review`,
            }),
          );
        }),
      ),
    );
  };

  const renderDiscard = () => {
    if (drafts.length === 0) {
      discardArea.replaceChildren();
      confirmingDiscard = false;
      return;
    }
    const counts = countDecisions(drafts);
    if (!confirmingDiscard) {
      discardArea.replaceChildren(
        h("button", {
          text: "Discard added articles",
          attrs: { type: "button", id: "discard-articles" },
          on: {
            click: () => {
              confirmingDiscard = true;
              renderDiscard();
              discardArea.querySelector<HTMLButtonElement>("#confirm-discard")?.focus();
            },
          },
        }),
      );
      return;
    }
    discardArea.replaceChildren(
      h("p", {
        attrs: { role: "alert" },
        text: `Remove ${drafts.length} article(s), ${counts.accepted} accepted claim(s) and ${counts.pending} to review from the graph and this browser?`,
      }),
      h(
        "div",
        { className: "button-row" },
        h("button", {
          className: "danger",
          text: "Discard",
          attrs: { type: "button", id: "confirm-discard" },
          on: { click: () => void discard() },
        }),
        h("button", {
          text: "Keep them",
          attrs: { type: "button", id: "cancel-discard" },
          on: {
            click: () => {
              confirmingDiscard = false;
              renderDiscard();
            },
          },
        }),
      ),
    );
  };

  const renderWork = () => {
    renderDrafts();
    renderReview();
    renderDiscard();
  };

  /**
   * Drops the selection, hover and path ends that point at actors or claims `next` lacks (the
   * added ones), before the graph is replaced: the view must never be asked to draw a missing node.
   */
  const letGoOfRemoved = (next: LoadedDataset) => {
    const actors = new Set(next.dataset.actors.map((actor) => actor.id));
    const claims = new Set(next.dataset.claims.map((claim) => claim.id));
    const state = ctx.store.get();
    const actor = (id: string | null) => (id !== null && actors.has(id) ? id : null);
    const claim = (id: string | null) => (id !== null && claims.has(id) ? id : null);
    const change = {
      selected: actor(state.selected),
      selectedClaim: claim(state.selectedClaim),
      hovered: actor(state.hovered),
      highlightedClaims: state.highlightedClaims.filter((id) => claims.has(id)),
      path: { ...state.path, from: actor(state.path.from), to: actor(state.path.to) },
    };
    if (
      change.selected !== state.selected ||
      change.selectedClaim !== state.selectedClaim ||
      change.hovered !== state.hovered ||
      change.highlightedClaims.length !== state.highlightedClaims.length ||
      change.path.from !== state.path.from ||
      change.path.to !== state.path.to
    )
      ctx.store.set(change);
  };

  const discard = async () => {
    const hadAccepted = countDecisions(drafts).accepted > 0;
    drafts = [];
    current = -1;
    confirmingDiscard = false;
    if (hadAccepted) {
      letGoOfRemoved(base);
      produced = base;
      actions.replace(base);
    }
    renderWork();
    const problem = await actions.save(baseIsBundled ? null : base, []);
    status.textContent = problem === null ? "Added articles discarded." : `Discarded here, but: ${problem}.`;
  };

  // The export includes the added articles: from then on the file, not the browser, keeps them.
  document.getElementById("export-json")?.addEventListener("click", () => {
    if (drafts.length === 0) return;
    const scope = document.querySelector<HTMLInputElement>('input[name="export-scope"]:checked')?.value;
    const hidden = ctx.derived().visibility.hiddenEdges;
    const added = ctx.loaded().dataset.claims.filter((c) => !base.dataset.claims.some((b) => b.id === c.id));
    if (scope !== "all" && added.some((c) => hidden.has(c.id))) {
      status.textContent = "The exported view leaves out some added claims; they stay kept in this browser.";
      return;
    }
    const exported = countDecisions(drafts).accepted;
    const savedBase = baseIsBundled ? null : base;
    // What is on screen becomes the base of any further article; the browser goes back to the old base.
    base = ctx.loaded();
    produced = base;
    baseIsBundled = false;
    drafts = [];
    current = -1;
    renderWork();
    void actions.save(savedBase, []).then((problem) => {
      status.textContent =
        problem === null
          ? `Exported with ${exported} added claim(s); the added articles are no longer kept in this browser.`
          : `Exported, but: ${problem}.`;
    });
  });

  // Work saved in an earlier visit: replayed onto the dataset it was built on.
  const restore = () => {
    const read = readArticleWork(actions.restored);
    if (!read.ok) {
      showInputErrors("The articles saved in this browser could not be restored.", [
        { file: "saved work", path: "candidates", message: read.problem },
      ]);
      return;
    }
    if (read.work.drafts.length === 0) return;
    if (!commit(read.work.drafts)) return;
    current = drafts.length - 1;
    const counts = countDecisions(drafts);
    status.textContent = `Restored ${drafts.length} article(s) from this browser: ${counts.accepted} accepted claim(s), ${counts.pending} to review.`;
    renderWork();
  };

  return {
    render(_state, _previous, datasetChanged) {
      if (!datasetChanged) return;
      warmSoon();
      const loaded = ctx.loaded();
      if (loaded === produced) {
        renderWork();
        return;
      }
      // Another dataset was opened (import, back to bundled): the added articles went with the old one.
      base = loaded;
      produced = loaded;
      baseIsBundled = actions.showingBundled();
      if (drafts.length > 0)
        status.textContent = "Another dataset was opened; the added articles were closed.";
      drafts = [];
      current = -1;
      renderWork();
    },
    restore,
  };
}
