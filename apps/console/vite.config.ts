import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The app is built into dist/app, which the console's Node server serves; `/api/*` is that
// server's, so the dev server forwards it there (NOXUS_CONSOLE_URL, default the usual port).
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: "dist/app",
    emptyOutDir: true,
    // No source maps in the shipped bundle: smaller, and nothing extra to scan for secrets.
    sourcemap: false,
  },
  server: {
    proxy: { "/api": process.env.NOXUS_CONSOLE_URL ?? "http://127.0.0.1:8485" },
  },
});
