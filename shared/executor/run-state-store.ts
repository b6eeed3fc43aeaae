/**
 * RunStateStore: the durable per-run state a run worker resumes from after a restart: each step's
 * status and attempt, and whether the run started and how it ended. Each transition is stored BEFORE
 * the event announcing it is written, so a resumed run never repeats STEP_SUCCESS or a run event.
 * @module
 */
import { z } from "zod";
import { RunOutcomeSchema } from "./run-outcome";
import { NewEventSchema } from "../instance-api/instance-api-http";
import type { NewEvent } from "../storage/event-log-storage";

export const StepStateSchema = z.object({
  status: z.enum(["RUNNING", "SUCCESS", "FAILURE", "SKIPPED", "UP_FOR_RETRY"]),
  /** The attempt running (RUNNING), last run (SUCCESS/FAILURE) or due next (UP_FOR_RETRY); 0-based. */
  attempt: z.number().int().min(0),
  /** UP_FOR_RETRY: when the next attempt may start, epoch milliseconds. */
  retryAt: z.number().optional(),
  /** SUCCESS: the outputs the step produced (an optional output may be missing). */
  outputNames: z.array(z.string()).optional(),
  /** SUCCESS: the mapping keys of each dynamic output the step produced, in the order it yielded them. */
  mappingKeys: z.record(z.string(), z.array(z.string())).optional(),
});
export type StepState = z.infer<typeof StepStateSchema>;
export type StepStatus = StepState["status"];

export const RunStateSchema = z.object({
  /** RUN_START was emitted. */
  started: z.boolean(),
  /** How the run ended; stored before the terminal run event is written. */
  outcome: RunOutcomeSchema.optional(),
  /** The terminal run event reached the event sink. */
  terminalEventWritten: z.boolean().optional(),
});
export type RunState = z.infer<typeof RunStateSchema>;

/** What getUnsentEvents reads back: events as the instance API takes them. */
export const UnsentEventsSchema = z.array(NewEventSchema);

export interface RunStateStore {
  getStepState(stepKey: string): Promise<StepState | undefined>;
  /** Every step that has a state, by step key (one read when a worker resumes). */
  getStepStates(): Promise<ReadonlyMap<string, StepState>>;
  /** Durable once the promise resolves. */
  setStepState(stepKey: string, state: StepState): Promise<void>;
  getRunState(): Promise<RunState | undefined>;
  setRunState(state: RunState): Promise<void>;
  /**
   * Events an attempt could not send (the instance unreachable): they announce state already stored here,
   * which the next attempt will not announce again, so it sends them first. Empty when there are none.
   */
  getUnsentEvents(): Promise<NewEvent[]>;
  setUnsentEvents(events: readonly NewEvent[]): Promise<void>;
}
