/**
 * The `remote` run launcher (`run_launcher: { type: remote, url, headers, timeout_seconds }`): every run
 * is posted to one run-worker service (services/run-worker) at `url`, which executes it and reports to
 * the instance over HTTP. The service keeps step state in its data dir, so a restarted service resumes.
 * @module
 */
import type { RemoteRunLauncherConfig } from "../config/run-launcher-config";
import { globalFetch } from "../instance/http-fetch";
import type { RunLauncher } from "./run-launcher";
import { RunWorkerServiceLauncher } from "./run-worker-service-launcher";

export function createRemoteRunLauncher(config: Omit<RemoteRunLauncherConfig, "type">): RunLauncher {
  return new RunWorkerServiceLauncher("RemoteRunLauncher", true, {
    describe: () => `remote run worker at ${config.url}`,
    baseUrl: () => config.url,
    fetch: () => globalFetch,
    headers: config.headers,
    timeoutSeconds: config.timeoutSeconds,
  });
}
