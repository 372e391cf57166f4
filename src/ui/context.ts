import type { BackingResult } from "../analysis/backers";
import type { Chain } from "../analysis/projection";
import type { FaultlineGraph, LoadedDataset } from "../model/types";
import type { GraphView } from "../view/renderer";
import type { Focus, Visibility } from "../view/view-model";
import type { AppState, Store } from "./state";

/** What the app derives from the state on every change; panels and reducers read it. */
export interface Derived {
  visibility: Visibility;
  focus: Focus | null;
  /** Backers mode: who backs the selected actor (in) and whom it backs (out). */
  backing: { in: BackingResult[]; out: BackingResult[] } | null;
  /** Path mode: chains between the two chosen actors (null when not both chosen). */
  paths: Chain[] | null;
}

/** The handle every panel gets: the store, the current dataset and graph, and shared actions. */
export interface AppContext {
  store: Store;
  view: GraphView;
  loaded(): LoadedDataset;
  graph(): FaultlineGraph;
  derived(): Derived;
  /** Selects an actor (or clears with null) and, unless told not to, moves the camera to it. */
  selectActor(actor: string | null, options?: { move?: boolean }): void;
  actorLabel(actor: string): string;
  relationLabel(relation: string): string;
}

/** A panel re-renders itself from the state; `datasetChanged` is true after an import. */
export interface Panel {
  render(state: AppState, previous: AppState | null, datasetChanged: boolean): void;
}
