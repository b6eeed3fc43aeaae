// Static assets the webserver serves (Workers static assets from ui/dist): the UI, built by Vite from
// ui/, and GraphiQL. GraphiQL comes fully bundled from @graphql-yoga/render-graphiql so the page works
// with no internet; it is written as a file rather than inlined in the Worker so it does not weigh on
// every cold start. Both are rebuilt only when their sources changed, so `npm start` stays quick.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export const ASSETS_DIR = join("ui", "dist");

export async function buildAssets(root) {
  const uiBuilt = await buildUi(root);
  const target = join(root, ASSETS_DIR, "graphiql.html");
  const require = createRequire(join(root, "package.json"));
  const source = require.resolve("@graphql-yoga/render-graphiql");
  if (!uiBuilt && existsSync(target) && statSync(target).mtimeMs >= statSync(source).mtimeMs) return;
  const { renderGraphiQL } = await import(source);
  mkdirSync(join(root, ASSETS_DIR), { recursive: true });
  writeFileSync(target, renderGraphiQL({ endpoint: "/graphql", title: "Dagflare GraphiQL" }));
}

/** Runs `vite build` for ui/ when a source is newer than the built index.html; true when it built. */
async function buildUi(root) {
  const ui = join(root, "ui");
  const built = join(root, ASSETS_DIR, "index.html");
  const sources = [join(ui, "index.html"), join(ui, "vite.config.ts"), ...filesUnder(join(ui, "src"))];
  if (existsSync(built) && sources.every((file) => statSync(file).mtimeMs <= statSync(built).mtimeMs))
    return false;
  const { build } = await import("vite");
  // Always a production bundle: under vitest NODE_ENV is "test", and Vite would then ship React's
  // development build (several times slower to render) to every later `npm start` that reuses ui/dist.
  const callerNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ configFile: join(ui, "vite.config.ts"), logLevel: "warn", mode: "production" });
  } finally {
    if (callerNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callerNodeEnv;
  }
  return true;
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
