import { type PictureOptions, renderPicture } from "../view/export-picture";
import type { AppContext } from "./context";
import { byId, downloadBlob } from "./dom";

/**
 * The PNG and SVG buttons: the view as drawn, with title, date, legend and source line, at the
 * size and scale chosen beside them.
 */
export function mountPictureExport(
  ctx: AppContext,
  status: HTMLElement,
  reportFailure: (what: string, error: unknown) => void,
): void {
  const sizeSelect = byId<HTMLSelectElement>("picture-size");
  const scaleSelect = byId<HTMLSelectElement>("picture-scale");
  const options = (): PictureOptions => {
    const [width, height] = sizeSelect.value === "view" ? [] : sizeSelect.value.split("x").map(Number);
    return { width: width ?? null, height: height ?? null, scale: Number(scaleSelect.value) || 2 };
  };
  const save = (format: "png" | "svg") => {
    const name = `${ctx.loaded().dataset.id}-view.${format}`;
    status.textContent = `Drawing ${name}…`;
    renderPicture(
      {
        sigma: ctx.view.sigma,
        loaded: ctx.loaded(),
        graph: ctx.graph(),
        state: ctx.store.get(),
        today: new Date().toISOString().slice(0, 10),
      },
      format,
      options(),
    )
      .then((blob) => {
        downloadBlob(blob, name);
        status.textContent = `Saved ${name}.`;
      })
      .catch((error: unknown) => reportFailure(format.toUpperCase(), error));
  };
  byId("export-png").addEventListener("click", () => save("png"));
  byId("export-svg").addEventListener("click", () => save("svg"));
}
