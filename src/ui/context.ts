import type { FaultlineGraph, LoadedDataset } from "../model/types";
import type { AppState, Store } from "../view/app-state";
import type { Derived } from "../view/derive";
import type { GraphView } from "../view/renderer";

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
