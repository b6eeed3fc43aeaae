/**
 * What run workers call back on the instance, in one place for both transports: the host's `InstanceApi`
 * entrypoint (by service binding, for run workers inside Cloudflare) and the webserver's authenticated HTTP
 * API (for run workers elsewhere). Events are stored through the configured storage and captured
 * stdout/stderr through the configured compute log manager, so code locations need no database binding.
 * @module
 */
import { requestDequeue, type DaemonControl } from "./daemon-control";
import { DagflareError } from "../errors/dagflare-error";
import { formatZodIssues } from "../errors/format-zod-issues";
import type { DagsterEventType } from "../events/event-types";
import type { InstanceApi } from "../instance-api/instance-api";
import {
  ComputeLogBatchSchema,
  storeComputeLogBatch,
  type ComputeLogBatch,
} from "../storage/compute-logs/compute-log-manager";
import type { NewEvent } from "../storage/event-log-storage";
import type { RunRecord } from "../storage/run-storage";
import type { Instance } from "./instance";
import type { ClaimResult, SlotClaim } from "../concurrency/concurrency-ledger";
import { poolNameProblem } from "../concurrency/pool-name";

const RUN_END_EVENTS: ReadonlySet<DagsterEventType | null> = new Set([
  "RUN_SUCCESS",
  "RUN_FAILURE",
  "RUN_CANCELED",
]);

/** Where the service finds the instance and its daemon; `waitUntil` keeps the dequeue a finished run asks for alive after the answer. */
export type InstanceApiServiceHost = {
  instance(): Instance;
  daemon(): DaemonControl;
  waitUntil(work: Promise<unknown>): void;
};

export function instanceApiService(host: InstanceApiServiceHost): InstanceApi {
  return {
    async storeEvents(events: NewEvent[]): Promise<void> {
      const instance = host.instance();
      await instance.storage.events.storeEvents(events);
      // A finished run holds no pool slot: what a step could not free (its worker died) is freed here.
      for (const runId of new Set(
        events.filter((event) => RUN_END_EVENTS.has(event.eventType)).map((event) => event.runId),
      )) {
        host.waitUntil(
          instance.concurrency
            .freeRunSlots(runId)
            .catch((error: unknown) =>
              console.warn(`run ${runId}: freeing its pool slots failed: ${String(error)}`),
            ),
        );
      }
      // A finished run frees its queue slot: start the next queued run now, not at the next interval.
      if (
        instance.config.runCoordinator.type === "queued" &&
        events.some((event) => RUN_END_EVENTS.has(event.eventType))
      ) {
        host.waitUntil(requestDequeue(host.daemon(), "run finished"));
      }
    },
    getRun(runId: string): Promise<RunRecord | null> {
      return host.instance().storage.runs.getRun(runId);
    },
    async storeComputeLogs(batch: ComputeLogBatch): Promise<void> {
      const parsed = ComputeLogBatchSchema.safeParse(batch);
      if (!parsed.success)
        throw new DagflareError("BAD_REQUEST", `storeComputeLogs: ${formatZodIssues(parsed.error, "batch")}`);
      await storeComputeLogBatch(host.instance().computeLogs, parsed.data);
    },
    async claimPoolSlot(claim: SlotClaim): Promise<ClaimResult> {
      const problem = poolNameProblem(claim.pool);
      if (problem !== undefined) throw new DagflareError("BAD_REQUEST", `claimPoolSlot: pool: ${problem}`);
      return host.instance().concurrency.claimSlot(claim);
    },
    async freePoolSlot(runId: string, stepKey: string): Promise<void> {
      await host.instance().concurrency.freeStepSlot(runId, stepKey);
    },
  };
}
