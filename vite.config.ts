import { defineConfig } from "vitest/config";

// The app is plain DOM + sigma; the CSP in index.html forbids inline script, so Vite must not inline
// the module preload polyfill. The article worker bundles wink's English model (~4 MB, 1 MB gzipped) on
// purpose: ingest runs offline, so the warning threshold sits above it.
// Vitest reads the `test` key: two projects, the unit tests and the end-to-end tests in Chromium.
export default defineConfig({
  base: "./",
  build: { target: "es2022", modulePreload: { polyfill: false }, chunkSizeWarningLimit: 5000 },
  worker: { format: "es" },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser at a time: two cores, software WebGL.
          fileParallelism: false,
          globalSetup: ["tests/e2e/global-setup.ts"],
        },
      },
    ],
  },
});
