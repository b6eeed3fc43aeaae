/**
 * Code location clients: what the webserver, daemon and run workers use to talk to a code location,
 * built from its workspace entry (a service binding or a URL).
 * @module
 */
import { DagflareError } from "../errors/dagflare-error";
import { HttpCodeLocationClient } from "./http-client";
import type { CodeLocationApi, RunWorkerHostApi } from "../protocol/code-location-protocol";
import { isCodeLocationBinding, ServiceBindingCodeLocationClient } from "./service-binding-client";

export { HttpCodeLocationClient, type HttpCodeLocationClientOptions } from "./http-client";
export {
  isCodeLocationBinding,
  ServiceBindingCodeLocationClient,
  type CodeLocationBinding,
} from "./service-binding-client";

/**
 * A code location as seen by its callers (including the run worker host methods the run launcher uses):
 * every answer parsed, every failure CODE_LOCATION_UNAVAILABLE.
 */
export type CodeLocationClient = CodeLocationApi & RunWorkerHostApi & { readonly locationName: string };

/** The workspace entry of a code location (the shape workspace.yaml parses to). */
export type CodeLocationTarget =
  | { readonly locationName: string; readonly type: "service_binding"; readonly binding: string }
  | {
      readonly locationName: string;
      readonly type: "url";
      readonly url: string;
      readonly headers?: Readonly<Record<string, string>>;
    };

/**
 * The client for one workspace entry. `env` is the calling Worker's env, read now (not at import).
 * @throws DagflareError CODE_LOCATION_UNAVAILABLE when the binding is missing or is not a service binding.
 */
export function createCodeLocationClient(target: CodeLocationTarget, env: object): CodeLocationClient {
  if (target.type === "url") return new HttpCodeLocationClient(target);
  const binding: unknown = Reflect.get(env, target.binding);
  if (binding === undefined) {
    throw new DagflareError(
      "CODE_LOCATION_UNAVAILABLE",
      `${target.locationName}: the Worker has no binding "${target.binding}"; add it to wrangler.toml: [[services]] binding = "${target.binding}", service = "<the location's Worker name>"`,
    );
  }
  if (!isCodeLocationBinding(binding)) {
    throw new DagflareError(
      "CODE_LOCATION_UNAVAILABLE",
      `${target.locationName}: binding "${target.binding}" is not a service binding; declare it under [[services]] in wrangler.toml, pointing at the location's Worker`,
    );
  }
  return new ServiceBindingCodeLocationClient(target.locationName, binding);
}
