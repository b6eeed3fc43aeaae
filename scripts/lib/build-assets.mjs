// Static assets the webserver serves (Workers static assets from ui/dist). GraphiQL comes fully bundled
// from @graphql-yoga/render-graphiql so the page works with no internet; it is written as a file rather
// than inlined in the Worker so it does not weigh on every cold start.
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export const ASSETS_DIR = join("ui", "dist");

export async function buildAssets(root) {
  const target = join(root, ASSETS_DIR, "graphiql.html");
  const require = createRequire(join(root, "package.json"));
  const source = require.resolve("@graphql-yoga/render-graphiql");
  if (existsSync(target) && statSync(target).mtimeMs >= statSync(source).mtimeMs) return;
  const { renderGraphiQL } = await import(source);
  mkdirSync(join(root, ASSETS_DIR), { recursive: true });
  writeFileSync(target, renderGraphiQL({ endpoint: "/graphql", title: "Dagflare GraphiQL" }));
}
