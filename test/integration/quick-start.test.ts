/**
 * The README's start command as a new user runs it: `npm start` (scripts/start.mjs) brings the system up
 * and says where it listens; stopped and started again, it keeps its data.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./free-port";

const root = join(import.meta.dirname, "..", "..");
const persistTo = mkdtempSync(join(tmpdir(), "dagflare-quickstart-"));
afterAll(() => rmSync(persistTo, { recursive: true, force: true }));

async function start(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DAGFLARE_PERSIST_TO: persistTo },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  while (!output.includes("Dagflare is running")) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { child, output: () => output };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGINT");
  await exited;
}

async function exampleUpdatedTimestamp(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query:
        '{ workspaceLocationEntryOrError(name: "example") { ... on WorkspaceLocationEntry { updatedTimestamp locationOrLoadError { __typename } } } }',
    }),
  });
  const body = (await response.json()) as {
    data: {
      workspaceLocationEntryOrError: {
        updatedTimestamp: number;
        locationOrLoadError: { __typename: string };
      };
    };
  };
  expect(body.data.workspaceLocationEntryOrError.locationOrLoadError.__typename).toBe("RepositoryLocation");
  return body.data.workspaceLocationEntryOrError.updatedTimestamp;
}

describe("npm start", () => {
  it("starts the system, prints where it listens, and keeps its data across a restart", async () => {
    const port = await freePort();
    const first = await start(port);
    try {
      expect(first.output()).toContain("dagflare.yaml: OK");
      expect(first.output()).toContain(`http://localhost:${port}/graphql`);
      const loadedAt = await exampleUpdatedTimestamp(port);
      await stop(first.child);

      const second = await start(port);
      try {
        expect(await exampleUpdatedTimestamp(port)).toBe(loadedAt);
      } finally {
        await stop(second.child);
      }
    } finally {
      await stop(first.child);
    }
  }, 240_000);
});
