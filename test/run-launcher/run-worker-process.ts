/**
 * Starts the run-worker service as a real child process on loopback, the way it is deployed: from source
 * with tsx (`shared/run-worker/adapter/node-service/main.ts`), or as the container image's entrypoint (the esbuild bundle
 * of shared/run-worker/adapter/node-service/bundle.mjs, configured by environment variables as a container is).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

export const FIXTURE_DEFINITIONS = "test/run-launcher/fixtures/definitions.ts";
/** A second location, for a service of its own. */
export const OTHER_FIXTURE_DEFINITIONS = "test/run-launcher/fixtures/other-definitions.ts";

export type RunWorkerProcess = {
  readonly url: string;
  /** SIGKILL stops it the way a crash would; SIGTERM the way an orderly shutdown does. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  output(): string;
};

export type RunWorkerProcessOptions = {
  /** `source`: tsx over the repository (FIXTURE_DEFINITIONS unless `definitions` names another module); `image`: the bundled image entrypoint in `bundleDir`. */
  readonly from: { kind: "source"; definitions?: string } | { kind: "image"; bundleDir: string };
  readonly port: number;
  readonly dataDir: string;
  /** INSTANCE_URL, INSTANCE_TOKEN, RUN_WORKER_TOKEN, DAGFLARE_LOCATION_NAME, DAGFLARE_TEST_SERVICE_NAME... */
  readonly env: Readonly<Record<string, string>>;
};

export async function startRunWorkerProcess(options: RunWorkerProcessOptions): Promise<RunWorkerProcess> {
  const args =
    options.from.kind === "source"
      ? [
          "--import",
          "tsx",
          "shared/run-worker/adapter/node-service/main.ts",
          "--definitions",
          options.from.definitions ?? FIXTURE_DEFINITIONS,
        ]
      : [join(options.from.bundleDir, "main.mjs")];
  const imageEnv =
    options.from.kind === "image"
      ? { DAGFLARE_DEFINITIONS: join(options.from.bundleDir, "definitions.mjs") }
      : {};
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      ...imageEnv,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      DAGFLARE_DATA_DIR: options.dataDir,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += String(chunk);
    if (process.env.DAGFLARE_TEST_LOG) process.stderr.write(chunk);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the run worker service exited with code ${child.exitCode}:\n${output}`);
    const ping = await fetch(`${url}/__dagflare/ping`).catch(() => null);
    if (ping?.ok) return { url, stop, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop("SIGKILL");
  throw new Error(`the run worker service did not answer on ${url} within 30 s:\n${output}`);
}
