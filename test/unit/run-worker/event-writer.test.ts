import { describe, expect, it } from "vitest";
import { defineDefinitions } from "../../../shared/definitions";
import { createEventWriter } from "../../../shared/executor/event-writer";
import type { NewEvent } from "../../../shared/storage/event-log-storage";
import { chainJob } from "../executor/sample-jobs";
import { RunHarness } from "./run-harness";

const event = (index: number): NewEvent => ({
  runId: "run-1",
  timestamp: index,
  level: "INFO",
  message: `event ${index}`,
  eventType: null,
});
const messages = (events: readonly NewEvent[]) => events.map((written) => written.message);
const range = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, index) => `event ${from + index}`);

describe("EventWriter", () => {
  it("writes in batches of at most maxBatchSize, in order", async () => {
    const batches: NewEvent[][] = [];
    const writer = createEventWriter({
      sink: async (events) => void batches.push(events),
      maxBatchSize: 100,
      maxDelayMs: 60_000,
    });
    for (let index = 0; index < 250; index++) writer.write(event(index));
    await writer.flush();
    expect(batches.map((batch) => batch.length)).toEqual([100, 100, 50]);
    expect(messages(batches.flat())).toEqual(range(0, 250));
  });

  it("flushes on its own within maxDelayMs", async () => {
    const written: NewEvent[] = [];
    const writer = createEventWriter({ sink: async (events) => void written.push(...events), maxDelayMs: 5 });
    writer.write(event(1));
    expect(written).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(messages(written)).toEqual(["event 1"]);
  });

  it("keeps events of a failed write and writes them first next time, so order survives a failure", async () => {
    const written: NewEvent[] = [];
    let failNext = true;
    const writer = createEventWriter({
      sink: async (events) => {
        if (failNext) {
          failNext = false;
          throw new Error("storage unavailable");
        }
        written.push(...events);
      },
      maxDelayMs: 60_000,
    });
    writer.write(event(0));
    writer.write(event(1));
    await expect(writer.flush()).rejects.toThrow("storage unavailable");
    writer.write(event(2));
    await writer.flush();
    expect(messages(written)).toEqual(range(0, 3));
  });

  it("never has two writes in flight, even when flushes overlap", async () => {
    const written: NewEvent[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const writer = createEventWriter({
      sink: async (events) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        written.push(...events);
        inFlight -= 1;
      },
      maxBatchSize: 2,
      maxDelayMs: 60_000,
    });
    const flushes: Promise<void>[] = [];
    for (let index = 0; index < 7; index++) {
      writer.write(event(index));
      flushes.push(writer.flush());
    }
    await Promise.all(flushes);
    expect(maxInFlight).toBe(1);
    expect(messages(written)).toEqual(range(0, 7));
  });

  it("writes a 1,000-step run in far fewer round trips than steps", async () => {
    const harness = new RunHarness(defineDefinitions({ jobs: [chainJob(1000)] }));
    expect((await harness.execute("chain_job")).status).toBe("SUCCESS");
    expect(harness.eventsOf("STEP_SUCCESS")).toHaveLength(1000);
    expect(harness.types()[0]).toBe("RUN_START");
    expect(harness.types().at(-1)).toBe("RUN_SUCCESS");
    expect(harness.sinkCalls).toBeLessThan(100);
    expect(
      await harness.ioManager.loadInput({ runId: "run-1", stepKey: "add_999", outputName: "result" }),
    ).toBe(1000);
  });
});
