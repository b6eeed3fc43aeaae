// Starts Dagflare locally the way `npm start` does: local D1 migrated, then `wrangler dev` running the
// webserver (primary) with every code location Worker its service bindings name. Shared by the start
// script and the integration tests so both exercise the same path.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

// This package's wrangler, absolute: a project made by `dagflare init` runs it with its own folder as cwd.
const WRANGLER = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "node_modules",
  "wrangler",
  "bin",
  "wrangler.js",
);

/** Service names the webserver's wrangler.toml binds (`[[services]] service = "..."`). */
export function boundServices(wranglerToml) {
  return [...readFileSync(wranglerToml, "utf8").matchAll(/^\s*service\s*=\s*"([^"]+)"/gm)].map(
    (match) => match[1],
  );
}

/** Finds the wrangler.toml declaring each service name, under the given folders. */
export function codeLocationConfigs(root, services, folders = ["examples", "workers", "code-locations"]) {
  const byName = new Map();
  for (const folder of folders) {
    const base = join(root, folder);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { withFileTypes: true })) {
      const config = join(base, entry.name, "wrangler.toml");
      if (!entry.isDirectory() || !existsSync(config)) continue;
      const name = /^\s*name\s*=\s*"([^"]+)"/m.exec(readFileSync(config, "utf8"))?.[1];
      if (name) byName.set(name, relative(root, config));
    }
  }
  const missing = services.filter((service) => !byName.has(service));
  if (missing.length) {
    throw new Error(
      `wrangler.toml binds service(s) ${missing.join(", ")} but no wrangler.toml under ${folders.join("/, ")}/ declares that name`,
    );
  }
  return services.map((service) => byName.get(service));
}

/** Applies migrations/ to the local D1 database (idempotent: only unapplied ones run). */
export function applyLocalMigrations({ root, persistTo, quiet = false }) {
  const result = spawnSync(
    process.execPath,
    [WRANGLER, "d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo],
    {
      cwd: root,
      env: { ...process.env, CI: "true" },
      encoding: "utf8",
    },
  );
  if (result.status !== 0)
    throw new Error(`Applying D1 migrations failed:\n${result.stdout}\n${result.stderr}`);
  if (!quiet)
    process.stdout.write(
      `${result.stdout
        .split("\n")
        .filter((line) => /Migrations|✅|applied|No migrations/.test(line))
        .join("\n")}\n`,
    );
}

/**
 * Spawns `wrangler dev` for the given configs and resolves once `GET readyPath` answers.
 * Returns { url, process, stop }. `vars` are passed as --var (e.g. DAGFLARE_WORKSPACE_YAML).
 */
export async function startWranglerDev({
  root,
  configs,
  port,
  persistTo,
  vars = {},
  extraArgs = [],
  log,
  readyPath = "/server_info",
  timeoutMs = 60_000,
}) {
  const args = [
    WRANGLER,
    "dev",
    ...configs.flatMap((config) => ["-c", config]),
    "--port",
    String(port),
    "--ip",
    "127.0.0.1",
  ];
  args.push("--persist-to", persistTo, "--show-interactive-dev-session=false", ...extraArgs);
  for (const [key, value] of Object.entries(vars)) args.push("--var", `${key}:${value}`);
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk) => {
    output += chunk;
    log?.(String(chunk));
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`wrangler dev exited with code ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(url + readyPath);
      if (response.status < 500) return { url, process: child, stop, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`wrangler dev did not answer ${readyPath} within ${timeoutMs} ms:\n${output}`);
}
