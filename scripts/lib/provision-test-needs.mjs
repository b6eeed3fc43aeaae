// What the vitest projects need from the machine beyond node_modules, so `npm test` provisions exactly what
// the projects it was asked to run need (`npm test -- --project unit` needs no browser).
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { POSTGRES_NEED } from "./postgres-server.mjs";

const CHROMIUM = {
  label: "Chromium",
  binary: "/usr/bin/chromium",
  package: "chromium",
  pathVariable: "CHROMIUM_PATH",
  why: "by the ui project's browser tests",
};

/** Per project: the folder its test files are in (as vitest.config.mts includes them) and what it needs. */
const PROJECTS = {
  ui: { folder: "test/ui", needs: [CHROMIUM] },
  "storage-postgres": { folder: "test/storage-postgres", needs: [POSTGRES_NEED] },
  "storage-copy": { folder: "test/storage-copy", needs: [POSTGRES_NEED] },
  "webserver-postgres": { folder: "test/webserver", needs: [POSTGRES_NEED] },
  "run-worker-postgres": { folder: "test/run-worker", needs: [POSTGRES_NEED] },
  "daemon-postgres": { folder: "test/daemon", needs: [POSTGRES_NEED] },
};

/** The needs of the projects a `vitest run <args>` would run, read with vitest's own argument parser. */
export async function needsOfTestRun(root, args) {
  const { parseCLI } = await import("vitest/node");
  const { filter, options } = parseCLI(["vitest", "run", ...args]);
  const projectPatterns = [options.project ?? []].flat();
  const needs = Object.entries(PROJECTS)
    .filter(
      ([name, project]) =>
        matchesProjectFilter(name, projectPatterns) && hasMatchingFile(root, project.folder, filter),
    )
    .flatMap(([, project]) => project.needs);
  return [...new Set(needs)];
}

/** As vitest's --project: any pattern matches, `*` is a wildcard, a leading `!` negates, case-insensitive. */
function matchesProjectFilter(name, patterns) {
  if (patterns.length === 0) return true;
  return patterns.some((pattern) => {
    const negated = pattern.startsWith("!");
    const body = pattern
      .replace(/^!/, "")
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    return new RegExp(negated ? `^(?!${body}$)` : `^${body}$`, "i").test(name);
  });
}

/** As vitest's file filters: a test file is selected when its root-relative path contains a filter. */
function hasMatchingFile(root, folder, filters) {
  if (filters.length === 0) return true;
  const files = readdirSync(join(root, folder), { recursive: true })
    .map((file) => join(folder, String(file)).toLowerCase())
    .filter((file) => file.endsWith(".test.ts"));
  return filters.some((filter) => {
    const asPath = relative(root, resolve(root, filter)).toLowerCase();
    return files.some((file) => file.includes(filter.toLowerCase()) || file.includes(asPath));
  });
}
