import { defineConfig } from "vite";

// The build goes to ../dist, which the Go binary embeds (web/ui.go). Asset
// names carry a content hash; nothing is fetched from the internet at run
// time. `npm run dev` proxies /api to a local `parley serve`.
export default defineConfig({
  base: "/",
  build: {
    outDir: "../dist",
    emptyOutDir: true,
    assetsDir: "assets",
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    modulePreload: { polyfill: false },
  },
  worker: { format: "es" },
  server: { proxy: { "/api": process.env.PARLEY_API ?? "http://127.0.0.1:8080" } },
});
