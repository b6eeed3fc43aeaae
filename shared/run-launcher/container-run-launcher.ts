/**
 * The `container` run launcher (`run_launcher: { type: container, binding, location_bindings, headers,
 * env_vars }`): each run executes in its own Cloudflare Container, named `run-<runId>`, running the
 * run-worker service image (shared/run-worker/adapter/node-service/Dockerfile) built for its code location. The webserver
 * reaches the container through its Durable Object binding to that location's container class
 * (`location_bindings[<location>]`, else `binding`; shared/run-worker/adapter/container); the DO starts the
 * container on the first request and proxies to it. Same HTTP protocol as the `remote` launcher.
 *
 * A container's disk does not outlive the container, so a run whose container died cannot resume
 * without re-running finished steps: this launcher does not resume, and run monitoring fails such runs.
 * @module
 */
import { locationLookup, type ContainerRunLauncherConfig } from "../config/run-launcher-config";
import { DagflareError } from "../errors/dagflare-error";
import type { RunRecord } from "../storage/run-storage";
import type { RunLauncher } from "./run-launcher";
import { RunWorkerServiceLauncher } from "./run-worker-service-launcher";

/** The binding name when dagflare.yaml gives none. */
export const RUN_WORKER_CONTAINER_BINDING = "RUN_WORKER_CONTAINER";

/** Carries `env_vars` (JSON) to the container class, which sets them when it starts the container. */
export const CONTAINER_ENV_HEADER = "x-dagflare-container-env";

/** The container class's namespace: one object (and container) per name; each answers `fetch`. */
export type ContainerNamespace = { getByName(name: string): { fetch(request: Request): Promise<Response> } };

/** The container that executes a run. */
export function runContainerName(runId: string): string {
  return `run-${runId}`;
}

/**
 * @throws DagflareError INVALID_CONFIG naming the binding and the wrangler.toml entry to add when the
 * webserver lacks one of the Durable Object bindings the config names.
 */
export function createContainerRunLauncher(
  config: Omit<ContainerRunLauncherConfig, "type">,
  env: object,
): RunLauncher {
  const defaultBinding = config.binding ?? RUN_WORKER_CONTAINER_BINDING;
  const bindingOf = locationLookup(config.locationBindings, defaultBinding);
  const bindingFor = (run: RunRecord) => bindingOf(run.locationName);
  // Resolved now, so a missing binding is a configuration error rather than a failed run.
  const namespaces = new Map(
    [defaultBinding, ...Object.values(config.locationBindings ?? {})].map((binding) => [
      binding,
      containerNamespace(env, binding),
    ]),
  );
  return new RunWorkerServiceLauncher("ContainerRunLauncher", false, {
    describe: (run) =>
      `run worker container "${runContainerName(run.runId)}" (Durable Object binding ${bindingFor(run)})`,
    // The Container class proxies whatever URL it is given to the container's port; only the path matters.
    baseUrl: () => "http://run-worker.container",
    fetch: (run) => (request) =>
      (namespaces.get(bindingFor(run)) as ContainerNamespace)
        .getByName(runContainerName(run.runId))
        .fetch(request),
    headers: { ...config.headers, [CONTAINER_ENV_HEADER]: JSON.stringify(config.envVars) },
    timeoutSeconds: config.timeoutSeconds,
  });
}

function containerNamespace(env: object, binding: string): ContainerNamespace {
  const namespace: unknown = Reflect.get(env, binding);
  if (
    typeof namespace === "object" &&
    namespace !== null &&
    "getByName" in namespace &&
    typeof namespace.getByName === "function"
  ) {
    return namespace as ContainerNamespace;
  }
  throw new DagflareError(
    "INVALID_CONFIG",
    `run_launcher.type: container needs the webserver's Durable Object binding "${binding}" to the run worker container class; add to its wrangler.toml: [[durable_objects.bindings]] name = "${binding}", class_name = "RunWorkerContainer", script_name = "dagflare-run-worker-container" (see shared/run-worker/adapter/container)`,
  );
}
