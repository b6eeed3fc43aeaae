/**
 * The summary reporter inside a real vitest run, on the fixture files of test/fixtures/summary-line: its
 * closing line counts files that failed to load, failing hooks, unhandled errors and files a failing
 * globalSetup kept from running, and vitest exits non-zero whenever that line reports a failure.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..", "..");
const fixtures = join(root, "test", "fixtures", "summary-line");

function vitest(...args: string[]): { status: number | null; lines: string[] } {
  const result = spawnSync(
    process.execPath,
    [join(root, "node_modules", "vitest", "vitest.mjs"), "run", ...args],
    {
      cwd: fixtures,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    },
  );
  return { status: result.status, lines: `${result.stdout}\n${result.stderr}`.split("\n") };
}

const summaryLines = (lines: string[]) =>
  lines.filter((line) => /^\d+ passed, \d+ failed, \d+ skipped$/.test(line));

describe("the closing summary line", { timeout: 60_000 }, () => {
  it("counts a file that fails to load, a suite whose beforeAll fails and an unhandled rejection as failures", () => {
    const { status, lines } = vitest("--project", "files");
    // passes.test.ts 2 passed + 1 skipped; fails-to-load 1 failed; failing-hook 1 failed (the suite) + 2 skipped + 1 passed; unhandled 1 passed + 1 failed.
    expect(summaryLines(lines)).toEqual(["4 passed, 3 failed, 3 skipped"]);
    expect(status).toBe(1);
  });

  it("counts every file a failing globalSetup kept from running", () => {
    const { status, lines } = vitest();
    expect(summaryLines(lines)).toEqual(["0 passed, 5 failed, 0 skipped"]);
    expect(status).toBe(1);
  });

  it("reads 0 failed, and vitest exits 0, when everything ran and passed", () => {
    const { status, lines } = vitest("--project", "files", "files/passes.test.ts");
    expect(summaryLines(lines)).toEqual(["2 passed, 0 failed, 1 skipped"]);
    expect(status).toBe(0);
  });
});
