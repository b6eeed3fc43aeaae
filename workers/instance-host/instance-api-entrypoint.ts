/**
 * The `InstanceApi` entrypoint run workers inside Cloudflare reach by service binding
 * (`entrypoint = "InstanceApi"`); the calls themselves are the core's instance API service.
 * @module
 */
import { WorkerEntrypoint } from "cloudflare:workers";
import type { InstanceApi } from "../../shared/instance-api/instance-api";
import { instanceApiService } from "../../shared/instance/instance-api-service";
import type { ComputeLogBatch } from "../../shared/storage/compute-logs/compute-log-manager";
import type { NewEvent } from "../../shared/storage/event-log-storage";
import type { RunRecord } from "../../shared/storage/run-storage";
import { daemonStub } from "./daemon-stub";
import type { InstanceHostEnv } from "./env";
import { getInstance } from "./get-instance";

export class InstanceApiEntrypoint extends WorkerEntrypoint<InstanceHostEnv> implements InstanceApi {
  storeEvents(events: NewEvent[]): Promise<void> {
    return this.#api().storeEvents(events);
  }

  getRun(runId: string): Promise<RunRecord | null> {
    return this.#api().getRun(runId);
  }

  storeComputeLogs(batch: ComputeLogBatch): Promise<void> {
    return this.#api().storeComputeLogs(batch);
  }

  #api(): InstanceApi {
    return instanceApiService({ instance: () => getInstance(this.env), daemon: () => daemonStub(this.env), waitUntil: (work) => this.ctx.waitUntil(work) });
  }
}
