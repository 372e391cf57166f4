import { isQuoteEvidence } from "../model/evidence-kind";
import type { Evidence, Source } from "../model/types";
import { isMergedArticleQuote } from "../view/article/added-articles";
import type { AppContext } from "./context";
import { h } from "./dom";
import "./evidence-view.css";

/**
 * One evidence item as the details and analysis panels show it. A quote of a shipped text is shown
 * as a quotation with its source; a reference as the dataset's note, where in the document (the
 * locator) and a link to it; evidence that disputes the claim is marked so. Everything from the data
 * goes in as text, and only http(s) addresses become links (a dataset must not plant a javascript:
 * URL), opened without giving the page a handle on the opener.
 */

const WEB_LINK = /^https?:\/\//i;

function sourceLink(url: string | undefined, text: string): HTMLElement | null {
  if (url === undefined || !WEB_LINK.test(url)) return null;
  return h("a", { text, attrs: { href: url, target: "_blank", rel: "noopener noreferrer" } });
}

function sourceParts(source: Source | undefined, sourceId: string): string[] {
  return [source !== undefined ? `“${source.title}”` : sourceId, source?.publisher, source?.date].filter(
    (part): part is string => part !== undefined,
  );
}

/** `earlier`: the claim's evidence listed before this one (to tell a quote merged into it by an added article). */
export function evidenceBlock(
  ctx: AppContext,
  evidence: Evidence,
  earlier: readonly Evidence[] = [],
): HTMLElement {
  const source = ctx.loaded().dataset.sources.find((s) => s.id === evidence.source);
  if (isQuoteEvidence(evidence)) {
    const who = evidence.attributedTo !== undefined ? `${evidence.attributedTo} in ` : "";
    const sourceLine = h("p", {
      className: "source",
      text: `— ${who}${sourceParts(source, evidence.source).join(", ")}`,
    });
    const link = sourceLink(source?.url, "open source");
    if (link !== null) sourceLine.append(" ", link);
    const merged = isMergedArticleQuote(ctx.loaded(), evidence, earlier);
    return h(
      "div",
      { className: "evidence" },
      h("blockquote", { className: "quote", text: evidence.quote }),
      sourceLine,
      merged
        ? h("p", {
            className: "merged-note",
            text: "Add article added this quote to the existing claim (same actors and relation), not a new claim.",
          })
        : null,
    );
  }
  const against = evidence.stance === "against";
  const sourceLine = h("p", { className: "source" }, "— ");
  const title = sourceParts(source, evidence.source).join(", ");
  const link = sourceLink(source?.url, title);
  sourceLine.append(link ?? title, `, ${evidence.locator}`);
  return h(
    "div",
    { className: against ? "evidence reference against" : "evidence reference" },
    against ? h("span", { className: "badge badge-against", text: "disputes the claim" }) : null,
    h("p", { className: "reference-note", text: evidence.note }),
    sourceLine,
  );
}
