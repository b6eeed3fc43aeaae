// A run worker's surroundings for unit tests: real SDK definitions run in process, real in-memory
// storage (state and outputs in one key-value store, as in a Durable Object), an event sink that keeps
// what it receives, and a clock that only moves when the worker sleeps.
import type { JobSnapshot } from "../../../shared/protocol/code-location-protocol";
import type { Definitions } from "../../../shared/definitions";
import type { DagsterEventType } from "../../../shared/events/event-types";
import type { RunServices } from "../../../shared/executor/executor";
import { createInProcessStepRunner } from "../../../shared/executor/in-process-step-runner";
import type { RunOutcome } from "../../../shared/executor/run-outcome";
import type { IOManager } from "../../../shared/io-manager/io-manager";
import { KeyValueIOManager } from "../../../shared/io-manager/kv-io-manager";
import { createEventWriter } from "../../../shared/executor/event-writer";
import { executeRun, type RunToExecute } from "../../../shared/run-worker/execute-run";
import { KeyValueRunStateStore } from "../../../shared/run-worker/key-value-run-state-store";
import { MemoryKeyValueStore, type KeyValueStore } from "../../../shared/storage/key-value-store";
import type { NewEvent } from "../../../shared/storage/event-log-storage";

export const START_TIME = 1_700_000_000_000;

export class RunHarness {
  /** Every event the sink received, in order, across workers. */
  readonly stored: NewEvent[] = [];
  sinkCalls = 0;
  /** Every sleep the workers asked for, in milliseconds. */
  readonly slept: number[] = [];
  clock = START_TIME;
  terminationRequested = false;
  readonly state: KeyValueRunStateStore;
  ioManager: IOManager;

  /** `kv` is the run worker's storage: run state and outputs, as in one Durable Object. */
  constructor(
    readonly definitions: Definitions,
    readonly runId = "run-1",
    readonly kv: KeyValueStore = new MemoryKeyValueStore(),
  ) {
    this.state = new KeyValueRunStateStore(kv);
    this.ioManager = new KeyValueIOManager(kv);
  }

  /** The services of one run worker; each call is a fresh worker (new event buffer) over the same storage. */
  worker(overrides: Partial<RunServices> = {}): RunServices {
    return {
      stepRunner: createInProcessStepRunner(this.definitions),
      events: createEventWriter({
        sink: async (events) => {
          this.sinkCalls += 1;
          this.stored.push(...events);
        },
      }),
      state: this.state,
      ioManager: this.ioManager,
      now: () => this.clock,
      sleep: async (ms) => {
        this.slept.push(ms);
        this.clock += ms;
      },
      isTerminationRequested: () => this.terminationRequested,
      ...overrides,
    };
  }

  async job(name: string): Promise<JobSnapshot> {
    const job = (await this.definitions.snapshot()).jobs.find((candidate) => candidate.name === name);
    if (job === undefined) throw new Error(`test setup: no job ${name}`);
    return job;
  }

  async execute(
    jobName: string,
    run: Partial<RunToExecute> = {},
    overrides: Partial<RunServices> = {},
  ): Promise<RunOutcome> {
    return executeRun({
      ...this.worker(overrides),
      run: { runId: this.runId, jobName, runConfig: {}, ...run },
      job: await this.job(jobName),
    });
  }

  /** Event types in order (user log lines as "LOG"), optionally of one step only. */
  types(stepKey?: string): (DagsterEventType | "LOG")[] {
    return this.stored
      .filter((event) => stepKey === undefined || event.stepKey === stepKey)
      .map((event) => event.eventType ?? "LOG");
  }

  eventsOf(eventType: DagsterEventType, stepKey?: string): NewEvent[] {
    return this.stored.filter(
      (event) => event.eventType === eventType && (stepKey === undefined || event.stepKey === stepKey),
    );
  }
}
