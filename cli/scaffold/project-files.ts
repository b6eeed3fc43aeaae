/**
 * The files of a new project (`dagflare init`): package.json depending on this package by path,
 * dagflare.yaml, an empty workspace.yaml, the instance host's entry over the project's own config files,
 * and its wrangler.toml — derived from this package's own, so it declares every binding, Durable Object
 * and migration the host exports, with the project's names and the package's UI and migrations.
 * @module
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { PACKAGE_ROOT } from "../system/package-root";

const PACKAGE_DIR = "node_modules/dagflare";

export function projectFiles(project: string, name: string): Record<string, string> {
  return {
    "package.json": `${JSON.stringify(
      {
        name,
        version: "0.1.0",
        private: true,
        type: "module",
        scripts: { dev: "dagflare dev", check: "dagflare check", deploy: "dagflare deploy" },
        dependencies: { dagflare: `file:${relative(project, PACKAGE_ROOT) || "."}` },
      },
      null,
      2,
    )}\n`,
    "dagflare.yaml": [
      "# dagflare.yaml: the instance config (Dagster's dagster.yaml). Every key is optional; an absent key takes",
      "# its default (see node_modules/dagflare/dagflare.yaml for every key, commented). Validate with `dagflare check`.",
      "run_coordinator:",
      "  type: queued",
      "  max_concurrent_runs: 10",
      "",
    ].join("\n"),
    "workspace.yaml": [
      "# workspace.yaml: the code locations to load (Dagster's workspace.yaml). `dagflare location new <name>`",
      "# adds one here, with its service binding in wrangler.toml. Validate with `dagflare check`.",
      "load_from: []",
      "",
    ].join("\n"),
    "instance-host.ts": `/**
 * The instance host Worker (wrangler.toml \`main\`): the webserver, GraphQL, the daemon and the run queue,
 * over this project's dagflare.yaml and workspace.yaml, bundled as text.
 * @module
 */
import { createInstanceHost } from "dagflare/instance-host";
import instanceYaml from "./dagflare.yaml";
import workspaceYaml from "./workspace.yaml";

const host = createInstanceHost({ instanceYaml, workspaceYaml });

export const { Daemon, ConcurrencyCoordinator, InstanceApi } = host;
export default host.worker;
`,
    "wrangler.toml": hostWranglerToml(name),
    ".gitignore": "node_modules/\n.wrangler/\n.dagflare/\n.dev.vars\n",
  };
}

/** This package's wrangler.toml with the project's Worker and resource names, its entry, and no code locations yet. */
function hostWranglerToml(name: string): string {
  const own = readFileSync(join(PACKAGE_ROOT, "wrangler.toml"), "utf8");
  return own
    .replace(/^name = "dagflare-webserver"$/m, `name = "${name}-webserver"`)
    .replace(/^main = ".*"$/m, 'main = "instance-host.ts"')
    .replaceAll("`npm start`", "`dagflare dev`")
    .replace(
      "`wrangler d1 create dagflare` gives the one to deploy with.",
      "`dagflare deploy` writes the one to deploy with.",
    )
    .replace(/^database_name = "dagflare"$/m, `database_name = "${name}"`)
    .replace(/^migrations_dir = "migrations"$/m, `migrations_dir = "${PACKAGE_DIR}/migrations"`)
    .replace(/^directory = "ui\/dist"$/m, `directory = "${PACKAGE_DIR}/ui/dist"`)
    .replaceAll("dagflare-compute-logs", `${name}-compute-logs`)
    .replaceAll("dagflare-run-queue", `${name}-run-queue`)
    .replace(/^\[\[services\]\]\n(?:[^\n[].*\n?)*/gm, "")
    .replace(/\n{3,}/g, "\n\n");
}
