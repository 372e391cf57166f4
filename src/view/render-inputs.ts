import type Sigma from "sigma";
import type { ActorAttributes, ClaimAttributes, GraphAttributes } from "../model/types";
import type { GraphStyle } from "./graph-style";
import type { LabelDensity } from "./label-placement";
import type { Focus, Visibility } from "./view-model";

/** What the renderer draws from: the style, what is hidden, what is in focus, what is chosen. */
export interface RenderInputs {
  style: GraphStyle;
  visibility: Visibility;
  /** When set, everything outside it fades. */
  focus: Focus | null;
  selected: string | null;
  selectedClaim: string | null;
  /** How many labels to show (label-placement.ts). */
  labels: LabelDensity;
}

export type FaultlineSigma = Sigma<ActorAttributes, ClaimAttributes, GraphAttributes>;
