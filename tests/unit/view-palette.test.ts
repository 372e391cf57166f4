import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Ontology } from "../../src/model/types";
import { CAMP_PALETTE } from "../../src/view/appearance";
import { ciede2000, labOf, worstDifference } from "./helpers/colour-vision";

/**
 * The legend's colours stay apart for readers with and without a colour-vision deficiency: every
 * pair of relations, and every pair of actor kinds, differs by at least MIN_DIFFERENCE (CIEDE2000)
 * as seen with normal vision, protanopia, deuteranopia and tritanopia (simulated).
 */

const ontology = JSON.parse(
  readFileSync(new URL("../../data/ontology.json", import.meta.url), "utf8"),
) as Ontology;

/** Well above a just-noticeable difference (about 1–2): two legend entries are told apart at a glance. */
const MIN_DIFFERENCE = 12;

function closestPair(items: readonly { id: string; color: string }[]) {
  let closest = { pair: "", difference: Number.POSITIVE_INFINITY, vision: "" };
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const worst = worstDifference(a.color, b.color);
      if (worst.difference < closest.difference)
        closest = { pair: `${a.id} / ${b.id}`, difference: worst.difference, vision: worst.vision };
    }
  return closest;
}

describe("the colour-vision model", () => {
  it("gives CIEDE2000 as published (Sharma, Wu and Dalal's test pairs 1, 7 and 17)", () => {
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(ciede2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
  });

  it("sees red and green alike with protanopia and deuteranopia, but not with normal vision", () => {
    const orange = "#cc6600";
    const olive = "#889900";
    expect(ciede2000(labOf(orange), labOf(olive))).toBeGreaterThan(30);
    expect(ciede2000(labOf(orange, "deuteranopia"), labOf(olive, "deuteranopia"))).toBeLessThan(5);
    expect(ciede2000(labOf(orange, "protanopia"), labOf(olive, "protanopia"))).toBeLessThan(12);
    // Tritanopia confuses blue with green instead.
    expect(ciede2000(labOf("#3366cc", "tritanopia"), labOf("#339999", "tritanopia"))).toBeLessThan(
      ciede2000(labOf("#3366cc"), labOf("#339999")),
    );
  });
});

describe("the ontology's palette", () => {
  it("no two relations are confusable, for any of the four kinds of vision", () => {
    const closest = closestPair(ontology.relationKinds);
    expect(closest.difference, JSON.stringify(closest)).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
  });

  it("no two actor kinds are confusable, and places are no longer one grey", () => {
    const closest = closestPair(ontology.nodeKinds);
    expect(closest.difference, JSON.stringify(closest)).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
    const places = ontology.nodeKinds.filter((kind) => ontology.placeKinds.includes(kind.id));
    for (const place of places)
      expect(labOf(place.color)[1] ** 2 + labOf(place.color)[2] ** 2).toBeGreaterThan(100);
  });

  it("the camp palette's first camps stay apart too", () => {
    const camps = CAMP_PALETTE.slice(0, 5).map((color, index) => ({ id: `camp ${index + 1}`, color }));
    const closest = closestPair(camps);
    expect(closest.difference, JSON.stringify(closest)).toBeGreaterThanOrEqual(MIN_DIFFERENCE);
  });
});
