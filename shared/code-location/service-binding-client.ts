/**
 * A code location client over a service binding: the location Worker's WorkerEntrypoint methods
 * called by RPC (in-process, no public URL).
 * @module
 */
import {
  ProtocolClient,
  type LocationServerApi,
  type ProtocolMethod,
  type ProtocolRequests,
} from "./protocol-client";

/** A service binding to a code location: its RPC methods (answers not trusted until parsed) and `fetch`. */
export type CodeLocationBinding = {
  [M in keyof LocationServerApi]: (...args: Parameters<LocationServerApi[M]>) => Promise<unknown>;
} & {
  fetch(request: Request): Promise<Response>;
};

/**
 * True for a service binding (a Fetcher). Whether its Worker implements the protocol only shows when
 * a method is called: RPC stubs answer any method name.
 */
export function isCodeLocationBinding(value: unknown): value is CodeLocationBinding {
  // Loopback bindings (ctx.exports) are callable objects, so functions qualify too.
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    "fetch" in value &&
    typeof value.fetch === "function"
  );
}

/** Every method parses the answer; failures throw DagflareError CODE_LOCATION_UNAVAILABLE. */
export class ServiceBindingCodeLocationClient extends ProtocolClient {
  constructor(locationName: string, binding: CodeLocationBinding) {
    // Called on the binding itself: an RPC stub's methods are properties of the stub, not detachable functions.
    const calls: { [M in ProtocolMethod]: (request: ProtocolRequests[M]) => Promise<unknown> } = {
      ping: (request) => binding.ping(request.echo),
      loadDefinitions: () => binding.loadDefinitions(),
      evaluateSchedule: (request) => binding.evaluateSchedule(request),
      evaluateSensor: (request) => binding.evaluateSensor(request),
      executeStep: (request) => binding.executeStep(request),
      startRun: (request) => binding.startRun(request),
      terminateRun: (request) => binding.terminateRun(request),
      runWorkerHealth: (request) => binding.runWorkerHealth(request),
    };
    super(locationName, (method, request) => calls[method](request));
  }
}
