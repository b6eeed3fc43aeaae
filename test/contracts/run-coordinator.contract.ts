/**
 * The RunCoordinator contract: a submitted NOT_STARTED run moves to the coordinator's submitted status
 * (QUEUED or STARTING) and eventually runs to its end; submitting again, even concurrently, changes
 * nothing; a run not yet started is canceled directly and never starts; a running one is canceled through
 * its worker; unknown and finished runs are not canceled; a launch that fails ends the run FAILURE with
 * the error in its log; an unknown run cannot be submitted. An implementation's test file calls
 * `describeRunCoordinator(name, harness)`.
 * @module
 */
import { describe, expect, it } from "vitest";
import type { DagsterEventType } from "../../shared/events/event-types";
import type { RunCoordinator } from "../../shared/run-coordinator/run-coordinator";
import type { RunStatus } from "../../shared/storage/run-status";
import type { EventRecord } from "../../shared/storage/event-log-storage";
import type { RunRecord } from "../../shared/storage/run-storage";

export type RunCoordinatorHarness = {
  readonly coordinator: RunCoordinator;
  /** The status submitRun returns a run in, and the event that moved it there. */
  readonly submitted: { readonly statuses: readonly RunStatus[]; readonly eventType: DagsterEventType };
  /** The event types, in order, of a run whose launch fails (its job does not exist), and how its error line starts. */
  readonly launchFailure: { readonly eventTypes: readonly DagsterEventType[]; readonly message: RegExp };
  /** Stores a NOT_STARTED run of an example job (slow_job taking `seconds`), as launchRun does before submitting. */
  addRun(jobName: string, options?: { seconds?: number }): Promise<RunRecord>;
  /** The run once it finished (bounded). */
  waitForRun(runId: string): Promise<RunRecord>;
  /** Polls until the run has an event of `eventType` (bounded). */
  waitForEvent(runId: string, eventType: DagsterEventType): Promise<unknown>;
  eventsOf(runId: string): Promise<EventRecord[]>;
  getRun(runId: string): Promise<RunRecord | null>;
  deleteRun(runId: string): Promise<unknown>;
};

const typesOf = (events: readonly EventRecord[]) => events.map((event) => event.eventType ?? "LOG");

export function describeRunCoordinator(name: string, harness: RunCoordinatorHarness): void {
  const { coordinator } = harness;
  const submittedTypes = async (runId: string) =>
    typesOf(await harness.eventsOf(runId)).filter((type) => type === harness.submitted.eventType);

  describe(`${name}: RunCoordinator`, () => {
    it(`submits a NOT_STARTED run (${harness.submitted.eventType}), and the run then runs to its end`, async () => {
      const run = await harness.addRun("hello_job");
      expect(run.status).toBe("NOT_STARTED");
      const submitted = await coordinator.submitRun(run);
      expect(submitted.runId).toBe(run.runId);
      expect(harness.submitted.statuses).toContain(submitted.status);
      expect((await harness.eventsOf(run.runId))[0]?.eventType).toBe(harness.submitted.eventType);
      expect((await harness.waitForRun(run.runId)).status).toBe("SUCCESS");
      expect(typesOf(await harness.eventsOf(run.runId))).toEqual(
        expect.arrayContaining(["RUN_START", "RUN_SUCCESS"]),
      );
    });

    it("is idempotent: submitting a run again, or twice at once, submits and starts it once", async () => {
      const run = await harness.addRun("hello_job");
      await Promise.all([coordinator.submitRun(run), coordinator.submitRun(run)]);
      const again = await coordinator.submitRun(run);
      expect(again.status).not.toBe("NOT_STARTED");
      expect((await harness.waitForRun(run.runId)).status).toBe("SUCCESS");
      expect(await coordinator.submitRun(run)).toMatchObject({ status: "SUCCESS" });
      expect(await submittedTypes(run.runId)).toEqual([harness.submitted.eventType]);
      expect(
        typesOf(await harness.eventsOf(run.runId)).filter(
          (type) => type === "RUN_START" || type === "RUN_STARTING",
        ),
      ).toEqual(["RUN_STARTING", "RUN_START"]);
    });

    it("cancels a run not yet started directly; submitting it afterwards starts nothing", async () => {
      const run = await harness.addRun("hello_job");
      expect(await coordinator.cancelRun(run.runId)).toBe(true);
      expect((await harness.getRun(run.runId))?.status).toBe("CANCELED");
      expect(await coordinator.submitRun(run)).toMatchObject({ status: "CANCELED" });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(typesOf(await harness.eventsOf(run.runId))).toEqual(["RUN_CANCELING", "RUN_CANCELED"]);
    });

    it("cancels a running run through its worker: CANCELING, then the worker ends it CANCELED", async () => {
      const run = await harness.addRun("slow_job", { seconds: 30 });
      await coordinator.submitRun(run);
      await harness.waitForEvent(run.runId, "STEP_START");
      expect(await coordinator.cancelRun(run.runId)).toBe(true);
      expect(["CANCELING", "CANCELED"]).toContain((await harness.getRun(run.runId))?.status);
      expect((await harness.waitForRun(run.runId)).status).toBe("CANCELED");
      expect(typesOf(await harness.eventsOf(run.runId))).toContain("RUN_CANCELING");
    });

    it("refuses to cancel an unknown or finished run", async () => {
      expect(await coordinator.cancelRun("no-such-run")).toBe(false);
      const run = await harness.addRun("hello_job");
      await coordinator.submitRun(run);
      await harness.waitForRun(run.runId);
      expect(await coordinator.cancelRun(run.runId)).toBe(false);
    });

    it("ends a run whose launch fails FAILURE, with the error in its log, and still starts the others", async () => {
      const [broken, fine] = await Promise.all([harness.addRun("no_such_job"), harness.addRun("hello_job")]);
      expect(harness.submitted.statuses.concat(["FAILURE"])).toContain(
        (await coordinator.submitRun(broken)).status,
      );
      await coordinator.submitRun(fine);
      expect((await harness.waitForRun(broken.runId)).status).toBe("FAILURE");
      expect((await harness.waitForRun(fine.runId)).status).toBe("SUCCESS");
      const events = await harness.eventsOf(broken.runId);
      expect(typesOf(events)).toEqual(harness.launchFailure.eventTypes);
      const error = events.find((event) => event.eventType === "ENGINE_EVENT");
      expect(error).toMatchObject({
        level: "ERROR",
        data: { errorSource: "FRAMEWORK_ERROR", error: { message: expect.stringContaining("no_such_job") } },
      });
      expect(error?.message).toMatch(harness.launchFailure.message);
    });

    it("throws NOT_FOUND for a run that does not exist", async () => {
      const ghost = await harness.addRun("hello_job");
      await harness.deleteRun(ghost.runId);
      await expect(coordinator.submitRun(ghost)).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
  });
}
