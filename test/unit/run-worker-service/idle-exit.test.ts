/**
 * The run-worker service's idle exit (shared/run-worker/adapter/node-service/idle-exit.ts) with fake timers: a request in
 * flight (a step server's long executeStep) or a run executing keeps the service up; only time with
 * neither counts as idle.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { exitWhenIdle } from "../../../shared/run-worker/adapter/node-service/idle-exit";

const IDLE_MS = 120_000;

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** A request the test answers when it chooses. */
function pendingRequest() {
  let answer = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  return { answered, answer };
}

describe("exitWhenIdle", () => {
  it("exits once nothing happened for the idle time", async () => {
    const exit = vi.fn();
    exitWhenIdle({ idleMs: IDLE_MS, activeRuns: () => 0, exit });
    await vi.advanceTimersByTimeAsync(IDLE_MS - 1_000);
    expect(exit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(exit).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(IDLE_MS * 2);
    expect(exit).toHaveBeenCalledTimes(1);
  });

  it("stays up through a request longer than the idle time, and counts idle time from its end", async () => {
    const exit = vi.fn();
    const idle = exitWhenIdle({ idleMs: IDLE_MS, activeRuns: () => 0, exit });
    const step = pendingRequest();
    const answered = idle.track(() => step.answered.then(() => "result"));
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(exit).not.toHaveBeenCalled();
    step.answer();
    expect(await answered).toBe("result");
    await vi.advanceTimersByTimeAsync(IDLE_MS - 1_000);
    expect(exit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(exit).toHaveBeenCalledTimes(1);
  });

  it("counts a request that failed as finished", async () => {
    const exit = vi.fn();
    const idle = exitWhenIdle({ idleMs: IDLE_MS, activeRuns: () => 0, exit });
    await expect(idle.track(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(exit).toHaveBeenCalledTimes(1);
  });

  it("stays up while a run executes", async () => {
    const exit = vi.fn();
    let runs = 1;
    exitWhenIdle({ idleMs: IDLE_MS, activeRuns: () => runs, exit });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(exit).not.toHaveBeenCalled();
    runs = 0;
    await vi.advanceTimersByTimeAsync(IDLE_MS);
    expect(exit).toHaveBeenCalledTimes(1);
  });
});
