/**
 * What run workers call back on the instance, in one place for both transports: the `InstanceApi`
 * entrypoint (by service binding with `entrypoint = "InstanceApi"`, for run workers inside Cloudflare)
 * and the authenticated HTTP API (api/instance-api-http.ts, for run workers elsewhere). Events are stored
 * through the configured storage and captured stdout/stderr through the configured compute log manager,
 * so code locations need no database binding of their own.
 * @module
 */
import { WorkerEntrypoint } from "cloudflare:workers";
import { requestDequeue } from "../../durable-objects/daemon/daemon-stub";
import { ComputeLogBatchSchema, storeComputeLogBatch, type ComputeLogBatch } from "../../shared/compute-log-manager/compute-log-manager";
import { formatZodIssues } from "../../shared/definitions/format-zod-issues";
import { DagflareError } from "../../shared/errors/dagflare-error";
import type { DagsterEventType } from "../../shared/events/event-types";
import type { InstanceApi } from "../../shared/instance/instance-api";
import type { NewEvent } from "../../shared/storage/event-log-storage";
import type { RunRecord } from "../../shared/storage/run-storage";
import type { WebserverEnv } from "./env";
import { getInstance } from "./instance";

const RUN_END_EVENTS: ReadonlySet<DagsterEventType | null> = new Set(["RUN_SUCCESS", "RUN_FAILURE", "RUN_CANCELED"]);

/** The instance API over `env`'s instance; `waitUntil` keeps the dequeue a finished run asks for alive after the answer. */
export function instanceApi(env: WebserverEnv, waitUntil: (work: Promise<unknown>) => void): InstanceApi {
  return {
    async storeEvents(events: NewEvent[]): Promise<void> {
      const instance = getInstance(env);
      await instance.storage.events.storeEvents(events);
      // A finished run frees its queue slot: start the next queued run now, not at the next interval.
      if (instance.config.runCoordinator.type === "queued" && events.some((event) => RUN_END_EVENTS.has(event.eventType))) {
        waitUntil(requestDequeue(env, "run finished"));
      }
    },
    getRun(runId: string): Promise<RunRecord | null> {
      return getInstance(env).storage.runs.getRun(runId);
    },
    async storeComputeLogs(batch: ComputeLogBatch): Promise<void> {
      const parsed = ComputeLogBatchSchema.safeParse(batch);
      if (!parsed.success) throw new DagflareError("BAD_REQUEST", `storeComputeLogs: ${formatZodIssues(parsed.error, "batch")}`);
      await storeComputeLogBatch(getInstance(env).computeLogs, parsed.data);
    },
  };
}

export class InstanceApiEntrypoint extends WorkerEntrypoint<WebserverEnv> implements InstanceApi {
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
    return instanceApi(this.env, (work) => this.ctx.waitUntil(work));
  }
}
