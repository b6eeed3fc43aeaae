/**
 * The `InstanceApi` entrypoint: what run workers in code locations call back (by service binding with
 * `entrypoint = "InstanceApi"`). Events are stored through the configured storage, so code locations need
 * no database binding of their own.
 * @module
 */
import { WorkerEntrypoint } from "cloudflare:workers";
import type { InstanceApi } from "../../shared/instance/instance-api";
import type { NewEvent } from "../../shared/storage/event-log-storage";
import type { RunRecord } from "../../shared/storage/run-storage";
import type { WebserverEnv } from "./env";
import { getInstance } from "./instance";

export class InstanceApiEntrypoint extends WorkerEntrypoint<WebserverEnv> implements InstanceApi {
  async storeEvents(events: NewEvent[]): Promise<void> {
    await getInstance(this.env).storage.events.storeEvents(events);
  }

  async getRun(runId: string): Promise<RunRecord | null> {
    return getInstance(this.env).storage.runs.getRun(runId);
  }
}
