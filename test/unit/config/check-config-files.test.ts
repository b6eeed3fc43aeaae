import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkConfigFiles } from "../../../shared/config/check-config-files";
import { parseDevVars } from "../../../shared/config/dev-vars";
import { loadInstanceConfig } from "../../../shared/config/instance-config";
import { loadWorkspaceConfig } from "../../../shared/config/workspace-config";

const ROOT = resolve(import.meta.dirname, "../../..");

describe("checkConfigFiles", () => {
  let dir: string;
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "dagflare-check-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("passes valid files and summarizes the code locations", () => {
    write("dagflare.yaml", "run_coordinator: { type: queued, max_concurrent_runs: 3 }\n");
    write(
      "workspace.yaml",
      "load_from:\n  - service_binding: { binding: EXAMPLE_LOCATION, location_name: example }\n  - url: { url: https://loc.example.com }\n",
    );
    expect(checkConfigFiles({ cwd: dir, env: {} })).toEqual({
      ok: true,
      lines: ["dagflare.yaml: OK", "workspace.yaml: OK (2 code locations: example, loc.example.com)"],
    });
  });

  it("reports every issue of an invalid file and fails", () => {
    write("dagflare.yaml", "run_coordinator:\n  type: queued\n  max_concurrent_runs: ten\n  typo: 1\n");
    write("workspace.yaml", "load_from: []\n");
    expect(checkConfigFiles({ cwd: dir, env: {} })).toEqual({
      ok: false,
      lines: [
        "dagflare.yaml is invalid:",
        '  run_coordinator.max_concurrent_runs (line 3, column 24): expected an integer >= -1, got "ten"',
        "  run_coordinator.typo (line 4, column 3): unknown key",
        "workspace.yaml: OK (no code locations)",
      ],
    });
  });

  it("warns about an unset variable but still checks the variables that are set", () => {
    write(
      "dagflare.yaml",
      "run_launcher: { type: remote, url: { env: LAUNCHER_URL }, headers: { Authorization: { env: TOKEN } } }\n",
    );
    write(
      "workspace.yaml",
      "load_from:\n  - service_binding: { binding: A, location_name: { env: A_NAME } }\n",
    );
    expect(checkConfigFiles({ cwd: dir, env: { LAUNCHER_URL: "https://runs.example.com" } })).toEqual({
      ok: true,
      lines: [
        "dagflare.yaml: warning: run_launcher.headers.Authorization (line 1, column 85): environment variable TOKEN is not set here; it is resolved at run time from the Worker's bindings",
        "dagflare.yaml: OK",
        "workspace.yaml: warning: load_from[0].service_binding.location_name (line 2, column 51): environment variable A_NAME is not set here; it is resolved at run time from the Worker's bindings",
        "workspace.yaml: OK (1 code location: { env: A_NAME })",
      ],
    });
    expect(checkConfigFiles({ cwd: dir, env: { LAUNCHER_URL: "not a url" } })).toMatchObject({
      ok: false,
      lines: expect.arrayContaining([
        '  run_launcher.url (line 1, column 36): expected an http(s) URL, got "not a url" from environment variable LAUNCHER_URL',
      ]),
    });
  });

  it("reads variables from process.env and .dev.vars, the latter winning", () => {
    write(
      "dagflare.yaml",
      "run_coordinator: { type: queued, max_concurrent_runs: { env: DAGFLARE_CHECK_TEST_MAX } }\nrun_launcher: { type: remote, url: { env: DAGFLARE_CHECK_TEST_URL } }\n",
    );
    write(".dev.vars", "# local secrets\nDAGFLARE_CHECK_TEST_MAX=ten\n");
    process.env.DAGFLARE_CHECK_TEST_MAX = "4";
    process.env.DAGFLARE_CHECK_TEST_URL = "https://runs.example.com";
    try {
      const result = checkConfigFiles({ cwd: dir });
      expect(result.ok).toBe(false);
      expect(result.lines).toContain(
        '  run_coordinator.max_concurrent_runs (line 1, column 55): expected an integer >= -1, got "ten" from environment variable DAGFLARE_CHECK_TEST_MAX',
      );
      write(".dev.vars", "DAGFLARE_CHECK_TEST_MAX=7\n");
      expect(checkConfigFiles({ cwd: dir }).lines).toEqual([
        "dagflare.yaml: OK",
        "workspace.yaml: OK (not found: no code locations)",
      ]);
    } finally {
      delete process.env.DAGFLARE_CHECK_TEST_MAX;
      delete process.env.DAGFLARE_CHECK_TEST_URL;
    }
  });

  it("treats absent default files as defaults, but a named file must exist", () => {
    expect(checkConfigFiles({ cwd: dir, env: {} })).toEqual({
      ok: true,
      lines: [
        "dagflare.yaml: OK (not found: every default applies)",
        "workspace.yaml: OK (not found: no code locations)",
      ],
    });
    expect(checkConfigFiles({ cwd: dir, env: {}, instancePath: "prod.yaml" })).toEqual({
      ok: false,
      lines: ["prod.yaml: not found", "workspace.yaml: OK (not found: no code locations)"],
    });
  });

  it("passes the repository's default dagflare.yaml and workspace.yaml", () => {
    expect(checkConfigFiles({ cwd: ROOT, env: {} })).toEqual({
      ok: true,
      lines: ["dagflare.yaml: OK", "workspace.yaml: OK (1 code location: example)"],
    });
    const instance = loadInstanceConfig(readFileSync(join(ROOT, "dagflare.yaml"), "utf8"), {
      source: "dagflare.yaml",
      env: {},
    });
    expect(instance).toEqual(loadInstanceConfig(null, { source: "dagflare.yaml", env: {} }));
    const workspace = loadWorkspaceConfig(readFileSync(join(ROOT, "workspace.yaml"), "utf8"), {
      source: "workspace.yaml",
      env: {},
    });
    expect(workspace.locations).toEqual([
      { type: "service_binding", locationName: "example", binding: "EXAMPLE_LOCATION" },
    ]);
  });
});

describe("scripts/check.ts", () => {
  const runCheck = (args: string[]) =>
    spawnSync(
      process.execPath,
      [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "scripts", "check.ts"), ...args],
      { cwd: ROOT, encoding: "utf8" },
    );

  it("prints OK for the default files and exits 0", () => {
    const result = runCheck([]);
    expect(result.stdout).toBe("dagflare.yaml: OK\nworkspace.yaml: OK (1 code location: example)\n");
    expect(result.status).toBe(0);
  });

  it("exits 1 and prints the error for an invalid file given with --instance", () => {
    const dir = mkdtempSync(join(tmpdir(), "dagflare-check-"));
    try {
      writeFileSync(join(dir, "bad.yaml"), "run_launcher: { type: lambda }\n");
      const result = runCheck(["--instance", join(dir, "bad.yaml")]);
      expect(result.stdout).toContain(
        `${join(dir, "bad.yaml")} is invalid:\n  run_launcher.type (line 1, column 23): expected one of: durable_object, remote, container, got "lambda"\n`,
      );
      expect(result.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("parseDevVars", () => {
  it("reads KEY=VALUE lines, skipping comments and blanks and removing quotes", () => {
    expect(
      parseDevVars(
        "# secrets\n\nTOKEN=abc=def\nQUOTED=\"two words\"\nSINGLE='x'\n  SPACED = y  \nexport EXPORTED=1\nnot a line\n",
      ),
    ).toEqual({
      TOKEN: "abc=def",
      QUOTED: "two words",
      SINGLE: "x",
      SPACED: "y",
      EXPORTED: "1",
    });
  });
});
