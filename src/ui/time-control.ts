import type { AppState } from "../view/app-state";
import { datasetMonths, monthPosition } from "../view/time-range";
import type { AppContext, Panel } from "./context";
import { byId } from "./dom";

/**
 * The date control: "All time" (default) or the graph as of a month (slider over the dataset's
 * months) or a day (date input). Claims whose span excludes the date are hidden.
 */
export function mountTimeControl(ctx: AppContext): Panel {
  const allTime = byId<HTMLInputElement>("all-time");
  const slider = byId<HTMLInputElement>("date-slider");
  const label = byId<HTMLOutputElement>("date-label");
  const dayInput = byId<HTMLInputElement>("date-input");
  const hideUndated = byId<HTMLInputElement>("hide-undated");
  hideUndated.addEventListener("change", () =>
    ctx.store.set((state) => ({ ...state, filters: { ...state.filters, hideUndated: hideUndated.checked } })),
  );
  let months: string[] = [];

  const setDate = (date: string | null) => ctx.store.set({ date });

  allTime.addEventListener("change", () => {
    if (allTime.checked) setDate(null);
    else setDate(months[Number(slider.value)] ?? null);
  });
  slider.addEventListener("input", () => setDate(months[Number(slider.value)] ?? null));
  dayInput.addEventListener("change", () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(dayInput.value)) setDate(dayInput.value);
  });

  return {
    render(state: AppState, previous: AppState | null, datasetChanged: boolean) {
      if (datasetChanged) {
        months = datasetMonths(ctx.loaded().dataset);
        slider.max = String(Math.max(months.length - 1, 0));
        // Start the slider at the newest month, where "now" in the reporting usually is.
        slider.value = String(Math.max(months.length - 2, 0));
        if (months.length > 0) {
          dayInput.min = `${months[0]}-01`;
          dayInput.max = `${months.at(-1)}-28`;
        }
      } else if (previous !== null && previous.date === state.date && previous.filters === state.filters) {
        return;
      }
      const noTime = months.length === 0;
      allTime.checked = state.date === null;
      allTime.disabled = noTime;
      slider.disabled = state.date === null || noTime;
      dayInput.disabled = state.date === null || noTime;
      // Undated claims only stand apart from dated ones as of a date.
      hideUndated.disabled = state.date === null;
      hideUndated.checked = state.filters.hideUndated;
      if (state.date !== null) {
        slider.value = String(monthPosition(months, state.date));
        dayInput.value = /^\d{4}-\d{2}-\d{2}$/.test(state.date) ? state.date : "";
      }
      const text = state.date === null ? "All time" : `As of ${state.date}`;
      label.value = text;
      label.textContent = text;
      slider.setAttribute("aria-valuetext", text);
    },
  };
}
