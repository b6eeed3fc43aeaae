// `npm start`: the whole system on the embedded default — local D1 (migrated), the webserver with its UI
// and GraphQL, and every code location Worker it binds — under `wrangler dev`, like `dagster dev`.
// Data persists in .wrangler/state, so a restart keeps runs, ticks and schedule state.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDependencies } from "./lib/ensure-dependencies.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
ensureDependencies(root);
// The project whose config files and code locations run: this repository, or the project `dagflare dev`
// names (one made by `dagflare init`, depending on this package). The UI is always this package's.
const project = process.env.DAGFLARE_PROJECT ?? root;

const { applyLocalMigrations, boundServices, codeLocationConfigs, startWranglerDev } = await import(
  "./lib/dev-system.mjs"
);
const { buildAssets } = await import("./lib/build-assets.mjs");
const { devPostgresUrl } = await import("./lib/postgres-dev.mjs");
const { applyPostgresMigrations } = await import("./lib/postgres-migrations.mjs");
const port = Number(process.env.PORT ?? 3000);
const persistTo = process.env.DAGFLARE_PERSIST_TO ?? join(project, ".wrangler", "state");

const check = spawnSync(
  process.execPath,
  [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "scripts", "check.ts")],
  {
    cwd: project,
    stdio: "inherit",
  },
);
if (check.status !== 0) process.exit(check.status ?? 1);

try {
  await buildAssets(root);
  applyLocalMigrations({ root: project, persistTo });
  // storage: { type: postgres }: its database migrated too (the D1 one stays for switching back).
  const postgresUrl = devPostgresUrl(project);
  if (postgresUrl) await applyPostgresMigrations(postgresUrl);
  const configs = [
    "wrangler.toml",
    ...codeLocationConfigs(project, boundServices(join(project, "wrangler.toml"))),
  ];
  const system = await startWranglerDev({
    root: project,
    configs,
    port,
    persistTo,
    extraArgs: ["--test-scheduled"],
    log: (text) => process.stdout.write(text),
  });
  // wrangler dev never fires cron triggers: play the once-a-minute watchdog here, so the daemon starts
  // at once and comes back if its alarm ever stopped, as it does when deployed.
  const watchdog = () =>
    fetch(`${system.url}/__scheduled?cron=${encodeURIComponent("* * * * *")}`).catch(() => undefined);
  await watchdog();
  setInterval(watchdog, 60_000);
  console.log(
    `\nDagflare is running: UI at http://localhost:${port}/  GraphQL at http://localhost:${port}/graphql  (Ctrl-C to stop)\n`,
  );
  const shutdown = () => system.stop().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  system.process.on("exit", (code) => process.exit(code ?? 0));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
