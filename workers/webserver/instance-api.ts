/**
 * The `InstanceApi` entrypoint: what run workers in code locations call back (by service binding with
 * `entrypoint = "InstanceApi"`). Events are stored through the configured storage, so code locations need
 * no database binding of their own.
 * @module
 */
import { WorkerEntrypoint } from "cloudflare:workers";
import { requestDequeue } from "../../durable-objects/daemon/daemon-stub";
import type { DagsterEventType } from "../../shared/events/event-types";
import type { InstanceApi } from "../../shared/instance/instance-api";
import type { NewEvent } from "../../shared/storage/event-log-storage";
import type { RunRecord } from "../../shared/storage/run-storage";
import type { WebserverEnv } from "./env";
import { getInstance } from "./instance";

const RUN_END_EVENTS: ReadonlySet<DagsterEventType | null> = new Set(["RUN_SUCCESS", "RUN_FAILURE", "RUN_CANCELED"]);

export class InstanceApiEntrypoint extends WorkerEntrypoint<WebserverEnv> implements InstanceApi {
  async storeEvents(events: NewEvent[]): Promise<void> {
    const instance = getInstance(this.env);
    await instance.storage.events.storeEvents(events);
    // A finished run frees its queue slot: start the next queued run now, not at the next interval.
    if (instance.config.runCoordinator.type === "queued" && events.some((event) => RUN_END_EVENTS.has(event.eventType))) {
      this.ctx.waitUntil(requestDequeue(this.env, "run finished"));
    }
  }

  async getRun(runId: string): Promise<RunRecord | null> {
    return getInstance(this.env).storage.runs.getRun(runId);
  }
}
