// A throwaway PostgreSQL server for the tests and benchmarks: Debian's `postgresql` package (installed when
// missing and we are root, else we say what to install), a cluster made by initdb in a temporary folder,
// started by pg_ctl on a loopback port and removed when stopped. PostgreSQL refuses to run as root, so as
// root the cluster belongs to the `postgres` user the package creates.
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { dirname, join } from "node:path";
import { ensureDebianPackage } from "./provision.mjs";

export const POSTGRES_NEED = {
  label: "PostgreSQL",
  binary: "/usr/lib/postgresql/*/bin/postgres",
  package: "postgresql",
  why: "by the PostgreSQL storage tests and benchmarks (a server started on loopback for the run)",
};

/** A port nothing listens on now, on 127.0.0.1. */
export async function freeLoopbackPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts a server on `port` (a free one when not given) and resolves to { url, port, stop, restart }.
 * `url` needs a password even with trust authentication, as wrangler's Hyperdrive requires one.
 * `settings` are extra `-c name=value` server settings.
 */
export async function startPostgresServer({ port, settings = {} } = {}) {
  const bin = dirname(ensureDebianPackage(POSTGRES_NEED));
  const chosenPort = port ?? (await freeLoopbackPort());
  const folder = mkdtempSync(join(tmpdir(), "dagflare-pg-"));
  const data = join(folder, "data");
  const socketDir = join(folder, "socket");
  mkdirSync(socketDir);
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? "postgres" : userInfo().username;
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(folder, uid, gid);
    chownSync(socketDir, uid, gid);
  }
  chmodSync(folder, 0o700);
  const run = (command, args) => {
    const full = asRoot
      ? ["runuser", ["-u", owner, "--", join(bin, command), ...args]]
      : [join(bin, command), args];
    const result = spawnSync(full[0], full[1], { encoding: "utf8", cwd: folder });
    if (result.status !== 0)
      throw new Error(
        `${command} ${args.join(" ")} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
      );
    return result.stdout;
  };
  run("initdb", ["-D", data, "--auth=trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const options = [
    `-p ${chosenPort}`,
    `-k ${socketDir}`,
    "-c listen_addresses=127.0.0.1",
    // A test server: durability is not the point, speed is.
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=300",
    ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
  ].join(" ");
  const start = () =>
    run("pg_ctl", ["-D", data, "-l", join(folder, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
  const stopServer = (mode = "fast") => run("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]);
  start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${chosenPort}/postgres`,
    port: chosenPort,
    /** Stops the server (fast shutdown: open connections are cut) and starts it again on the same port. */
    restart: ({ downMs = 0 } = {}) => {
      stopServer();
      if (downMs > 0) spawnSync("sleep", [String(downMs / 1000)]);
      start();
    },
    stop: () => {
      try {
        stopServer("immediate");
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

function postgresUser() {
  const result = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const group = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(
      "Running as root, but there is no `postgres` user to run PostgreSQL as (Debian's postgresql package creates it).",
    );
  return { uid: Number(result.stdout.trim()), gid: Number(group.stdout.trim()) };
}
