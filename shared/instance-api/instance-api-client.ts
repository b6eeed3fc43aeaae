/**
 * The InstanceApi client run workers use inside Cloudflare: RPC over a service binding to the
 * webserver's `InstanceApi` entrypoint (`[[services]] binding = "INSTANCE", service = "dagflare-webserver",
 * entrypoint = "InstanceApi"`).
 * @module
 */
import type { ComputeLogBatch } from "../storage/compute-logs/compute-log-manager";
import { DagflareError } from "../errors/dagflare-error";
import type { NewEvent } from "../storage/event-log-storage";
import type { RunRecord } from "../storage/run-storage";
import type { InstanceApi } from "./instance-api";
import type { ClaimResult, SlotClaim } from "../concurrency/concurrency-ledger";

/** The binding name code locations hosting run workers declare. */
export const INSTANCE_BINDING = "INSTANCE";

/** A service binding to the InstanceApi entrypoint, as RPC stubs expose it. */
export type InstanceApiBinding = {
  storeEvents(events: NewEvent[]): Promise<unknown>;
  getRun(runId: string): Promise<RunRecord | null>;
  storeComputeLogs(batch: ComputeLogBatch): Promise<unknown>;
  claimPoolSlot(claim: SlotClaim): Promise<ClaimResult>;
  freePoolSlot(runId: string, stepKey: string): Promise<unknown>;
};

function isInstanceApiBinding(value: unknown): value is InstanceApiBinding {
  // Entrypoint stubs are callable proxies that answer any method name on property access.
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof Reflect.get(value, "storeEvents") === "function"
  );
}

/** Failures of the instance (unreachable, or storage refusing the write) come back as STORAGE_ERROR naming the binding and method. */
export class ServiceBindingInstanceApiClient implements InstanceApi {
  constructor(
    private readonly binding: InstanceApiBinding,
    private readonly bindingName: string = INSTANCE_BINDING,
  ) {}

  async storeEvents(events: NewEvent[]): Promise<void> {
    await this.#call("storeEvents", () => this.binding.storeEvents(events));
  }

  getRun(runId: string): Promise<RunRecord | null> {
    return this.#call("getRun", () => this.binding.getRun(runId));
  }

  async storeComputeLogs(batch: ComputeLogBatch): Promise<void> {
    await this.#call("storeComputeLogs", () => this.binding.storeComputeLogs(batch));
  }

  claimPoolSlot(claim: SlotClaim): Promise<ClaimResult> {
    return this.#call("claimPoolSlot", () => this.binding.claimPoolSlot(claim));
  }

  async freePoolSlot(runId: string, stepKey: string): Promise<void> {
    await this.#call("freePoolSlot", () => this.binding.freePoolSlot(runId, stepKey));
  }

  async #call<T>(method: keyof InstanceApi, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new DagflareError(
        "STORAGE_ERROR",
        `instance API (binding ${this.bindingName}): ${method} failed: ${message}`,
        { cause: error },
      );
    }
  }
}

/**
 * The InstanceApi bound as `bindingName` in `env`.
 * @throws DagflareError INVALID_CONFIG naming the binding and the wrangler.toml entry to add.
 */
export function instanceApiFromEnv(env: object, bindingName: string = INSTANCE_BINDING): InstanceApi {
  const binding: unknown = Reflect.get(env, bindingName);
  if (!isInstanceApiBinding(binding)) {
    throw new DagflareError(
      "INVALID_CONFIG",
      `the Worker has no service binding "${bindingName}" to the instance, which run workers report events to; add to its wrangler.toml: [[services]] binding = "${bindingName}", service = "dagflare-webserver", entrypoint = "InstanceApi"`,
    );
  }
  return new ServiceBindingInstanceApiClient(binding, bindingName);
}
