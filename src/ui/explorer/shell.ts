import { isOneOf, MODES, type Mode, type Store } from "../../view/app-state";
import type { GraphView } from "../../view/renderer";
import { byId } from "../dom";

/**
 * The page around the graph: the two side panels (which cover the graph on a phone, so one at a
 * time there), the mode tabs, and the layout and fit buttons.
 */

export const NARROW = "(max-width: 900px)";

export interface Shell {
  /** Whether the page is phone-width. */
  isNarrow(): boolean;
  /** On a phone, opens the details (after choosing an actor) and closes the legend. */
  showDetails(): void;
  renderTabs(mode: Mode): void;
  renderLayoutButton(): void;
}

export function mountShell(store: Store, view: GraphView): Shell {
  const narrow = window.matchMedia(NARROW);
  const legendPanel = byId("legend-panel");
  const sidePanel = byId("side-panel");
  const legendToggle = byId("toggle-legend");
  const sideToggle = byId("toggle-side");
  const setPanelOpen = (panel: HTMLElement, toggle: HTMLElement, open: boolean) => {
    panel.classList.toggle("collapsed", !open);
    toggle.setAttribute("aria-expanded", String(open));
  };

  legendToggle.addEventListener("click", () => {
    const open = legendPanel.classList.contains("collapsed");
    setPanelOpen(legendPanel, legendToggle, open);
    if (open && narrow.matches) setPanelOpen(sidePanel, sideToggle, false);
  });
  sideToggle.addEventListener("click", () => {
    const open = sidePanel.classList.contains("collapsed");
    setPanelOpen(sidePanel, sideToggle, open);
    if (open && narrow.matches) setPanelOpen(legendPanel, legendToggle, false);
  });
  const fitPanelsToWidth = () => {
    setPanelOpen(legendPanel, legendToggle, !narrow.matches);
    setPanelOpen(sidePanel, sideToggle, !narrow.matches);
  };
  // On a phone the panels cover the graph: Escape closes them and returns focus to their toggle.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !narrow.matches) return;
    for (const [panel, toggle] of [
      [legendPanel, legendToggle],
      [sidePanel, sideToggle],
    ] as const) {
      if (!panel.classList.contains("collapsed") && panel.contains(document.activeElement)) {
        setPanelOpen(panel, toggle, false);
        toggle.focus();
      }
    }
  });
  narrow.addEventListener("change", fitPanelsToWidth);
  fitPanelsToWidth();

  const tabs = [...document.querySelectorAll<HTMLButtonElement>(".tabs [role=tab]")];
  tabs.forEach((tab, index) => {
    tab.addEventListener("click", () =>
      store.set({ mode: isOneOf(MODES, tab.dataset.mode) ? tab.dataset.mode : "explore" }),
    );
    tab.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (step === 0) return;
      const next = tabs[(index + step + tabs.length) % tabs.length];
      next?.focus();
      next?.click();
    });
  });

  // "Skip to the analysis tabs" lands on the tab that is selected (the others are out of the tab order).
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-skip="tabs"]')) {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      const sideToggle = byId("toggle-side");
      if (sidePanel.classList.contains("collapsed")) sideToggle.click();
      (tabs.find((tab) => tab.getAttribute("aria-selected") === "true") ?? tabs[0])?.focus();
    });
  }

  const layoutButton = byId<HTMLButtonElement>("layout-button");
  const renderLayoutButton = () => {
    const running = view.isLayoutRunning();
    layoutButton.textContent = running ? "Stop layout" : "Run layout";
    layoutButton.setAttribute("aria-pressed", String(running));
  };
  layoutButton.addEventListener("click", () => {
    if (view.isLayoutRunning()) view.stopLayout();
    else view.startLayout();
    renderLayoutButton();
  });
  byId("fit-button").addEventListener(
    "click",
    () => void view.sigma.getCamera().animatedReset({ duration: 400 }),
  );

  return {
    isNarrow: () => narrow.matches,
    showDetails() {
      if (!narrow.matches) return;
      setPanelOpen(sidePanel, sideToggle, true);
      setPanelOpen(legendPanel, legendToggle, false);
    },
    renderTabs(mode) {
      for (const tab of tabs) {
        const active = tab.dataset.mode === mode;
        tab.setAttribute("aria-selected", String(active));
        tab.tabIndex = active ? 0 : -1;
        const panelId = tab.getAttribute("aria-controls");
        if (panelId !== null) byId(panelId).hidden = !active;
      }
    },
    renderLayoutButton,
  };
}
