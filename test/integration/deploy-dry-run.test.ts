/**
 * Every Worker bundles for deployment (`wrangler deploy --dry-run`): the webserver and each code location.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildWorker } from "../../scripts/lib/build-worker.mjs";

const root = join(import.meta.dirname, "..", "..");
const outRoot = mkdtempSync(join(tmpdir(), "dagflare-deploy-"));
afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

describe("wrangler deploy --dry-run", () => {
  it.each([
    "wrangler.toml",
    "examples/example-location/wrangler.toml",
    "test/fixtures/broken-location/wrangler.toml",
  ])("bundles %s", (config) => {
    const outdir = join(outRoot, config.replaceAll("/", "_"));
    const { output } = buildWorker({ root, config, outdir });
    expect(output).toContain("--dry-run: exiting now");
    expect(existsSync(join(outdir, "index.js"))).toBe(true);
  });
});
