import { describe, expect, it } from "vitest";
import { graphItems, layoutPicture, type PictureInput, wrap } from "../../src/view/picture-scene";
import { sceneToSvg } from "../../src/view/picture-svg";

const input: PictureInput = {
  graphWidth: 600,
  graphHeight: 400,
  title: 'Alliances <around> & "Hama"',
  subtitle: "As of 2024-12-05",
  source:
    "Sources: Reuters, AP (2 sources, 12 claims, each quoting its source). Faultline, exported 2026-12-02.",
  relations: [{ label: "supports", color: "#1b9e77", shape: "line", count: 3 }],
  kinds: [
    { label: "State", color: "#0072b2", shape: "square", count: 2 },
    { label: "City", color: "#8c8c8c", shape: "disc", count: 1 },
  ],
};

describe("the exported picture's scene", () => {
  it("frames the graph with a header, a legend column and a source line", () => {
    const scene = layoutPicture(input);
    expect(scene.graph).toEqual({ x: 16, y: 58, width: 600, height: 400 });
    expect(scene.width).toBe(16 + 600 + 16 + 250);
    expect(scene.height).toBeGreaterThan(58 + 400);
    const texts = scene.items.flatMap((item) => (item.type === "text" ? [item.text] : []));
    expect(texts).toEqual([
      input.title,
      "As of 2024-12-05",
      "RELATIONS",
      "supports (3)",
      "ACTOR KINDS",
      "State (2)",
      "City (1)",
      input.source,
    ]);
    // Every item lies inside the picture.
    for (const item of scene.items) {
      if (item.type === "text") {
        expect(item.x).toBeGreaterThanOrEqual(0);
        expect(item.y).toBeLessThanOrEqual(scene.height);
      }
    }
  });

  it("wraps a long source line and cuts a long title to the width", () => {
    expect(wrap("a b c d e f", 10, 20)).toEqual(["a b", "c d", "e f"]);
    const scene = layoutPicture({
      ...input,
      graphWidth: 100,
      title: "x".repeat(400),
      source: "word ".repeat(200),
    });
    const texts = scene.items.filter((item) => item.type === "text");
    expect(texts[0]?.type === "text" && texts[0].text.endsWith("…")).toBe(true);
    expect(texts.filter((t) => t.type === "text" && t.text.startsWith("word")).length).toBeGreaterThan(3);
  });

  it("draws edges under nodes under labels, offset into the graph frame, arrows on directed edges", () => {
    const scene = layoutPicture(input);
    const items = graphItems(
      scene,
      [
        { x: 100, y: 100, size: 8, color: "#0072b2", shape: "square", label: "Iran" },
        { x: 300, y: 100, size: 6, color: "#8c8c8c", shape: "disc" },
        { x: 5000, y: 100, size: 6, color: "#8c8c8c", shape: "disc", label: "Far away" },
      ],
      [
        {
          from: { x: 100, y: 100 },
          to: { x: 300, y: 100, size: 6 },
          color: "#1b9e77",
          width: 2,
          arrow: true,
        },
      ],
    );
    expect(items.map((item) => item.type)).toEqual(["line", "polygon", "shape", "shape", "text"]);
    const [line, arrow] = items;
    expect(line).toMatchObject({ x1: 116, y1: 158, x2: 316, y2: 158 });
    // The arrow's tip touches the target's rim.
    expect(arrow?.type === "polygon" && arrow.points[0]).toEqual([310, 158]);
  });

  it("writes SVG with every text escaped and the graph clipped to its frame", () => {
    const scene = layoutPicture(input);
    const svg = sceneToSvg(
      scene,
      graphItems(
        scene,
        [{ x: 10, y: 10, size: 5, color: "#000000", shape: "triangle", label: "<b>x</b>" }],
        [],
      ),
      input.title,
    );
    expect(svg).toContain("<title>Alliances &lt;around&gt; &amp; &quot;Hama&quot;</title>");
    expect(svg).toContain("&lt;b&gt;x&lt;/b&gt;</text>");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain(
      '<clipPath id="graph-frame"><rect x="16" y="58" width="600" height="400"/></clipPath>',
    );
    expect(svg.indexOf('<g clip-path="url(#graph-frame)">')).toBeLessThan(svg.indexOf("&lt;b&gt;"));
  });
});
