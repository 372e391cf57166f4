// Layer rules for src/. The pure core (model, analysis, io, ingest) runs in Node and in the browser,
// so it may not reach up into the view, the UI or the CLI, nor down into the DOM. The view draws the
// graph and knows nothing of the panels around it. `npm run lint` runs these rules.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "core-imports-no-view-ui-cli",
      comment: "model, analysis, io and ingest are the pure core: they import nothing from view, ui or cli.",
      severity: "error",
      from: { path: "^src/(model|analysis|io|ingest)/" },
      to: { path: "^src/(view|ui|cli|main\\.ts)" },
    },
    {
      name: "core-imports-no-dom",
      comment:
        "The pure core runs in Node: no DOM libraries, no browser-only packages (sigma draws with WebGL, idb needs IndexedDB).",
      severity: "error",
      from: { path: "^src/(model|analysis|io|ingest)/" },
      to: { path: "^node_modules/(sigma|@sigma/|idb)(/|$)" },
    },
    {
      name: "view-imports-no-ui",
      comment:
        "The view sets up sigma and its reducers; the DOM panels (ui) use it, never the other way round.",
      severity: "error",
      from: { path: "^src/view/" },
      to: { path: "^src/(ui/|main\\.ts)" },
    },
    {
      name: "cli-imports-no-browser",
      comment: "The CLI runs in Node: it may use the core, not the view or the UI.",
      severity: "error",
      from: { path: "^src/cli/" },
      to: { path: "^src/(view|ui|main\\.ts)" },
    },
    {
      name: "no-cycles",
      comment: "A cycle ties modules into one room; break it by moving the shared piece down a layer.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "not-to-unresolvable",
      comment: "An import that resolves to nothing is a typo or a missing package.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    parser: "swc",
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
  },
};
