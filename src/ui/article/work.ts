import type { LoadedDataset } from "../../model/types";
import { rememberArticleSources } from "../../view/article/added-articles";
import {
  type ArticleDraft,
  applyDrafts,
  countDecisions,
  readArticleWork,
  rebaseDrafts,
} from "../../view/article/review";
import { showInputErrors } from "../alert";
import type { AppContext } from "../context";

/**
 * The added articles and where they go: the drafts build on a base dataset (the one shown before
 * any claim was accepted); accepted claims grow the graph, and the drafts are saved with the base
 * in this browser until the dataset is exported or the articles are discarded.
 */

export interface ArticleActions {
  /** Shows a dataset that only adds to the current one: the graph grows in place. Returns the actors added. */
  grow(next: LoadedDataset): string[];
  /** Shows another dataset (the base again, after a discard). */
  replace(next: LoadedDataset): Promise<void> | undefined;
  /** Whether the dataset the articles build on is the bundled one (saved as null). */
  showingBundled(): boolean;
  /** One transactional save of the base dataset and the article work; resolves to a problem or null. */
  save(base: LoadedDataset | null, candidates: unknown[]): Promise<string | null>;
  /** The article work restored from this browser (the workspace's candidates). */
  restored: unknown[];
  /** The dataset being built to replace the one shown (a large import), or null. */
  replacing(): LoadedDataset | null;
  /** Resolves once no dataset is being built to replace the one shown. */
  settled(): Promise<void>;
}

export interface ArticleWorkSession {
  readonly drafts: readonly ArticleDraft[];
  current: number;
  /** Source ids already taken (dataset and drafts), for a new article's id. */
  takenSourceIds(): string[];
  add(draft: ArticleDraft): void;
  /** Changes a draft; `apply` puts the result into the graph. False when it would not validate. */
  change(index: number, change: (draft: ArticleDraft) => ArticleDraft, apply: boolean): boolean;
  persist(): Promise<void>;
  discard(): Promise<string>;
  /** After the dataset JSON was exported with the added claims: the file keeps them now. */
  exported(): Promise<string> | null;
  /** Replays saved work; the status line, or null when there was none. */
  restore(): string | null;
  /**
   * Another dataset was shown. When it was not this panel's doing, the drafts stay, to review
   * against it (their accepted claims back to review); says so, or null when nothing changed here.
   */
  datasetChanged(): string | null;
}

/** Whether exporting the current view would leave out a claim the articles added. */
function exportLeavesOutAdded(ctx: AppContext, base: LoadedDataset): boolean {
  const scope = document.querySelector<HTMLInputElement>('input[name="export-scope"]:checked')?.value;
  if (scope === "all") return false;
  const hidden = ctx.derived().visibility.hiddenEdges;
  const baseClaims = new Set(base.dataset.claims.map((c) => c.id));
  return ctx.loaded().dataset.claims.some((c) => !baseClaims.has(c.id) && hidden.has(c.id));
}

/** The saved article work, read and checked; null (with the problem shown) when it cannot be used. */
function readRestored(restored: unknown[]): ArticleDraft[] | null {
  const read = readArticleWork(restored);
  if (read.ok) return read.work.drafts;
  showInputErrors("The articles saved in this browser could not be restored.", [
    { file: "saved work", path: "candidates", message: read.problem },
  ]);
  return null;
}

/**
 * Drops the selection, hover and path ends that point at actors or claims `next` lacks (the
 * added ones), before the graph is replaced: the view must never be asked to draw a missing node.
 */
function letGoOfRemoved(ctx: AppContext, next: LoadedDataset): void {
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
  const same =
    change.selected === state.selected &&
    change.selectedClaim === state.selectedClaim &&
    change.hovered === state.hovered &&
    change.highlightedClaims.length === state.highlightedClaims.length &&
    change.path.from === state.path.from &&
    change.path.to === state.path.to;
  if (!same) ctx.store.set(change);
}

function takenSourceIds(loaded: LoadedDataset, drafts: readonly ArticleDraft[]): string[] {
  return [...loaded.dataset.sources.map((s) => s.id), ...drafts.map((d) => d.source.id)];
}

const LEFT_OUT = "The exported view leaves out some added claims; they stay kept in this browser.";

function exportedText(count: number, problem: string | null): string {
  return problem === null
    ? `Exported with ${count} added claim(s); the added articles are no longer kept in this browser.`
    : `Exported, but: ${problem}.`;
}

/** Shows the grown dataset; a user's accept (`frame`) brings the camera to the actors it added. */
function showGrown(
  ctx: AppContext,
  actions: ArticleActions,
  next: LoadedDataset,
  drafts: readonly ArticleDraft[],
  frame: boolean,
): void {
  rememberArticleSources(
    next,
    drafts.map((draft) => draft.source.id),
  );
  const added = actions.grow(next);
  if (frame && added.length > 0) {
    const graph = ctx.graph();
    ctx.view.frame([...added, ...added.flatMap((node) => graph.neighbors(node))]);
  }
}

function restoredText(drafts: readonly ArticleDraft[]): string {
  const counts = countDecisions(drafts);
  return `Restored ${drafts.length} article(s) from this browser: ${counts.accepted} accepted claim(s), ${counts.pending} to review.`;
}

function keptText(kept: readonly ArticleDraft[]): string {
  const accepted = countDecisions(kept).accepted;
  return (
    `Another dataset was opened: the ${kept.length} article(s) added before stay here, to review against it` +
    (accepted > 0
      ? `; their ${accepted} accepted claim(s) were in the previous dataset and are back to review`
      : "") +
    ". Discard them if they do not belong to this dataset."
  );
}

export function articleWork(
  ctx: AppContext,
  actions: ArticleActions,
  report: (text: string) => void,
): ArticleWorkSession {
  let base: LoadedDataset = ctx.loaded();
  let baseIsBundled = actions.showingBundled();
  let drafts: ArticleDraft[] = [];
  /** The dataset this panel last produced; any other one means an import or a reset happened. */
  let produced: LoadedDataset = base;

  const save = (work: ArticleDraft[]) =>
    actions.save(baseIsBundled ? null : base, work.length === 0 ? [] : [{ version: 1, drafts: work }]);

  /**
   * Applies the drafts as they would become; on failure nothing changes and the reasons are shown.
   * `frame`: the camera goes to the actors this adds (a user's accept, not a restore at start-up).
   */
  const commit = (next: ArticleDraft[], frame: boolean): boolean => {
    const result = applyDrafts(base, next);
    if (!result.ok) {
      showInputErrors("These claims cannot be added: the dataset would not validate.", result.errors);
      return false;
    }
    drafts = next;
    if (result.value !== ctx.loaded()) {
      produced = result.value;
      showGrown(ctx, actions, result.value, next, frame);
    }
    return true;
  };

  /** The drafts are closed and further articles build on `next`. */
  const startOver = (next: LoadedDataset, bundled: boolean) => {
    [base, produced, baseIsBundled, drafts, session.current] = [next, next, bundled, [], -1];
  };

  const session: ArticleWorkSession = {
    get drafts() {
      return drafts;
    },
    current: -1,
    takenSourceIds: () => takenSourceIds(ctx.loaded(), drafts),
    add(draft) {
      drafts = [...drafts, draft];
      session.current = drafts.length - 1;
    },
    change(index, change, apply) {
      if (drafts[index] === undefined) return false;
      const next = drafts.map((d, i) => (i === index ? change(d) : d));
      if (apply) return commit(next, true);
      drafts = next;
      return true;
    },
    async persist() {
      const problem = await save(drafts);
      if (problem !== null) report(`Not kept after a reload: ${problem}.`);
    },
    async discard() {
      const hadAccepted = countDecisions(drafts).accepted > 0;
      [drafts, session.current] = [[], -1];
      if (hadAccepted) {
        letGoOfRemoved(ctx, base);
        produced = base;
        void actions.replace(base);
      }
      const problem = await save([]);
      return problem === null ? "Added articles discarded." : `Discarded here, but: ${problem}.`;
    },
    exported() {
      if (drafts.length === 0) return null;
      if (exportLeavesOutAdded(ctx, base)) return Promise.resolve(LEFT_OUT);
      const count = countDecisions(drafts).accepted;
      const savedBase = baseIsBundled ? null : base;
      // What is on screen becomes the base of any further article; the browser goes back to the old base.
      startOver(ctx.loaded(), false);
      return actions.save(savedBase, []).then((problem) => exportedText(count, problem));
    },
    restore() {
      const restored = readRestored(actions.restored);
      if (restored === null || restored.length === 0 || !commit(restored, false)) return null;
      session.current = drafts.length - 1;
      return restoredText(drafts);
    },
    datasetChanged() {
      const loaded = ctx.loaded();
      if (loaded === produced) return null;
      // Another dataset was opened (import, back to bundled, a large one built meanwhile): the
      // accepted claims went with the old one, but the articles and their review stay.
      const kept = drafts;
      startOver(loaded, actions.showingBundled());
      if (kept.length === 0) return null;
      [drafts, session.current] = [rebaseDrafts(kept, loaded), kept.length - 1];
      return keptText(kept);
    },
  };
  return session;
}
