import type { InputError } from "../model/types";
import { byId, h } from "./dom";

/** Shows what is wrong with an input, one line per problem with its file and place (role=alert). */
export function showInputErrors(title: string, errors: readonly InputError[]): void {
  const alert = byId("alert");
  const shown = errors.slice(0, 50);
  alert.replaceChildren(
    h("button", {
      className: "close",
      text: "Close",
      attrs: { type: "button", "aria-label": "Close the message" },
      on: { click: hideAlert },
    }),
    h("strong", { text: title }),
    h("ul", {}, ...shown.map((error) => h("li", { text: `${error.file}: ${error.path}: ${error.message}` }))),
    errors.length > shown.length ? h("p", { text: `…and ${errors.length - shown.length} more.` }) : "",
  );
  alert.hidden = false;
}

export function hideAlert(): void {
  const alert = byId("alert");
  alert.hidden = true;
  alert.replaceChildren();
}
