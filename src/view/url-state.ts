import { isPartialDate } from "../model/dates";
import { ID_PATTERN as ID } from "../model/ids";
import {
  type AppState,
  type CameraView,
  COLOR_BY,
  DIRECTIONS,
  defaultState,
  isOneOf,
  MAX_HOPS,
  MODES,
} from "./app-state";
import { LABEL_DENSITIES } from "./label-placement";

/**
 * The URL hash mirrors the shareable part of the app state (not the hover). Pure functions:
 * `serializeState` omits defaults, `parseState` drops anything malformed instead of throwing,
 * `cleanState` drops ids the loaded dataset does not know.
 *
 * Format: `#hide=fights,attacks&hidekinds=city&unconnected=hide&undated=hide&actor=hts&claim=c1&mode=backers&hops=3&dir=both
 *          &from=iran&to=hezbollah&via=supports,fights&color=camp&labels=all&claims=c1,c2&at=2024-11-15&cam=0.5,0.5,1`
 */

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function idList(value: string | null): string[] {
  if (value === null) return [];
  const ids = value.split(",").filter((id) => ID.test(id));
  return [...new Set(ids)].sort();
}

function singleId(value: string | null): string | null {
  return value !== null && ID.test(value) ? value : null;
}

function parseCamera(value: string | null): CameraView | null {
  if (value === null) return null;
  const parts = value.split(",");
  if (parts.length !== 3) return null;
  const [x, y, ratio] = parts.map((part) => (part.trim() === "" ? Number.NaN : Number(part)));
  if (x === undefined || y === undefined || ratio === undefined) return null;
  if (![x, y, ratio].every(Number.isFinite) || ratio <= 0) return null;
  return { x, y, ratio };
}

export function serializeState(state: AppState): string {
  const defaults = defaultState();
  const params = new URLSearchParams();
  if (state.filters.hiddenRelations.length > 0)
    params.set("hide", [...state.filters.hiddenRelations].sort().join(","));
  if (state.filters.hiddenKinds.length > 0)
    params.set("hidekinds", [...state.filters.hiddenKinds].sort().join(","));
  if (state.filters.hideUnconnected) params.set("unconnected", "hide");
  if (state.filters.hideUndated) params.set("undated", "hide");
  if (state.selected !== null) params.set("actor", state.selected);
  if (state.selectedClaim !== null) params.set("claim", state.selectedClaim);
  if (state.mode !== defaults.mode) params.set("mode", state.mode);
  if (state.backers.hops !== defaults.backers.hops) params.set("hops", String(state.backers.hops));
  if (state.backers.direction !== defaults.backers.direction) params.set("dir", state.backers.direction);
  if (state.path.from !== null) params.set("from", state.path.from);
  if (state.path.to !== null) params.set("to", state.path.to);
  if (state.path.relations !== null) params.set("via", [...state.path.relations].sort().join(","));
  if (state.colorBy !== defaults.colorBy) params.set("color", state.colorBy);
  if (state.labels !== defaults.labels) params.set("labels", state.labels);
  // Kept in the order the panel gives them (a contradiction lists its key claim first).
  if (state.highlightedClaims.length > 0) params.set("claims", state.highlightedClaims.join(","));
  if (state.date !== null) params.set("at", state.date);
  if (state.camera !== null) {
    const { x, y, ratio } = state.camera;
    params.set("cam", [roundTo(x, 4), roundTo(y, 4), roundTo(ratio, 4)].join(","));
  }
  // Commas are safe in a fragment; keep them readable.
  return params.toString().replaceAll("%2C", ",");
}

/** Reads a hash (with or without the leading "#"); never throws, unknown keys are ignored. */
export function parseState(hash: string): AppState {
  const state = defaultState();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  } catch {
    return state;
  }
  state.filters.hiddenRelations = idList(params.get("hide"));
  state.filters.hiddenKinds = idList(params.get("hidekinds"));
  state.filters.hideUnconnected = params.get("unconnected") === "hide";
  state.filters.hideUndated = params.get("undated") === "hide";
  state.selected = singleId(params.get("actor"));
  state.selectedClaim = singleId(params.get("claim"));
  const mode = params.get("mode");
  if (isOneOf(MODES, mode)) state.mode = mode;
  const hops = Number(params.get("hops"));
  if (params.has("hops") && Number.isInteger(hops) && hops >= 1 && hops <= MAX_HOPS)
    state.backers.hops = hops;
  const direction = params.get("dir");
  if (isOneOf(DIRECTIONS, direction)) state.backers.direction = direction;
  state.path.from = singleId(params.get("from"));
  state.path.to = singleId(params.get("to"));
  if (params.has("via")) state.path.relations = idList(params.get("via"));
  const colorBy = params.get("color");
  if (isOneOf(COLOR_BY, colorBy)) state.colorBy = colorBy;
  const labels = params.get("labels");
  if (isOneOf(LABEL_DENSITIES, labels)) state.labels = labels;
  const claims = params.get("claims");
  if (claims !== null) state.highlightedClaims = [...new Set(claims.split(",").filter((id) => ID.test(id)))];
  const at = params.get("at");
  if (at !== null && isPartialDate(at)) state.date = at;
  state.camera = parseCamera(params.get("cam"));
  return state;
}

/** What the loaded dataset knows, to drop stale ids from a shared URL. */
export interface KnownIds {
  relations: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  claims: ReadonlySet<string>;
}

export function cleanState(state: AppState, known: KnownIds): AppState {
  const keepActor = (id: string | null) => (id !== null && known.actors.has(id) ? id : null);
  return {
    ...state,
    filters: {
      hiddenRelations: state.filters.hiddenRelations.filter((id) => known.relations.has(id)),
      hiddenKinds: state.filters.hiddenKinds.filter((id) => known.kinds.has(id)),
      hideUnconnected: state.filters.hideUnconnected,
      hideUndated: state.filters.hideUndated,
    },
    selected: keepActor(state.selected),
    selectedClaim:
      state.selectedClaim !== null && known.claims.has(state.selectedClaim) ? state.selectedClaim : null,
    highlightedClaims: state.highlightedClaims.filter((id) => known.claims.has(id)),
    hovered: keepActor(state.hovered),
    path: {
      from: keepActor(state.path.from),
      to: keepActor(state.path.to),
      relations:
        state.path.relations === null ? null : state.path.relations.filter((id) => known.relations.has(id)),
    },
  };
}
