/**
 * The run worker container Worker deploys (`wrangler deploy --dry-run`): its code bundles and its
 * `[[containers]]` entry builds shared/run-worker/adapter/node-service/Dockerfile from the repository root. This machine
 * has no Docker, so WRANGLER_DOCKER_BIN points wrangler at a stand-in CLI that records the build it is
 * asked for (the arguments, and the Dockerfile wrangler pipes to it) and succeeds.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { buildWorker } from "../../scripts/lib/build-worker.mjs";

const root = join(import.meta.dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "dagflare-container-deploy-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it("bundles shared/run-worker/adapter/container and builds the run-worker image from the repository root", () => {
  const docker = join(work, "docker");
  writeFileSync(
    docker,
    `#!/bin/sh\necho "$@" >> "${work}/calls.log"\nif [ "$1" = build ]; then cat > "${work}/Dockerfile.seen"; fi\nexit 0\n`,
  );
  chmodSync(docker, 0o755);
  process.env.WRANGLER_DOCKER_BIN = docker;
  const outdir = join(work, "out");
  const { output } = buildWorker({
    root,
    config: "shared/run-worker/adapter/container/wrangler.toml",
    outdir,
  });
  expect(output).toContain("--dry-run: exiting now");
  expect(output).toContain("env.RUN_WORKER_CONTAINER (RunWorkerContainer)");
  expect(existsSync(join(outdir, "index.js"))).toBe(true);
  const build = readFileSync(join(work, "calls.log"), "utf8")
    .split("\n")
    .find((line) => line.startsWith("build "));
  expect(build).toMatch(new RegExp(`-f - ${root.replaceAll("/", "\\/")}$`));
  expect(readFileSync(join(work, "Dockerfile.seen"), "utf8")).toBe(
    readFileSync(join(root, "shared", "run-worker", "adapter", "node-service", "Dockerfile"), "utf8"),
  );
});
