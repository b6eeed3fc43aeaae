/**
 * The `InstanceApi` entrypoint run workers inside Cloudflare reach by service binding
 * (`entrypoint = "InstanceApi"`); the calls themselves are the core's instance API service.
 * @module
 */
import { WorkerEntrypoint } from "cloudflare:workers";
import type { ClaimResult, SlotClaim } from "../../shared/concurrency/concurrency-ledger";
import type { InstanceApi } from "../../shared/instance-api/instance-api";
import { instanceApiService } from "../../shared/instance/instance-api-service";
import type { Instance } from "../../shared/instance/instance";
import type { ComputeLogBatch } from "../../shared/storage/compute-logs/compute-log-manager";
import type { NewEvent } from "../../shared/storage/event-log-storage";
import type { RunRecord } from "../../shared/storage/run-storage";
import { benchCountersEnabled, benchEnv, countedCalls } from "./bench-counters";
import { daemonStub } from "./daemon-stub";
import type { InstanceHostEnv } from "./env";

/** The entrypoint class over the host's instance. */
export function defineInstanceApiEntrypoint(getInstance: (env: InstanceHostEnv) => Instance) {
  return class InstanceApiEntrypoint extends WorkerEntrypoint<InstanceHostEnv> implements InstanceApi {
    storeEvents(events: NewEvent[]): Promise<void> {
      return this.#api().storeEvents(events);
    }

    getRun(runId: string): Promise<RunRecord | null> {
      return this.#api().getRun(runId);
    }

    storeComputeLogs(batch: ComputeLogBatch): Promise<void> {
      return this.#api().storeComputeLogs(batch);
    }

    claimPoolSlot(claim: SlotClaim): Promise<ClaimResult> {
      return this.#api().claimPoolSlot(claim);
    }

    freePoolSlot(runId: string, stepKey: string): Promise<void> {
      return this.#api().freePoolSlot(runId, stepKey);
    }

    #api(): InstanceApi {
      const api = instanceApiService({
        instance: () => getInstance(this.env),
        daemon: () => daemonStub(benchEnv(this.env)),
        waitUntil: (work) => this.ctx.waitUntil(work),
      });
      // The calls a run worker makes back to the instance, under the benchmarks' counters.
      return benchCountersEnabled(this.env) ? countedCalls(api, "instance-api") : api;
    }
  };
}
