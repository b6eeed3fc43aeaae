/**
 * What a run worker keeps about its run beside the engine's state: the start request it accepted,
 * whether termination was requested, and its last heartbeat. Kept in the run's key-value storage (a
 * Durable Object's storage, a folder of the Node service) so a restarted worker (eviction, deploy, alarm
 * retry, service restart) knows all of it again.
 * @module
 */
import { StartRunRequestSchema, type StartRunRequest } from "../protocol/code-location-protocol";
import { formatZodIssues } from "../errors/format-zod-issues";
import { DagflareError } from "../errors/dagflare-error";
import type { KeyValueStore } from "../storage/key-value-store";

const REQUEST_KEY = "run-worker/request";
const TERMINATION_KEY = "run-worker/termination-requested";
const HEARTBEAT_KEY = "run-worker/heartbeat";

export class RunWorkerRecord {
  constructor(private readonly kv: KeyValueStore) {}

  /**
   * The accepted start request, or undefined before the first start.
   * @throws DagflareError STORAGE_ERROR when the stored request does not parse (written by another version).
   */
  async request(): Promise<StartRunRequest | undefined> {
    const stored = await this.kv.get(REQUEST_KEY);
    if (stored === undefined) return undefined;
    const parsed = StartRunRequestSchema.safeParse(stored);
    if (!parsed.success)
      throw new DagflareError(
        "STORAGE_ERROR",
        `run worker state "${REQUEST_KEY}" is not valid: ${formatZodIssues(parsed.error)}`,
      );
    return parsed.data;
  }

  async setRequest(request: StartRunRequest): Promise<void> {
    await this.kv.put(REQUEST_KEY, request);
  }

  async terminationRequested(): Promise<boolean> {
    return (await this.kv.get(TERMINATION_KEY)) === true;
  }

  async requestTermination(): Promise<void> {
    await this.kv.put(TERMINATION_KEY, true);
  }

  /** Epoch seconds of the last heartbeat, if the worker ever executed. */
  async lastHeartbeat(): Promise<number | undefined> {
    const stored = await this.kv.get(HEARTBEAT_KEY);
    return typeof stored === "number" ? stored : undefined;
  }

  async beat(nowMs: number): Promise<void> {
    await this.kv.put(HEARTBEAT_KEY, nowMs / 1000);
  }
}
