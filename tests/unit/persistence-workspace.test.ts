import "fake-indexeddb/auto";
import { deleteDB, openDB } from "idb";
import { afterEach, describe, expect, it } from "vitest";
import { readTextFile } from "../../src/cli/files";
import { loadDataset } from "../../src/model/load";
import type { LoadedDataset } from "../../src/model/types";
import {
  discardWorkspace,
  loadWorkspace,
  openWorkspace,
  StaleWorkspaceError,
  saveWorkspace,
  WORKSPACE_MIGRATIONS,
  type WorkspaceHandle,
  type WorkspaceMessage,
  type WorkspaceMigration,
  WorkspaceStorageError,
} from "../../src/view/persistence";

// Each test gets its own database (and so its own BroadcastChannel name).
let dbCounter = 0;
const open: WorkspaceHandle[] = [];
function freshName(): string {
  dbCounter += 1;
  return `faultline-test-${process.pid}-${dbCounter}`;
}
async function tab(
  name: string,
  onExternalChange?: (m: WorkspaceMessage) => void,
  migrations?: WorkspaceMigration[],
) {
  const handle = await openWorkspace({ name, onExternalChange, migrations });
  open.push(handle);
  return handle;
}
afterEach(() => {
  for (const handle of open.splice(0)) handle.close();
});

function loaded(label: string): LoadedDataset {
  return {
    file: "test.json",
    ontology: {
      version: 1,
      nodeKinds: [
        { id: "armed-group", label: "Armed group", color: "#1b9e77", shape: "disc", description: "" },
      ],
      placeKinds: [],
      relationKinds: [
        {
          id: "fights",
          label: "fights",
          inverseLabel: "fought by",
          color: "#d95f02",
          sign: -1,
          directed: false,
          from: ["armed-group"],
          to: ["armed-group"],
          description: "",
        },
      ],
    },
    dataset: {
      id: "test",
      title: "Test",
      sources: [{ id: "s1", title: "S", publisher: "P", date: "2024", text: "s1.txt" }],
      actors: [
        { id: "a", label, kind: "armed-group", aliases: ["<img src=x onerror=alert(1)>", "\u0000\ud800"] },
      ],
      claims: [],
    },
    sourceTexts: { s1: "quoted text" },
  };
}

function nextMessage(): { promise: Promise<WorkspaceMessage>; listener: (m: WorkspaceMessage) => void } {
  let listener!: (m: WorkspaceMessage) => void;
  const promise = new Promise<WorkspaceMessage>((resolve) => {
    listener = resolve;
  });
  return { promise, listener };
}

describe("workspace persistence", () => {
  it("starts empty at revision 0", async () => {
    const ws = await loadWorkspace(await tab(freshName()));
    expect(ws).toEqual({ revision: 0, savedAt: null, dataset: null, candidates: [], view: null });
  });

  it("saves and loads the whole workspace, hostile strings included, across a reopen (a reload)", async () => {
    const name = freshName();
    const first = await tab(name);
    const work = {
      dataset: loaded('Hay\u02bcat "<script>alert(1)</script>" \u202e'),
      candidates: [{ id: "c1", quote: "a\u0007b" }],
      view: { relations: ["fights"], at: "2024-12" },
    };
    const revision = await saveWorkspace(first, work, { baseRevision: 0 });
    expect(revision).toBe(1);
    first.close();

    const ws = await loadWorkspace(await tab(name));
    expect(ws.revision).toBe(1);
    expect(ws.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(ws.dataset).toEqual(work.dataset);
    expect(ws.candidates).toEqual(work.candidates);
    expect(ws.view).toEqual(work.view);
  });

  it("keeps the shipped dataset (with its ontology and source texts) exactly", async () => {
    const shipped = await loadDataset(
      new URL("../../data/hama-2024-12.json", import.meta.url).pathname,
      (path) => readTextFile(path),
    );
    if (!shipped.ok) throw new Error(shipped.errors.map((e) => e.message).join("\n"));
    const name = freshName();
    await saveWorkspace(
      await tab(name),
      { dataset: shipped.value, candidates: [], view: null },
      { baseRevision: 0 },
    );
    const ws = await loadWorkspace(await tab(name));
    expect(ws.dataset).toEqual(shipped.value);
  });

  it("advances the revision on every save and refuses a save based on an old revision", async () => {
    const handle = await tab(freshName());
    const r1 = await saveWorkspace(
      handle,
      { dataset: loaded("one"), candidates: [], view: null },
      { baseRevision: 0 },
    );
    const r2 = await saveWorkspace(
      handle,
      { dataset: loaded("two"), candidates: [], view: null },
      { baseRevision: r1 },
    );
    expect([r1, r2]).toEqual([1, 2]);
    const stale = saveWorkspace(
      handle,
      { dataset: loaded("stale"), candidates: [], view: null },
      { baseRevision: r1 },
    );
    await expect(stale).rejects.toBeInstanceOf(StaleWorkspaceError);
    await expect(stale).rejects.toMatchObject({ baseRevision: 1, currentRevision: 2 });
    const ws = await loadWorkspace(handle);
    expect(ws.revision).toBe(2);
    expect(ws.dataset?.dataset.actors[0]?.label).toBe("two");
  });

  it("leaves the previous state when a save fails mid-transaction (a value the store cannot clone)", async () => {
    const handle = await tab(freshName());
    await saveWorkspace(
      handle,
      { dataset: loaded("kept"), candidates: [{ n: 1 }], view: { z: 1 } },
      { baseRevision: 0 },
    );
    // The dataset put succeeds first, then the candidates put throws DataCloneError: without an abort
    // the new dataset would commit beside the old candidates.
    const unclonable = [{ callback: () => 1 }];
    const failed = saveWorkspace(
      handle,
      { dataset: loaded("torn"), candidates: unclonable, view: { z: 2 } },
      { baseRevision: 1 },
    );
    await expect(failed).rejects.toBeInstanceOf(WorkspaceStorageError);
    await expect(failed).rejects.toThrow(/cannot save: DataCloneError/);
    const ws = await loadWorkspace(handle);
    expect(ws.revision).toBe(1);
    expect(ws.dataset?.dataset.actors[0]?.label).toBe("kept");
    expect(ws.candidates).toEqual([{ n: 1 }]);
    expect(ws.view).toEqual({ z: 1 });
    // And the database still works afterwards.
    await expect(
      saveWorkspace(handle, { dataset: loaded("after"), candidates: [], view: null }, { baseRevision: 1 }),
    ).resolves.toBe(2);
  });

  it("leaves the previous state when the transaction aborts after the writes were queued", async () => {
    const name = freshName();
    const handle = await tab(name);
    await saveWorkspace(handle, { dataset: loaded("kept"), candidates: [], view: null }, { baseRevision: 0 });
    // A crash between the writes and the commit: the writes are queued, then the transaction dies.
    const raw = await openDB(name);
    const tx = raw.transaction(["dataset", "meta"], "readwrite");
    const writes = [
      tx.objectStore("dataset").put(loaded("torn"), "current"),
      tx.objectStore("meta").put({ revision: 99, savedAt: "x" }, "current"),
    ];
    tx.abort();
    await expect(tx.done).rejects.toBeDefined();
    for (const write of writes) await expect(write).rejects.toBeDefined();
    raw.close();
    const ws = await loadWorkspace(handle);
    expect(ws.revision).toBe(1);
    expect(ws.dataset?.dataset.actors[0]?.label).toBe("kept");
  });

  it("lets two tabs see each other's writes, announces them, and refuses the stale tab's write", async () => {
    const name = freshName();
    const heardByB = nextMessage();
    const a = await tab(name);
    const b = await tab(name, heardByB.listener);
    const fromB = await loadWorkspace(b);
    expect(fromB.revision).toBe(0);

    await saveWorkspace(
      a,
      { dataset: loaded("from tab A"), candidates: [], view: null },
      { baseRevision: 0 },
    );
    expect(await heardByB.promise).toEqual({ type: "workspace-saved", revision: 1 });
    expect((await loadWorkspace(b)).dataset?.dataset.actors[0]?.label).toBe("from tab A");

    // Tab B still works from revision 0: its save is refused and A's work survives.
    const bWork = { dataset: loaded("from tab B"), candidates: [], view: null };
    await expect(saveWorkspace(b, bWork, { baseRevision: fromB.revision })).rejects.toBeInstanceOf(
      StaleWorkspaceError,
    );
    expect((await loadWorkspace(a)).dataset?.dataset.actors[0]?.label).toBe("from tab A");
    // Overwriting deliberately is possible.
    await expect(saveWorkspace(b, bWork, { baseRevision: fromB.revision, force: true })).resolves.toBe(2);
    expect((await loadWorkspace(a)).dataset?.dataset.actors[0]?.label).toBe("from tab B");
  });

  it("discards the work but keeps the revision moving so an old tab cannot write it back", async () => {
    const name = freshName();
    const heardByB = nextMessage();
    const a = await tab(name);
    const b = await tab(name, heardByB.listener);
    await saveWorkspace(a, { dataset: loaded("x"), candidates: [1], view: { v: 1 } }, { baseRevision: 0 });
    const revision = await discardWorkspace(b, { baseRevision: 1 });
    expect(revision).toBe(2);
    const ws = await loadWorkspace(a);
    expect(ws).toMatchObject({ revision: 2, dataset: null, candidates: [], view: null });
    await expect(
      saveWorkspace(a, { dataset: loaded("x"), candidates: [], view: null }, { baseRevision: 1 }),
    ).rejects.toBeInstanceOf(StaleWorkspaceError);
  });

  it("does not announce its own saves to itself, and ignores foreign messages on the channel", async () => {
    const name = freshName();
    const heard: WorkspaceMessage[] = [];
    const a = await tab(name, (m) => heard.push(m));
    const stranger = new BroadcastChannel(`faultline:${name}`);
    stranger.postMessage({ type: "workspace-saved", revision: "<img src=x>" });
    stranger.postMessage("hello");
    await saveWorkspace(a, { dataset: null, candidates: [], view: null }, { baseRevision: 0 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    stranger.close();
    expect(heard).toEqual([]);
  });
});

describe("workspace schema versions", () => {
  it("migrates a version-1 database to a newer schema, keeping and converting its data", async () => {
    const name = freshName();
    const v1 = await tab(name);
    expect(v1.version).toBe(WORKSPACE_MIGRATIONS.length);
    await saveWorkspace(
      v1,
      { dataset: loaded("old"), candidates: [], view: { zoom: 2 } },
      { baseRevision: 0 },
    );
    v1.close();

    // A hypothetical version 2 renames a view field: the step reads and rewrites inside the upgrade.
    const toV2: WorkspaceMigration = (_db, tx) => {
      const views = tx.objectStore("view");
      void views.get("current").then((view) => {
        if (view && typeof view === "object") {
          const { zoom, ...rest } = view as { zoom?: number };
          void views.put({ ...rest, cameraRatio: zoom }, "current");
        }
      });
    };
    const v2 = await tab(name, undefined, [...WORKSPACE_MIGRATIONS, toV2]);
    expect(v2.version).toBe(2);
    const ws = await loadWorkspace(v2);
    expect(ws.revision).toBe(1);
    expect(ws.dataset?.dataset.actors[0]?.label).toBe("old");
    expect(ws.view).toEqual({ cameraRatio: 2 });
  });

  it("a failing migration leaves the old database and data untouched", async () => {
    const name = freshName();
    const v1 = await tab(name);
    await saveWorkspace(v1, { dataset: loaded("old"), candidates: [], view: null }, { baseRevision: 0 });
    v1.close();
    const broken: WorkspaceMigration = () => {
      throw new Error("migration bug");
    };
    await expect(
      openWorkspace({ name, migrations: [...WORKSPACE_MIGRATIONS, broken] }),
    ).rejects.toBeInstanceOf(WorkspaceStorageError);
    const again = await tab(name);
    expect(again.version).toBe(1);
    expect((await loadWorkspace(again)).dataset?.dataset.actors[0]?.label).toBe("old");
  });

  it("an open tab steps aside for a tab with a newer schema instead of blocking it, then says why it cannot save", async () => {
    const name = freshName();
    const oldTab = await tab(name);
    const newTab = await tab(name, undefined, [...WORKSPACE_MIGRATIONS, () => undefined]);
    expect(newTab.version).toBe(2);
    await expect(
      saveWorkspace(oldTab, { dataset: null, candidates: [], view: null }, { baseRevision: 0 }),
    ).rejects.toThrow(/another tab opened a newer version of Faultline; reload this page/);
  });

  it("says clearly that the saved work comes from a newer version rather than failing obscurely", async () => {
    const name = freshName();
    await tab(name, undefined, [...WORKSPACE_MIGRATIONS, () => undefined]);
    for (const handle of open.splice(0)) handle.close();
    await expect(openWorkspace({ name })).rejects.toThrow(/saved by a newer version of Faultline/);
    await deleteDB(name);
  });

  it("reports a corrupt stored record instead of handing it to the app", async () => {
    const name = freshName();
    const handle = await tab(name);
    const raw = await openDB(name);
    await raw.put("meta", { revision: 3, savedAt: "2026-01-01T00:00:00Z" }, "current");
    await raw.put("dataset", { file: 42 }, "current");
    raw.close();
    await expect(loadWorkspace(handle)).rejects.toThrow(/saved work is unreadable: dataset:/);
  });
});
