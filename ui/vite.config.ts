// Builds the UI into ui/dist, which the instance host Worker serves as static assets (wrangler.toml [assets]).
// `npm run ui:dev` serves it with hot reload and forwards API calls to a running `npm start`.
import { defineConfig } from "vite";
import { scopedStyles } from "./scoped-styles";

const backend = process.env.DAGFLARE_URL ?? "http://localhost:3000";

export default defineConfig({
  root: import.meta.dirname,
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
  // Every class is scoped to its *.module.css: the readable name plus a hash of the file, so two components
  // can both say `.selected` without meeting. Both spellings are exported (`styles["gantt-row"]`, `styles.ganttRow`).
  css: { modules: { localsConvention: "camelCase", generateScopedName: "[local]_[hash:base64:6]" } },
  plugins: [scopedStyles(import.meta.dirname)],
  server: { proxy: { "/graphql": { target: backend, ws: true }, "/api": backend, "/logs": backend } },
});
