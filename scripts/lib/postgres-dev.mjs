// `npm start` with `storage: { type: postgres }`: the database wrangler dev's Hyperdrive binding reaches
// (wrangler's own CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_<BINDING> variable, else the binding's
// localConnectionString in wrangler.toml), so it can be migrated before the Workers start.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/** The local connection string when the project's instance config chooses PostgreSQL storage, else null. */
export function devPostgresUrl(project) {
  const file = join(project, "dagflare.yaml");
  const text = process.env.DAGFLARE_INSTANCE_YAML ?? (existsSync(file) ? readFileSync(file, "utf8") : "");
  const storage = parse(text)?.storage;
  if (storage?.type !== "postgres") return null;
  const binding = typeof storage.binding === "string" ? storage.binding : "HYPERDRIVE";
  const variable = `CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_${binding}`;
  const url = process.env[variable] ?? localConnectionString(join(project, "wrangler.toml"), binding);
  if (!url) {
    throw new Error(
      `dagflare.yaml: storage.type is postgres, so wrangler dev needs a local PostgreSQL behind the Hyperdrive binding ${binding}: ` +
        `set ${variable}=postgresql://<user>:<password>@127.0.0.1:5432/<database> (or localConnectionString in its [[hyperdrive]] entry in wrangler.toml)`,
    );
  }
  return url;
}

/** `localConnectionString` of the [[hyperdrive]] entry with `binding` in a wrangler.toml, if any. */
function localConnectionString(wranglerToml, binding) {
  if (!existsSync(wranglerToml)) return undefined;
  const entries = readFileSync(wranglerToml, "utf8")
    .split(/^\s*\[\[hyperdrive\]\]\s*$/m)
    .slice(1);
  const entry = entries
    .map((block) => block.split(/^\s*\[/m)[0])
    .find((block) => new RegExp(`^\\s*binding\\s*=\\s*"${binding}"`, "m").test(block));
  return entry === undefined ? undefined : /^\s*localConnectionString\s*=\s*"([^"]+)"/m.exec(entry)?.[1];
}
