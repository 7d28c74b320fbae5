import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// Tauri serves the built files; the dev server is only for `vite` during UI work.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  // Served from the app's own files, not a network: one bundle is fine.
  build: { target: "es2021", outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
