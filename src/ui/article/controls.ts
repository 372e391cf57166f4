import { h } from "../dom";

/** Selects of the review list (actor, relation, certainty, kind). */

export interface Option {
  value: string;
  text: string;
}

export function select(
  label: string,
  options: readonly Option[],
  value: string,
  onChange: (value: string) => void,
  disabled: boolean,
): HTMLSelectElement {
  const element = h(
    "select",
    { attrs: { "aria-label": label } },
    ...options.map((option) => h("option", { text: option.text, attrs: { value: option.value } })),
  );
  element.value = value;
  element.disabled = disabled;
  element.addEventListener("change", () => onChange(element.value));
  return element;
}

/**
 * A select that holds only its current choice until it is about to be used (pointer down, focus,
 * a key): an article's list has three actor/relation selects per claim, each with every actor,
 * and building and laying out those thousands of options was most of the time to show the list.
 */
export function lazySelect(
  label: string,
  options: () => readonly Option[],
  value: string,
  onChange: (value: string) => void,
  disabled: boolean,
): HTMLSelectElement {
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
}
