import type { CampResult } from "../analysis/camps";
import type { FaultlineGraph, Ontology } from "../model/types";
import { PLACE_COLOR, UNALIGNED_COLOR } from "../view/appearance";
import { campColors } from "../view/camp-style";
import { frustratedPerCamp } from "../view/camp-summary";
import { actorButton } from "./chains";
import type { AppContext } from "./context";
import { h, swatch } from "./dom";

/** The camps as a legend: colour, name, members (as buttons that select them), frustrated claims. */

const OPEN_MEMBER_LISTS_UP_TO = 12;

function memberList(ctx: AppContext, members: readonly string[]): HTMLElement {
  return h(
    "details",
    // Short lists start open: who is on which side is the point of the view.
    { className: "camp-members", attrs: members.length <= OPEN_MEMBER_LISTS_UP_TO ? { open: "" } : {} },
    h("summary", { text: "Members" }),
    h("ul", {}, ...members.map((member) => h("li", {}, actorButton(ctx, member)))),
  );
}

function legendRow(
  ctx: AppContext,
  attrs: Record<string, string>,
  color: string,
  name: string,
  members: readonly string[],
  frustrated: number | null,
): HTMLElement {
  return h(
    "li",
    { className: "camp-row", attrs },
    h(
      "div",
      { className: "camp-line" },
      swatch(color, "disc"),
      h("span", { className: "camp-name", text: name }),
      h("span", {
        className: "camp-count",
        text: `${members.length} member${members.length === 1 ? "" : "s"}`,
        attrs: { "data-members": String(members.length) },
      }),
      frustrated === null
        ? null
        : h("span", {
            className: frustrated > 0 ? "camp-frustrated some" : "camp-frustrated",
            text: `${frustrated} frustrated`,
            attrs: {
              "data-frustrated": String(frustrated),
              title: "Frustrated claims with an end in this camp",
            },
          }),
    ),
    members.length > 0 ? memberList(ctx, members) : null,
  );
}

function placesRow(count: number): HTMLElement {
  return h(
    "li",
    { className: "camp-row", attrs: { "data-camp": "places" } },
    h(
      "div",
      { className: "camp-line" },
      swatch(PLACE_COLOR, "disc"),
      h("span", { className: "camp-name", text: "Places (not in camps)" }),
      h("span", { className: "camp-count", text: String(count) }),
    ),
  );
}

export function campLegend(
  ctx: AppContext,
  graph: FaultlineGraph,
  ontology: Ontology,
  result: CampResult,
): HTMLElement {
  const colors = campColors(result);
  const perCamp = frustratedPerCamp(result);
  const places = new Set(ontology.placeKinds);
  const alone = new Set(result.alone);
  const unaligned = Object.keys(result.campOf).filter(
    (actor) => result.campOf[actor] === null && !alone.has(actor),
  );
  const placeCount = graph.filterNodes((_node, attributes) => places.has(attributes.kind)).length;
  return h(
    "ul",
    { className: "camp-legend", attrs: { "aria-label": "Camps" } },
    ...result.camps.map((camp) =>
      legendRow(
        ctx,
        { "data-camp": camp.id },
        colors.get(camp.id) ?? UNALIGNED_COLOR,
        camp.label,
        camp.members,
        perCamp.get(camp.id) ?? 0,
      ),
    ),
    result.alone.length > 0
      ? legendRow(
          ctx,
          { "data-camp": "alone" },
          UNALIGNED_COLOR,
          "Standing alone (hostile claims only)",
          result.alone,
          null,
        )
      : null,
    unaligned.length > 0
      ? legendRow(
          ctx,
          { "data-camp": "unaligned" },
          UNALIGNED_COLOR,
          "Unaligned (no friendly or hostile claim)",
          unaligned,
          null,
        )
      : null,
    placeCount > 0 ? placesRow(placeCount) : null,
  );
}
