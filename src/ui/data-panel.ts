import { importGexf } from "../io/gexf-read";
import { exportGexfBlocks } from "../io/gexf-write";
import { exportDatasetJson } from "../io/json-export";
import { parseLoadedDataset } from "../model/load";
import { inputLimit, MAX_TEXT_BYTES, sizeLimitError } from "../model/size-limits";
import type { InputError, LoadedDataset } from "../model/types";
import { bundledDataFiles } from "../view/bundled-data";
import { hideAlert, showInputErrors } from "./alert";
import type { AppContext } from "./context";
import { importCsvFiles, mountCsvExport } from "./csv-transfer";
import { mountDatasetPicker } from "./dataset-picker";
import { byId, downloadBlob } from "./dom";
import { importWithMapping } from "./import-mapping";
import { mountPictureExport } from "./picture-export";

/**
 * Export (GEXF static or dynamic, PNG, dataset JSON; of the whole graph or the current view) and
 * import (file picker or drag-and-drop of a dataset JSON or a GEXF). An import that fails leaves
 * the current graph as it was and says what is wrong and where.
 */

type ImportOutcome =
  | { ok: true; value: LoadedDataset; warnings: string[] }
  | { ok: false; errors: InputError[] };

/** Reads the dropped/picked files: one dataset (JSON or GEXF), plus any source texts beside it. */
export async function importFiles(files: readonly File[], ctx: AppContext): Promise<ImportOutcome> {
  const texts = files.filter((file) => /\.txt$/i.test(file.name));
  // CSV sheets (actors, claims, sources) count as one dataset.
  const sheets = files.filter((file) => /\.csv$/i.test(file.name));
  const main = [...files.filter((file) => !/\.(txt|csv)$/i.test(file.name)), ...sheets.slice(0, 1)];
  const first = main[0];
  if (first === undefined || main.length > 1) {
    const names = files.map((file) => file.name).join(", ") || "(nothing)";
    return {
      ok: false,
      errors: [
        {
          file: names,
          path: "$",
          message:
            main.length > 1
              ? "drop one dataset at a time (a .json dataset or a .gexf file, plus its .txt sources)"
              : "no dataset among the files: expected a .json dataset or a .gexf file",
        },
      ],
    };
  }
  // Refused by File.size before reading: reading a file far over the limit would hold it all in
  // memory (twice, as bytes and as text) only to refuse it.
  const firstLimit = inputLimit(first.name);
  const tooLarge = [
    sizeLimitError(first.name, firstLimit.path, firstLimit.what, first.size, firstLimit.limit),
    ...texts.map((file) => sizeLimitError(file.name, "$", "the source text", file.size, MAX_TEXT_BYTES)),
  ].filter((error) => error !== undefined);
  if (tooLarge.length > 0) return { ok: false, errors: tooLarge };
  // Source texts: the bundled ones (so an edited copy of the bundled dataset validates) and dropped ones.
  const sourceTexts = await bundledDataFiles(".txt");
  for (const file of texts) {
    const text = await file.text();
    sourceTexts[file.name] = text;
    sourceTexts[`sources/${file.name}`] = text;
  }
  const csv = files.filter((file) => /\.csv$/i.test(file.name));
  if (csv.length > 0) return importCsvFiles(csv, sourceTexts, ctx);
  const content = await first.text();
  // A mapped import's own ontology is not the base for the next import: the one it was mapped onto is.
  const ontology = ctx.loaded().mappedOnto ?? ctx.loaded().ontology;
  if (/\.(gexf|xml)$/i.test(first.name) || content.trimStart().startsWith("<")) {
    const strict = importGexf(first.name, content, ontology, { sourceTexts });
    // A file that does not follow the ontology gets the mapping step instead of a refusal.
    if (strict.ok) return strict;
    return importWithMapping(first.name, content, ontology, { sourceTexts }, strict.errors);
  }
  const parsed = parseLoadedDataset(first.name, content, ontology, sourceTexts);
  return parsed.ok ? { ok: true, value: parsed.value, warnings: [] } : parsed;
}

export interface DatasetActions {
  /** Shows another dataset in the same renderer. */
  replaceDataset(loaded: LoadedDataset): void;
  /** Keeps an imported dataset across reloads; resolves to why it could not, or null. */
  save(loaded: LoadedDataset): Promise<string | null>;
  /** Forgets the saved dataset and shows the bundled one again; resolves to a problem or null. */
  resetToBundled(): Promise<string | null>;
  /** Whether the dataset shown is the bundled one. */
  showingBundled(): boolean;
}

/**
 * The export buttons: GEXF (static or dynamic), dataset JSON and PNG, of the whole graph or the
 * current view (filters and date).
 */
function mountExports(ctx: AppContext, status: HTMLElement): void {
  const scopeFilter = () => {
    const scope = document.querySelector<HTMLInputElement>('input[name="export-scope"]:checked')?.value;
    return scope === "all" ? undefined : ctx.derived().visibility.filter;
  };
  const baseName = () => {
    const id = ctx.loaded().dataset.id;
    return scopeFilter() === undefined ? id : `${id}-view`;
  };
  const reportFailure = (what: string, error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    showInputErrors(`Could not export ${what}`, [{ file: ctx.loaded().file, path: "$", message }]);
  };

  byId("export-gexf").addEventListener("click", () => {
    try {
      const dynamic = byId<HTMLInputElement>("export-dynamic").checked;
      // The blocks become the Blob's parts: a large graph's file is never joined into one string.
      const blocks = exportGexfBlocks(ctx.loaded(), ctx.graph(), { filter: scopeFilter(), dynamic });
      const name = `${baseName()}${dynamic ? "-dynamic" : ""}.gexf`;
      downloadBlob(new Blob(blocks, { type: "application/gexf+xml" }), name);
      status.textContent = `Saved ${name}.`;
    } catch (error) {
      reportFailure("GEXF", error);
    }
  });
  byId("export-json").addEventListener("click", () => {
    try {
      const json = exportDatasetJson(ctx.loaded(), scopeFilter());
      const name = `${baseName()}.json`;
      downloadBlob(new Blob([json], { type: "application/json" }), name);
      status.textContent = `Saved ${name}.`;
    } catch (error) {
      reportFailure("the dataset JSON", error);
    }
  });
  mountPictureExport(ctx, status, reportFailure);
  mountCsvExport(ctx, status, scopeFilter);
}

export function mountDataPanel(ctx: AppContext, actions: DatasetActions): void {
  const status = byId("data-status");
  const fileInput = byId<HTMLInputElement>("import-file");
  const dropZone = byId("drop-zone");
  const graphArea = byId("graph").parentElement ?? document.body;

  mountExports(ctx, status);
  mountDatasetPicker(ctx, actions, status);

  const importSelected = async (files: File[]) => {
    if (files.length === 0) return;
    status.textContent = `Reading ${files.map((file) => file.name).join(", ")}…`;
    const outcome = await importFiles(files, ctx);
    if (!outcome.ok && outcome.errors.length === 0) {
      status.textContent = "Import cancelled; the current graph is unchanged.";
      return;
    }
    if (!outcome.ok) {
      status.textContent = "Import failed; the current graph is unchanged.";
      showInputErrors(
        `Cannot open ${files.map((file) => file.name).join(", ")}: the current graph is unchanged.`,
        outcome.errors,
      );
      return;
    }
    hideAlert();
    actions.replaceDataset(outcome.value);
    renderReset();
    const { dataset } = outcome.value;
    const warnings =
      outcome.warnings.length > 0
        ? ` ${outcome.warnings.length} warning(s): ${outcome.warnings.join("; ")}`
        : "";
    const opened = `Opened ${outcome.value.file}: ${dataset.actors.length} actors, ${dataset.claims.length} claims.${warnings}`;
    status.textContent = opened;
    const problem = await actions.save(outcome.value);
    status.textContent = `${opened} ${problem === null ? "Kept in this browser." : `Not kept after a reload: ${problem}.`}`;
  };

  const resetButton = byId<HTMLButtonElement>("reset-dataset");
  const renderReset = () => {
    resetButton.hidden = actions.showingBundled();
  };
  resetButton.addEventListener("click", () => {
    void actions.resetToBundled().then((problem) => {
      renderReset();
      status.textContent = problem === null ? "Back to the bundled dataset." : `Could not reset: ${problem}`;
    });
  });
  renderReset();

  fileInput.addEventListener("change", () => {
    const files = [...(fileInput.files ?? [])];
    fileInput.value = "";
    void importSelected(files);
  });

  let dragDepth = 0;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  graphArea.addEventListener("dragenter", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dragDepth++;
    dropZone.hidden = false;
  });
  graphArea.addEventListener("dragover", (event) => {
    if (hasFiles(event)) event.preventDefault();
  });
  graphArea.addEventListener("dragleave", () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) dropZone.hidden = true;
  });
  graphArea.addEventListener("drop", (event) => {
    event.preventDefault();
    dragDepth = 0;
    dropZone.hidden = true;
    void importSelected([...(event.dataTransfer?.files ?? [])]);
  });
}
