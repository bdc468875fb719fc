import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Where `vite` / `vite preview` forward /api (the Fastify server; override with API_TARGET). */
const apiTarget = process.env.API_TARGET ?? "http://localhost:3000";

/**
 * krds-uiux 1.1.0 ships component.css with icon URLs one folder too deep ("../../img/img/…"); point
 * them at resources/img so the icons (select arrows, menu toggles, checkboxes) are bundled.
 */
function krdsIconPaths(): Plugin {
  return {
    name: "krds-icon-paths",
    enforce: "pre",
    transform(code, id) {
      if (!/krds-uiux[\\/]resources[\\/]css[\\/]component[\\/]component\.css$/.test(id.split("?")[0] ?? ""))
        return null;
      return { code: code.replaceAll("../../img/img/", "../../img/"), map: null };
    },
  };
}

export default defineConfig({
  root: here("."),
  plugins: [krdsIconPaths(), react()],
  resolve: {
    alias: {
      // Pure TypeScript shared with the server (roles, password policy, status labels); no I/O.
      "@ssis/domain": here("../../packages/domain/src/index.ts"),
    },
  },
  build: {
    outDir: here("dist"),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: {
      "/api": { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      "/api": { target: apiTarget, changeOrigin: false },
    },
  },
});
