import { type BuildGraphOptions, createGraphBuilder } from "./build-graph";
import type { FaultlineGraph, LoadedDataset } from "./types";

/**
 * buildGraph in several tasks: after every `yieldEvery` actors and claims it awaits `yieldToPage`
 * (injected, so this module stays free of the DOM), letting the page draw a frame and handle input
 * while a large graph is built. The graph is exactly buildGraph's: same order, same attributes.
 */

export interface BuildGraphStepsOptions extends BuildGraphOptions {
  /** Items (actors + claims) added between two yields. */
  yieldEvery?: number;
  /** Resolves once the page had its turn; without it the build never pauses. */
  yieldToPage?: () => Promise<void>;
  /** Called at each pause with the items added so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

/** About 20–40 ms of adding on a slow 2-core machine: short tasks, few yields. */
export const DEFAULT_YIELD_EVERY = 5_000;

export async function buildGraphInSteps(
  loaded: LoadedDataset,
  options: BuildGraphStepsOptions = {},
): Promise<FaultlineGraph> {
  const { yieldEvery = DEFAULT_YIELD_EVERY, yieldToPage, onProgress } = options;
  if (!Number.isInteger(yieldEvery) || yieldEvery < 1) {
    throw new RangeError(`yieldEvery must be a positive integer, not ${yieldEvery}`);
  }
  const builder = createGraphBuilder(loaded);
  const { actors, claims } = loaded.dataset;
  const total = actors.length + claims.length;
  let done = 0;
  const pause = async () => {
    onProgress?.(done, total);
    if (yieldToPage !== undefined) await yieldToPage();
  };
  for (let index = 0; index < actors.length; index++) {
    builder.addActor(index);
    if (++done % yieldEvery === 0) await pause();
  }
  for (let index = 0; index < claims.length; index++) {
    builder.addClaim(index);
    if (++done % yieldEvery === 0) await pause();
  }
  onProgress?.(done, total);
  return builder.finish(options);
}
