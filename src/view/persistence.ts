import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from "idb";
import type { LoadedDataset } from "../model/types";

/**
 * The user's work, kept in IndexedDB so a reload, a second tab or a crash mid-save never loses it.
 *
 * - One database, "faultline", with a versioned schema: `WORKSPACE_MIGRATIONS[i]` upgrades a database
 *   from version i to i + 1, so a browser holding an older version is migrated in place, keeping its data.
 * - The workspace lives in three stores (dataset, candidates, view) plus a `meta` record holding the
 *   revision. `saveWorkspace` writes all of them in ONE readwrite transaction: IndexedDB commits a
 *   transaction entirely or not at all, so a crash or a failed write leaves the old or the new state,
 *   never a mix.
 * - Conflicts between tabs: stale writes are refused. A save names the revision it was based on; if
 *   another tab saved since, the save fails with `StaleWorkspaceError` (nothing is written) and the
 *   caller reloads, or retries with `force: true` to overwrite deliberately. Every successful save or
 *   discard is announced on the BroadcastChannel "faultline", so other tabs learn of it at once.
 */

export const WORKSPACE_DB_NAME = "faultline";
export const WORKSPACE_CHANNEL_NAME = "faultline";
const KEY = "current";

/** What the user has built: the working dataset, article candidates awaiting review, the view. */
export interface Workspace<TCandidate = unknown, TView = unknown> {
  /** The working dataset (imported, or the bundled one plus accepted work); null = the bundled one. */
  dataset: LoadedDataset | null;
  /** Candidate claims/actors extracted from articles that the user has not accepted or rejected yet. */
  candidates: TCandidate[];
  /** The app's view state (filters, selection, camera), whatever shape the UI gives it. */
  view: TView | null;
}

/** A workspace as stored: with the revision it was saved at (0 = nothing saved yet) and when. */
export interface StoredWorkspace<TCandidate = unknown, TView = unknown> extends Workspace<TCandidate, TView> {
  revision: number;
  savedAt: string | null;
}

interface MetaRecord {
  revision: number;
  savedAt: string;
}

export interface WorkspaceSchema extends DBSchema {
  meta: { key: string; value: MetaRecord };
  dataset: { key: string; value: LoadedDataset | null };
  candidates: { key: string; value: unknown[] };
  view: { key: string; value: unknown };
}

type WorkspaceStore = "meta" | "dataset" | "candidates" | "view";
const ALL_STORES: WorkspaceStore[] = ["meta", "dataset", "candidates", "view"];

/** One schema step. Runs inside the upgrade transaction, so a failing step leaves the old database. */
export type WorkspaceMigration = (
  db: IDBPDatabase<WorkspaceSchema>,
  tx: IDBPTransaction<WorkspaceSchema, WorkspaceStore[], "versionchange">,
) => void;

/** Index i migrates version i -> i + 1; the schema version is the length of this list. */
export const WORKSPACE_MIGRATIONS: readonly WorkspaceMigration[] = [
  (db) => {
    for (const store of ALL_STORES) db.createObjectStore(store);
  },
];

/** Messages on the "faultline" BroadcastChannel. */
export type WorkspaceMessage =
  | { type: "workspace-saved"; revision: number }
  | { type: "workspace-discarded"; revision: number };

/** Another tab saved a newer revision than ours: nothing was written. */
export class StaleWorkspaceError extends Error {
  constructor(
    readonly baseRevision: number,
    readonly currentRevision: number,
  ) {
    super(
      `the saved work changed in another tab (revision ${currentRevision}, this tab has ${baseRevision}); ` +
        "reload it before saving, or overwrite it deliberately",
    );
    this.name = "StaleWorkspaceError";
  }
}

/** The database cannot be opened or read (blocked, newer version, storage refused, corrupt record). */
export class WorkspaceStorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "WorkspaceStorageError";
  }
}

export interface OpenWorkspaceOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** Schema steps; tests pass a longer list to exercise an upgrade. */
  migrations?: readonly WorkspaceMigration[];
  /** Called when another tab saves or discards (not for this handle's own writes). */
  onExternalChange?: (message: WorkspaceMessage) => void;
}

export interface WorkspaceHandle {
  readonly db: IDBPDatabase<WorkspaceSchema>;
  /** The schema version this handle opened. */
  readonly version: number;
  close(): void;
}

interface HandleInternals extends WorkspaceHandle {
  channel: BroadcastChannel | null;
  state: { closedByUpgrade: boolean };
}

/** Opens (creating or migrating) the workspace database and subscribes to other tabs' changes. */
export async function openWorkspace(options: OpenWorkspaceOptions = {}): Promise<WorkspaceHandle> {
  const name = options.name ?? WORKSPACE_DB_NAME;
  const migrations = options.migrations ?? WORKSPACE_MIGRATIONS;
  const version = migrations.length;
  const state = { closedByUpgrade: false };
  let db: IDBPDatabase<WorkspaceSchema> | undefined;
  try {
    db = await openDB<WorkspaceSchema>(name, version, {
      upgrade(database, oldVersion, _newVersion, tx) {
        // A failing step aborts the upgrade; openDB reports it, so the done promise needs no second report.
        settled(tx.done);
        for (let v = oldVersion; v < version; v++) migrations[v]?.(database, tx);
      },
      // Another tab wants to upgrade the schema: let it, rather than block it forever.
      blocking() {
        state.closedByUpgrade = true;
        db?.close();
      },
    });
  } catch (error) {
    const why =
      error instanceof Error && error.name === "VersionError"
        ? "it was saved by a newer version of Faultline; reload the page to get that version"
        : errorText(error);
    throw new WorkspaceStorageError(`cannot open saved work (IndexedDB "${name}"): ${why}`, { cause: error });
  }
  const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(channelName(name)) : null;
  if (channel && options.onExternalChange) {
    const listener = options.onExternalChange;
    channel.onmessage = (event: MessageEvent) => {
      if (isWorkspaceMessage(event.data)) listener(event.data);
    };
  }
  const opened = db;
  const handle: HandleInternals = {
    db: opened,
    version,
    channel,
    state,
    close() {
      channel?.close();
      opened.close();
    },
  };
  return handle;
}

/** Reads the whole workspace in one read transaction (a consistent snapshot). */
export async function loadWorkspace<TCandidate = unknown, TView = unknown>(
  handle: WorkspaceHandle,
): Promise<StoredWorkspace<TCandidate, TView>> {
  const tx = beginTransaction(handle, "readonly", "cannot read saved work");
  const [meta, dataset, candidates, view] = await Promise.all([
    tx.objectStore("meta").get(KEY),
    tx.objectStore("dataset").get(KEY),
    tx.objectStore("candidates").get(KEY),
    tx.objectStore("view").get(KEY),
    tx.done,
  ]);
  if (meta === undefined) return { revision: 0, savedAt: null, dataset: null, candidates: [], view: null };
  const problem = checkStored(meta, dataset, candidates);
  if (problem) throw new WorkspaceStorageError(`saved work is unreadable: ${problem}`);
  return {
    revision: meta.revision,
    savedAt: meta.savedAt,
    dataset: dataset ?? null,
    candidates: (candidates ?? []) as TCandidate[],
    view: (view ?? null) as TView | null,
  };
}

export interface SaveOptions {
  /** The revision this workspace was loaded at (or last saved as). */
  baseRevision: number;
  /** Overwrite even if another tab saved since `baseRevision`. */
  force?: boolean;
}

/**
 * Saves the whole workspace in one readwrite transaction and returns the new revision.
 * Throws `StaleWorkspaceError` (writing nothing) if another tab saved since `baseRevision`, and
 * `WorkspaceStorageError` if the browser refuses the write (quota, a value it cannot store);
 * in every failure the previously saved state is left as it was.
 */
export async function saveWorkspace<TCandidate, TView>(
  handle: WorkspaceHandle,
  workspace: Workspace<TCandidate, TView>,
  options: SaveOptions,
): Promise<number> {
  const revision = await writeAll(handle, options, (tx, meta) => {
    settled(tx.objectStore("dataset").put(workspace.dataset, KEY));
    settled(tx.objectStore("candidates").put(workspace.candidates, KEY));
    settled(tx.objectStore("view").put(workspace.view, KEY));
    settled(tx.objectStore("meta").put(meta, KEY));
  });
  announce(handle, { type: "workspace-saved", revision });
  return revision;
}

/**
 * Throws away the saved work (back to the bundled dataset). The revision still advances, so a tab
 * holding the discarded work cannot silently write it back.
 */
export async function discardWorkspace(handle: WorkspaceHandle, options: SaveOptions): Promise<number> {
  const revision = await writeAll(handle, options, (tx, meta) => {
    settled(tx.objectStore("dataset").delete(KEY));
    settled(tx.objectStore("candidates").delete(KEY));
    settled(tx.objectStore("view").delete(KEY));
    settled(tx.objectStore("meta").put(meta, KEY));
  });
  announce(handle, { type: "workspace-discarded", revision });
  return revision;
}

type WriteTx = IDBPTransaction<WorkspaceSchema, WorkspaceStore[], "readwrite">;

async function writeAll(
  handle: WorkspaceHandle,
  options: SaveOptions,
  write: (tx: WriteTx, meta: MetaRecord) => void,
): Promise<number> {
  const tx = beginTransaction(handle, "readwrite", "cannot save");
  // The revision check and the writes share the transaction, so no other tab can slip in between.
  const current = (await tx.objectStore("meta").get(KEY))?.revision ?? 0;
  if (current !== options.baseRevision && !options.force) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new StaleWorkspaceError(options.baseRevision, current);
  }
  const meta: MetaRecord = { revision: current + 1, savedAt: new Date().toISOString() };
  try {
    // put() throws synchronously for a value the browser cannot clone; without the abort below,
    // the puts already queued would commit and leave a torn workspace.
    write(tx, meta);
    await tx.done;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
    await tx.done.catch(() => undefined);
    throw new WorkspaceStorageError(`cannot save: ${errorText(error)}`, { cause: error });
  }
  return meta.revision;
}

/** A request's own failure is reported through `tx.done`; keep its promise from going unhandled. */
function settled(request: Promise<unknown>): void {
  request.catch(() => undefined);
}

function beginTransaction<M extends "readonly" | "readwrite">(
  handle: WorkspaceHandle,
  mode: M,
  what: string,
): IDBPTransaction<WorkspaceSchema, WorkspaceStore[], M> {
  try {
    return handle.db.transaction(ALL_STORES, mode);
  } catch (error) {
    const why = (handle as HandleInternals).state?.closedByUpgrade
      ? "another tab opened a newer version of Faultline; reload this page"
      : errorText(error);
    throw new WorkspaceStorageError(`${what}: ${why}`, { cause: error });
  }
}

function announce(handle: WorkspaceHandle, message: WorkspaceMessage): void {
  (handle as HandleInternals).channel?.postMessage(message);
}

function channelName(dbName: string): string {
  // The app's channel is "faultline"; tests with their own database get their own channel.
  return dbName === WORKSPACE_DB_NAME ? WORKSPACE_CHANNEL_NAME : `${WORKSPACE_CHANNEL_NAME}:${dbName}`;
}

function isWorkspaceMessage(value: unknown): value is WorkspaceMessage {
  if (typeof value !== "object" || value === null) return false;
  const { type, revision } = value as Record<string, unknown>;
  return (
    (type === "workspace-saved" || type === "workspace-discarded") &&
    typeof revision === "number" &&
    Number.isInteger(revision)
  );
}

/** Guards against a record written by something else (devtools, a buggy build): say what, do not crash later. */
function checkStored(meta: unknown, dataset: unknown, candidates: unknown): string | undefined {
  const m = meta as Partial<MetaRecord> | null;
  if (typeof m !== "object" || m === null || !Number.isInteger(m.revision) || typeof m.savedAt !== "string")
    return "meta: expected { revision, savedAt }";
  if (candidates !== undefined && !Array.isArray(candidates)) return "candidates: expected a list";
  if (dataset !== undefined && dataset !== null) {
    const d = dataset as Partial<LoadedDataset>;
    if (
      typeof d.file !== "string" ||
      typeof d.dataset !== "object" ||
      d.dataset === null ||
      typeof d.ontology !== "object" ||
      d.ontology === null ||
      typeof d.sourceTexts !== "object" ||
      d.sourceTexts === null
    )
      return "dataset: expected { file, dataset, ontology, sourceTexts }";
  }
  return undefined;
}

function errorText(error: unknown): string {
  if (error instanceof Error)
    return error.name && error.name !== "Error" ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}
