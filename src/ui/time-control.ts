import type { AppState } from "../view/app-state";
import { axisMonth, axisStep, axisSteps, type TimeAxis, timeAxis, yearTicks } from "../view/time-range";
import type { AppContext, Panel } from "./context";
import { byId, h } from "./dom";

/**
 * The date control: "All time" (default) or the graph as of a month (a slider with one step per
 * month, so distance is time; the months where the graph changes are marked) or a day (date
 * input). Play steps through the months. Claims whose span excludes the date are hidden; undated
 * claims stay (drawn dashed) unless "Hide undated" is on.
 */

/** Time per month while playing: fourteen years pass in about half a minute. */
const PLAY_STEP_MS = 180;

interface TimeElements {
  allTime: HTMLInputElement;
  slider: HTMLInputElement;
  label: HTMLOutputElement;
  dayInput: HTMLInputElement;
  hideUndated: HTMLInputElement;
  play: HTMLButtonElement;
  changes: HTMLDataListElement;
  ticks: HTMLElement;
}

function timeElements(): TimeElements {
  return {
    allTime: byId<HTMLInputElement>("all-time"),
    slider: byId<HTMLInputElement>("date-slider"),
    label: byId<HTMLOutputElement>("date-label"),
    dayInput: byId<HTMLInputElement>("date-input"),
    hideUndated: byId<HTMLInputElement>("hide-undated"),
    play: byId<HTMLButtonElement>("time-play"),
    changes: byId<HTMLDataListElement>("date-changes"),
    ticks: byId("time-ticks"),
  };
}

/** The slider's range, its change marks and year ticks for a dataset's axis. */
function drawAxis(ui: TimeElements, axis: TimeAxis | null): void {
  const steps = axis === null ? 0 : axisSteps(axis);
  ui.slider.max = String(steps);
  ui.changes.replaceChildren(
    ...(axis?.changes ?? []).map((step) => h("option", { attrs: { value: String(step) } })),
  );
  ui.ticks.replaceChildren(
    ...(axis === null || steps === 0 ? [] : yearTicks(axis)).map((tick) => {
      const mark = h("span", { text: tick.label });
      mark.style.left = `${(100 * tick.step) / steps}%`;
      return mark;
    }),
  );
  if (axis !== null) {
    ui.dayInput.min = `${axisMonth(axis, 0)}-01`;
    ui.dayInput.max = `${axisMonth(axis, steps)}-28`;
    // Start the slider at the newest change, where "now" in the reporting usually is.
    ui.slider.value = String(axis.changes.at(-2) ?? steps);
  }
}

export function mountTimeControl(ctx: AppContext): Panel {
  const ui = timeElements();
  let axis: TimeAxis | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;

  const setDate = (date: string | null) => ctx.store.set({ date });
  const monthAt = (step: number) => (axis === null ? null : axisMonth(axis, step));
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    ui.play.textContent = "Play";
    ui.play.setAttribute("aria-pressed", "false");
  };
  const play = () => {
    if (axis === null) return;
    const steps = axisSteps(axis);
    // From the start again when at the end; "All time" becomes the first month.
    let step =
      ctx.store.get().date === null || Number(ui.slider.value) >= steps ? 0 : Number(ui.slider.value);
    setDate(monthAt(step));
    ui.play.textContent = "Pause";
    ui.play.setAttribute("aria-pressed", "true");
    timer = setInterval(() => {
      step++;
      if (step > steps) stop();
      else setDate(monthAt(step));
    }, PLAY_STEP_MS);
  };

  ui.play.addEventListener("click", () => (timer === undefined ? play() : stop()));
  ui.allTime.addEventListener("change", () => {
    stop();
    setDate(ui.allTime.checked ? null : monthAt(Number(ui.slider.value)));
  });
  ui.slider.addEventListener("input", () => setDate(monthAt(Number(ui.slider.value))));
  ui.dayInput.addEventListener("change", () => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(ui.dayInput.value)) setDate(ui.dayInput.value);
  });
  ui.hideUndated.addEventListener("change", () =>
    ctx.store.set((state) => ({
      ...state,
      filters: { ...state.filters, hideUndated: ui.hideUndated.checked },
    })),
  );

  return {
    render(state: AppState, previous: AppState | null, datasetChanged: boolean) {
      if (datasetChanged) {
        stop();
        axis = timeAxis(ctx.loaded().dataset);
        drawAxis(ui, axis);
      } else if (previous !== null && previous.date === state.date && previous.filters === state.filters) {
        return;
      }
      const noTime = axis === null;
      ui.allTime.checked = state.date === null;
      ui.allTime.disabled = noTime;
      ui.play.disabled = noTime;
      ui.slider.disabled = state.date === null || noTime;
      ui.dayInput.disabled = state.date === null || noTime;
      // Undated claims only stand apart from dated ones as of a date.
      ui.hideUndated.disabled = state.date === null;
      ui.hideUndated.checked = state.filters.hideUndated;
      if (state.date !== null && axis !== null) {
        ui.slider.value = String(axisStep(axis, state.date));
        ui.dayInput.value = /^\d{4}-\d{2}-\d{2}$/.test(state.date) ? state.date : "";
      }
      const text = state.date === null ? "All time" : `As of ${state.date}`;
      ui.label.value = text;
      ui.label.textContent = text;
      ui.slider.setAttribute("aria-valuetext", text);
    },
  };
}
