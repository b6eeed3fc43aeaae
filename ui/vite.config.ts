// Builds the UI into ui/dist, which the webserver Worker serves as static assets (wrangler.toml [assets]).
// `npm run ui:dev` serves it with hot reload and forwards API calls to a running `npm start`.
import { defineConfig } from "vite";

const backend = process.env.DAGFLARE_URL ?? "http://localhost:3000";

export default defineConfig({
  root: import.meta.dirname,
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
  server: { proxy: { "/graphql": { target: backend, ws: true }, "/api": backend, "/logs": backend } },
});
