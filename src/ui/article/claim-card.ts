import { CERTAINTIES } from "../../model/certainty";
import type { Certainty } from "../../model/types";
import {
  type AcceptedPlace,
  type ArticleDraft,
  acceptBlocker,
  acceptedPlace,
  type ReviewClaim,
  updateActorKind,
  updateClaim,
} from "../../view/article/review";
import type { AppContext } from "../context";
import { h } from "../dom";
import { lazySelect, select } from "./controls";

/**
 * One candidate of the review list: its ends and relation (editable while pending), certainty,
 * confidence and status, and Accept / Reject (or the decision, with undo or "show on graph").
 */

export interface ReviewHandlers {
  /** Changes a draft; `apply` puts the result into the graph (validated first). */
  change(index: number, change: (draft: ArticleDraft) => ArticleDraft, apply: boolean): void;
  /** Selects the claim on the graph (the drawer makes way on a phone). */
  showOnGraph(claim: string): void;
  /** Emphasises a claim's quotes in the article text. */
  emphasise(key: string | null, scroll: boolean): void;
  /** The reviewer selected text in the article box (a quote for a claim of their own). */
  selected?(view: HTMLElement): void;
}

/** "Iran supports Syrian Army": a claim of the dataset shown, in words. */
function statement(ctx: AppContext, place: AcceptedPlace): string {
  const { from, relation, to } = place.claim;
  return `${ctx.actorLabel(from)} ${ctx.relationLabel(relation)} ${ctx.actorLabel(to)}`;
}

/** What became of an accepted candidate, in words: a new claim, or a quote added to an existing one. */
export function acceptedText(ctx: AppContext, place: AcceptedPlace | undefined): string {
  if (place === undefined) return "accepted — in the graph";
  if (!place.merged) return `accepted — a new claim: ${statement(ctx, place)}`;
  const quotes = place.claim.evidence.length;
  return `accepted — added this quote to the existing claim “${statement(ctx, place)}” (now ${quotes} quotes)`;
}

function decisionButtons(
  ctx: AppContext,
  draft: ArticleDraft,
  index: number,
  claim: ReviewClaim,
  handlers: ReviewHandlers,
): HTMLElement {
  const edit = (change: Partial<ReviewClaim>, apply = false) =>
    handlers.change(index, (d) => updateClaim(d, claim.key, change, ctx.loaded()), apply);
  const buttons = h("div", { className: "candidate-actions" });
  if (claim.decision === "pending") {
    const blocker = acceptBlocker(claim);
    buttons.append(
      h("button", {
        className: "accept",
        text: "Accept",
        attrs: { type: "button", ...(blocker !== null ? { disabled: "", title: blocker } : {}) },
        on: { click: () => edit({ decision: "accepted" }, true) },
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
    const place = acceptedPlace(ctx.loaded().dataset, draft, claim);
    const added = place?.claim.id;
    buttons.append(
      h("span", {
        className: place?.merged ? "decision merged" : "decision",
        text: acceptedText(ctx, place),
      }),
    );
    if (added !== undefined && ctx.graph().hasEdge(added)) {
      buttons.append(
        h("button", {
          className: "link-button show-claim",
          text: "show on graph",
          attrs: { type: "button" },
          on: { click: () => handlers.showOnGraph(added) },
        }),
      );
    }
  }
  return buttons;
}

export function claimItem(
  ctx: AppContext,
  draft: ArticleDraft,
  index: number,
  claim: ReviewClaim,
  handlers: ReviewHandlers,
): HTMLLIElement {
  const actorOptions = () => draft.actors.map((actor) => ({ value: actor.id, text: actor.label }));
  const relationOptions = () =>
    ctx.loaded().ontology.relationKinds.map((r) => ({ value: r.id, text: r.label }));
  const locked = claim.decision !== "pending";
  const edit = (change: Partial<ReviewClaim>) =>
    handlers.change(index, (d) => updateClaim(d, claim.key, change, ctx.loaded()), false);
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
    claim.conflict !== undefined ? h("p", { className: "note", text: `Conflicts: ${claim.conflict}` }) : null,
    decisionButtons(ctx, draft, index, claim, handlers),
  );
  item.addEventListener("mouseenter", () => handlers.emphasise(claim.key, true));
  item.addEventListener("focusin", () => handlers.emphasise(claim.key, true));
  return item;
}

/** A proposed actor: known ones show their kind; a new one's kind can be chosen until it is used. */
export function actorItem(
  ctx: AppContext,
  draft: ArticleDraft,
  index: number,
  actor: ArticleDraft["actors"][number],
  handlers: ReviewHandlers,
): HTMLLIElement {
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
          (kind) => handlers.change(index, (d) => updateActorKind(d, actor.id, kind), false),
          used,
        ),
  );
}
