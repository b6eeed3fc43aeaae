/**
 * Starts the webserver under `wrangler dev` (the same way `npm start` and the integration tests do) with
 * its dagflare.yaml, workspace.yaml and DAGFLARE_INSTANCE_TOKEN given as vars. For the container launcher,
 * the webserver also gets the Durable Object binding a container deployment adds (RUN_WORKER_CONTAINER →
 * RunWorkerContainer of dagflare-run-worker-container), here bound to the container stand-in: both
 * configs are generated under .dagflare/ from the real ones, so no checked-in config carries test wiring.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { applyLocalMigrations, startWranglerDev } from "../../scripts/lib/dev-system.mjs";

const root = join(import.meta.dirname, "..", "..");

export type TestSystem = { readonly url: string; stop(): Promise<void> };

export type TestSystemOptions = {
  readonly instanceYaml: string;
  readonly workspaceYaml: string;
  readonly instanceToken: string;
  /** The webserver's port (run-worker services are told the URL before it runs). */
  readonly port: number;
  /** Bind RUN_WORKER_CONTAINER to a stand-in forwarding to this run-worker process. */
  readonly containerProcessUrl?: string;
};

export async function startTestSystem(options: TestSystemOptions): Promise<TestSystem> {
  const persistTo = mkdtempSync(join(tmpdir(), "dagflare-run-launcher-"));
  const generated = mkdtempSync(join(root, ".dagflare", "run-launcher-test-"));
  applyLocalMigrations({ root, persistTo, quiet: true });
  const configs =
    options.containerProcessUrl === undefined
      ? ["wrangler.toml"]
      : containerConfigs(generated, options.containerProcessUrl);
  const log = process.env.DAGFLARE_TEST_LOG ? (text: string) => process.stderr.write(text) : undefined;
  const system = await startWranglerDev({
    root,
    configs,
    port: options.port,
    persistTo,
    vars: {
      DAGFLARE_INSTANCE_YAML: options.instanceYaml,
      DAGFLARE_WORKSPACE_YAML: options.workspaceYaml,
      DAGFLARE_INSTANCE_TOKEN: options.instanceToken,
    },
    log,
  });
  return {
    url: system.url,
    stop: async () => {
      await system.stop();
      rmSync(persistTo, { recursive: true, force: true });
      rmSync(generated, { recursive: true, force: true });
    },
  };
}

/** The webserver's wrangler.toml plus the container binding, and the stand-in's config; paths made absolute. */
function containerConfigs(folder: string, processUrl: string): string[] {
  mkdirSync(folder, { recursive: true });
  const webserver = readFileSync(join(root, "wrangler.toml"), "utf8").replace(
    /^(\s*(?:main|migrations_dir|directory)\s*=\s*)"([^"]+)"/gm,
    (_line, key: string, path: string) => `${key}${JSON.stringify(resolve(root, path))}`,
  );
  const binding = [
    "",
    "[[durable_objects.bindings]]",
    'name = "RUN_WORKER_CONTAINER"',
    'class_name = "RunWorkerContainer"',
    'script_name = "dagflare-run-worker-container"',
    "",
  ];
  writeFileSync(join(folder, "webserver.wrangler.toml"), `${webserver}\n${binding.join("\n")}`);
  const standIn = [
    'name = "dagflare-run-worker-container"',
    `main = ${JSON.stringify(join(root, "test", "run-launcher", "container-stand-in", "index.ts"))}`,
    'compatibility_date = "2026-04-01"',
    'compatibility_flags = ["nodejs_compat"]',
    "[[durable_objects.bindings]]",
    'name = "RUN_WORKER_CONTAINER"',
    'class_name = "RunWorkerContainer"',
    "[[migrations]]",
    'tag = "v1"',
    'new_sqlite_classes = ["RunWorkerContainer"]',
    "[vars]",
    `RUN_WORKER_PROCESS_URL = ${JSON.stringify(processUrl)}`,
  ];
  writeFileSync(join(folder, "stand-in.wrangler.toml"), `${standIn.join("\n")}\n`);
  return [join(folder, "webserver.wrangler.toml"), join(folder, "stand-in.wrangler.toml")];
}
