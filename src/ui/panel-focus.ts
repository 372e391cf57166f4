/**
 * Panels rebuild their content from the state; a control that had the keyboard focus is found
 * again by its `data-focus-key` after the rebuild, so pressing it does not lose the user's place.
 */
export function rebuildKeepingFocus(container: HTMLElement, rebuild: () => void): void {
  const active = document.activeElement;
  const key =
    active instanceof HTMLElement && container.contains(active) ? active.dataset.focusKey : undefined;
  rebuild();
  if (key === undefined) return;
  for (const element of container.querySelectorAll<HTMLElement>("[data-focus-key]")) {
    if (element.dataset.focusKey === key) {
      element.focus();
      return;
    }
  }
}
