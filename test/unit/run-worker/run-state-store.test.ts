import { describe, expect, expectTypeOf, it } from "vitest";
import { DagflareError } from "../../../shared/errors/dagflare-error";
import {
  createInMemoryRunStateStore,
  KeyValueRunStateStore,
} from "../../../shared/run-worker/key-value-run-state-store";
import { MemoryKeyValueStore, type KeyValueStore } from "../../../shared/storage/key-value-store";

describe("KeyValueRunStateStore", () => {
  it("stores step and run state, and lists every step's state in one read", async () => {
    const store = createInMemoryRunStateStore();
    expect(await store.getRunState()).toBeUndefined();
    expect(await store.getStepState("a")).toBeUndefined();
    await store.setStepState("a", { status: "SUCCESS", attempt: 0, outputNames: ["result"] });
    await store.setStepState("b", { status: "UP_FOR_RETRY", attempt: 2, retryAt: 1234 });
    await store.setStepState("a", { status: "SUCCESS", attempt: 1, outputNames: [] });
    await store.setRunState({ started: true });
    expect(await store.getStepState("b")).toEqual({ status: "UP_FOR_RETRY", attempt: 2, retryAt: 1234 });
    expect([...(await store.getStepStates())]).toEqual([
      ["a", { status: "SUCCESS", attempt: 1, outputNames: [] }],
      ["b", { status: "UP_FOR_RETRY", attempt: 2, retryAt: 1234 }],
    ]);
    expect(await store.getRunState()).toEqual({ started: true });
  });

  it("keeps its keys under its prefix, so the same storage can hold other things", async () => {
    const kv = new MemoryKeyValueStore();
    await kv.put("outputs/run-1/a/result", "1");
    const store = new KeyValueRunStateStore(kv, { prefix: "state/" });
    await store.setStepState("a", { status: "RUNNING", attempt: 0 });
    expect([...(await kv.list({ prefix: "" })).keys()]).toEqual(["outputs/run-1/a/result", "state/step/a"]);
    expect([...(await store.getStepStates()).keys()]).toEqual(["a"]);
  });

  it("does not let a caller change stored state by mutating what it wrote or read", async () => {
    const store = createInMemoryRunStateStore();
    const state = { status: "SUCCESS" as const, attempt: 0, outputNames: ["result"] };
    await store.setStepState("a", state);
    state.outputNames.push("other");
    (await store.getStepState("a"))?.outputNames?.push("again");
    expect(await store.getStepState("a")).toEqual({ status: "SUCCESS", attempt: 0, outputNames: ["result"] });
  });

  it("rejects stored state it cannot read with STORAGE_ERROR naming the key", async () => {
    const kv = new MemoryKeyValueStore();
    await kv.put("run-state/step/a", { status: "DONE", attempt: 0 });
    const error = await new KeyValueRunStateStore(kv).getStepState("a").catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DagflareError);
    expect(error).toMatchObject({
      code: "STORAGE_ERROR",
      message: expect.stringMatching(/^run worker state "run-state\/step\/a" is not valid: status: /),
    });
  });

  it("accepts a Durable Object's storage as its key-value store", () => {
    expectTypeOf<DurableObjectStorage>().toExtend<KeyValueStore>();
  });
});
