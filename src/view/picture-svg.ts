import { type Scene, type SceneItem, shapePoints } from "./picture-scene";

/**
 * The picture as an SVG document, written from the scene (picture-scene.ts). Every text from the
 * data is escaped; the graph is clipped to its frame as on screen.
 */

const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";

function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 cannot hold these characters at all.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
  );
}

const n = (value: number) => String(Math.round(value * 100) / 100);
const points = (list: readonly [number, number][]) => list.map(([x, y]) => `${n(x)},${n(y)}`).join(" ");

function item(entry: SceneItem): string {
  switch (entry.type) {
    case "rect":
      return `<rect x="${n(entry.x)}" y="${n(entry.y)}" width="${n(entry.width)}" height="${n(entry.height)}" fill="${escapeXml(entry.fill)}"${entry.stroke ? ` stroke="${escapeXml(entry.stroke)}"` : ""}/>`;
    case "line":
      return `<line x1="${n(entry.x1)}" y1="${n(entry.y1)}" x2="${n(entry.x2)}" y2="${n(entry.y2)}" stroke="${escapeXml(entry.stroke)}" stroke-width="${n(entry.width)}"/>`;
    case "polygon":
      return `<polygon points="${points(entry.points)}" fill="${escapeXml(entry.fill)}"/>`;
    case "shape": {
      const stroke = entry.stroke ? ` stroke="${escapeXml(entry.stroke)}" stroke-width="1"` : "";
      if (entry.shape === "disc")
        return `<circle cx="${n(entry.x)}" cy="${n(entry.y)}" r="${n(entry.size)}" fill="${escapeXml(entry.fill)}"${stroke}/>`;
      return `<polygon points="${points(shapePoints(entry.shape, entry.x, entry.y, entry.size))}" fill="${escapeXml(entry.fill)}"${stroke}/>`;
    }
    case "text": {
      const weight = entry.weight ? ` font-weight="${entry.weight}"` : "";
      const halo = entry.halo ? ` stroke="#ffffff" stroke-width="3" paint-order="stroke"` : "";
      return `<text x="${n(entry.x)}" y="${n(entry.y)}" font-size="${n(entry.size)}" fill="${escapeXml(entry.fill)}"${weight}${halo}>${escapeXml(entry.text)}</text>`;
    }
  }
}

/** `graph`: the items drawn inside the graph frame (clipped to it). */
export function sceneToSvg(scene: Scene, graph: readonly SceneItem[], title: string): string {
  const { x, y, width, height } = scene.graph;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><clipPath id="graph-frame"><rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}"/></clipPath></defs>`,
    ...scene.items.map(item),
    `<g clip-path="url(#graph-frame)">`,
    ...graph.map(item),
    `</g>`,
    `</svg>`,
    "",
  ].join("\n");
}
