import { defineConfig } from "vite";

// The app is plain DOM + sigma; the CSP in index.html forbids inline script, so Vite must not inline
// the module preload polyfill. The article worker bundles wink's English model (~4 MB, 1 MB gzipped) on
// purpose: ingest runs offline, so the warning threshold sits above it.
export default defineConfig({
  base: "./",
  build: { target: "es2022", modulePreload: { polyfill: false }, chunkSizeWarningLimit: 5000 },
  worker: { format: "es" },
  server: { port: 5173 },
  preview: { port: 4173 },
});
