import { type ArticleDraft, countDecisions } from "../../view/article/review";
import { h } from "../dom";

/** "Discard added articles", with a confirmation that says what goes. */
export function discardControl(
  area: HTMLElement,
  discard: () => void,
): { render(drafts: readonly ArticleDraft[]): void } {
  let confirming = false;
  let shown: readonly ArticleDraft[] = [];
  const render = (drafts: readonly ArticleDraft[]) => {
    shown = drafts;
    if (drafts.length === 0) {
      area.replaceChildren();
      confirming = false;
      return;
    }
    if (!confirming) {
      area.replaceChildren(
        h("button", {
          text: "Discard added articles",
          attrs: { type: "button", id: "discard-articles" },
          on: {
            click: () => {
              confirming = true;
              render(shown);
              area.querySelector<HTMLButtonElement>("#confirm-discard")?.focus();
            },
          },
        }),
      );
      return;
    }
    const counts = countDecisions(drafts);
    area.replaceChildren(
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
          on: {
            click: () => {
              confirming = false;
              discard();
            },
          },
        }),
        h("button", {
          text: "Keep them",
          attrs: { type: "button", id: "cancel-discard" },
          on: {
            click: () => {
              confirming = false;
              render(shown);
            },
          },
        }),
      ),
    );
  };
  return { render };
}
