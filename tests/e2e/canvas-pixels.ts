import type { LaunchedBrowser, Page } from "./browser";

/** Counts of what the graph shows: pixels unlike the background, and pixels near given colours. */
export interface PixelCounts {
  width: number;
  height: number;
  /** Pixels that differ from the top-left corner's colour (the background) by more than 24 in a channel. */
  drawn: number;
  /** Per "#rrggbb" asked for: pixels within 24 of it in every channel. */
  near: Record<string, number>;
}

/**
 * What the graph canvas shows, read from a screenshot of the page (the composited WebGL output a
 * user sees), counted by `pngPixels`.
 */
export async function graphPixels(
  browser: LaunchedBrowser,
  page: Page,
  colors: readonly string[] = [],
  selector = "#graph",
): Promise<PixelCounts> {
  const png = await page.locator(selector).screenshot();
  const { inked: _, ...counts } = await pngPixels(browser, png, { colors });
  return counts;
}

/**
 * A PNG decoded and counted in a blank page of the same browser, which has no CSP and no app; only
 * the counts come back. Besides the whole-image counts, `regions` ([x, y, width, height]) each get
 * the number of inked pixels in them (darker than near-white).
 */
export async function pngPixels(
  browser: LaunchedBrowser,
  png: Buffer,
  options: { colors?: readonly string[]; regions?: Record<string, [number, number, number, number]> },
): Promise<PixelCounts & { inked: Record<string, number> }> {
  const decoder = await browser.newPage({ width: 200, height: 200 });
  try {
    return await decoder.evaluate(
      async ({ base64, colors, regions }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext("2d");
        if (context === null) throw new Error("no 2D context");
        context.drawImage(image, 0, 0);
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        const tolerance = 24;
        const targets = colors.map((hex) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)));
        const near = colors.map(() => 0);
        const [r0, g0, b0] = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
        let drawn = 0;
        for (let i = 0; i < data.length; i += 4) {
          const r = data[i] ?? 0;
          const g = data[i + 1] ?? 0;
          const b = data[i + 2] ?? 0;
          if (Math.abs(r - r0) > tolerance || Math.abs(g - g0) > tolerance || Math.abs(b - b0) > tolerance)
            drawn++;
          targets.forEach(([tr = 0, tg = 0, tb = 0], t) => {
            if (
              Math.abs(r - tr) <= tolerance &&
              Math.abs(g - tg) <= tolerance &&
              Math.abs(b - tb) <= tolerance
            )
              near[t] = (near[t] ?? 0) + 1;
          });
        }
        const inked: Record<string, number> = {};
        for (const [name, [x, y, w, h]] of Object.entries(regions)) {
          const part = context.getImageData(x, y, w, h).data;
          let count = 0;
          for (let i = 0; i < part.length; i += 4)
            if ((part[i] ?? 255) + (part[i + 1] ?? 255) + (part[i + 2] ?? 255) < 600) count++;
          inked[name] = count;
        }
        return {
          width: canvas.width,
          height: canvas.height,
          drawn,
          near: Object.fromEntries(colors.map((hex, t) => [hex, near[t] ?? 0])),
          inked,
        };
      },
      { base64: png.toString("base64"), colors: [...(options.colors ?? [])], regions: options.regions ?? {} },
    );
  } finally {
    await decoder.close();
  }
}
