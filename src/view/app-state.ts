/**
 * The explorer's single application state. Every panel reads it and writes it through `set`;
 * the renderer's reducers and the URL hash are derived from it.
 */

import type { LabelDensity } from "./label-placement";

export const MODES = ["explore", "backers", "path", "camps", "contradictions", "actors"] as const;
export type Mode = (typeof MODES)[number];
/** Node colours: by actor kind (ontology) or by structural-balance camp. */
export const COLOR_BY = ["kind", "camp"] as const;
export type ColorBy = (typeof COLOR_BY)[number];
/** Backers mode: an actor's backers (in), what it backs (out), or both. */
export const DIRECTIONS = ["in", "out", "both"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Whether a string from outside (a URL, a tab's data attribute) names one of `values`. */
export function isOneOf<T extends string>(
  values: readonly T[],
  value: string | null | undefined,
): value is T {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value);
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface AppState {
  filters: {
    /** Relation kinds switched off in the legend (sorted). */
    hiddenRelations: string[];
    /** Node kinds switched off in the legend (sorted). */
    hiddenKinds: string[];
    /** Hide actors none of whose claims is shown (after the other filters and the date). */
    hideUnconnected: boolean;
    /** As of a date: hide claims that carry no date (otherwise shown, drawn as undated). */
    hideUndated: boolean;
  };
  /** The selected actor (details panel), or null. */
  selected: string | null;
  /** The claim chosen in the details panel, highlighted on the graph. */
  selectedClaim: string | null;
  /** Claims highlighted together (a contradiction chosen in its panel); shown in that mode only. */
  highlightedClaims: string[];
  /** The actor under the pointer; transient, never in the URL. */
  hovered: string | null;
  mode: Mode;
  backers: { hops: number; direction: Direction };
  path: {
    from: string | null;
    to: string | null;
    /** Relation kinds a path may use; null means every kind. */
    relations: string[] | null;
  };
  colorBy: ColorBy;
  /** As-of date (YYYY-MM-DD or partial); null means all time. */
  date: string | null;
  /** null means "fit the whole graph". */
  camera: CameraView | null;
  /** How many labels the graph shows. */
  labels: LabelDensity;
}

export const MAX_HOPS = 6;

export function defaultState(): AppState {
  return {
    filters: { hiddenRelations: [], hiddenKinds: [], hideUnconnected: false, hideUndated: false },
    selected: null,
    selectedClaim: null,
    highlightedClaims: [],
    hovered: null,
    mode: "explore",
    backers: { hops: 2, direction: "in" },
    path: { from: null, to: null, relations: null },
    colorBy: "kind",
    date: null,
    camera: null,
    labels: "auto",
  };
}

export type Listener = (state: AppState, previous: AppState) => void;

export interface Store {
  get(): AppState;
  /** Replace the state by `update(current)`; listeners run only when something changed. */
  set(update: Partial<AppState> | ((current: AppState) => AppState)): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(update) {
      const next = typeof update === "function" ? update(state) : { ...state, ...update };
      if (next === state) return;
      const previous = state;
      state = next;
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
