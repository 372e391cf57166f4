import { defineConfig } from "vite";

// The app is plain DOM + sigma; the CSP in index.html forbids inline script, so Vite must not inline
// the module preload polyfill.
export default defineConfig({
  base: "./",
  build: { target: "es2022", modulePreload: { polyfill: false }, chunkSizeWarningLimit: 2000 },
  worker: { format: "es" },
  server: { port: 5173 },
  preview: { port: 4173 },
});
