/**
 * The `remote` run launcher (`run_launcher: { type: remote, url, location_urls, headers, timeout_seconds }`):
 * each run is posted to the run-worker service (shared/run-worker/adapter/node-service) of its code location, at
 * `location_urls[<location>]` or else `url`, which executes it and reports to the instance over HTTP. A
 * service loads one location's definitions (and, started with `--location-name`, refuses other
 * locations' runs). It keeps step state in its data dir, so a restarted service resumes.
 * @module
 */
import { locationLookup, type RemoteRunLauncherConfig } from "../config/run-launcher-config";
import { globalFetch } from "../http/http-fetch";
import type { RunRecord } from "../storage/run-storage";
import type { RunLauncher } from "./run-launcher";
import { RunWorkerServiceLauncher } from "./run-worker-service-launcher";

export function createRemoteRunLauncher(config: Omit<RemoteRunLauncherConfig, "type">): RunLauncher {
  const urlOf = locationLookup(config.locationUrls, config.url);
  const urlFor = (run: RunRecord) => urlOf(run.locationName);
  return new RunWorkerServiceLauncher("RemoteRunLauncher", true, {
    describe: (run) => `remote run worker at ${urlFor(run)}`,
    baseUrl: urlFor,
    fetch: () => globalFetch,
    headers: config.headers,
    timeoutSeconds: config.timeoutSeconds,
  });
}
