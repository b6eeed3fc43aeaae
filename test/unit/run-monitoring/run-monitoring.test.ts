import { runRecord } from "../run-record";
import { describe, expect, it } from "vitest";
import { loadInstanceConfig } from "../../../shared/config/instance-config";
import type { RunWorkerHealth } from "../../../shared/protocol/code-location-protocol";
import type { RunStatus } from "../../../shared/storage/run-status";
import {
  countResumeAttempts,
  maxRuntimeAction,
  statusTimeoutAction,
  workerHealthAction,
} from "../../../shared/daemon/run-monitoring/run-monitoring";
import type { EventRecord } from "../../../shared/storage/event-log-storage";
import type { RunRecord } from "../../../shared/storage/run-storage";

const config = (yaml = "") =>
  loadInstanceConfig(
    `run_monitoring: { start_timeout_seconds: 60, cancel_timeout_seconds: 30, max_resume_run_attempts: 2${yaml} }`,
    { source: "test", env: {} },
  ).runMonitoring;

/** A run that entered `status` at t=1000 s (and started then, when STARTED). */
const run = (status: RunStatus, tags: Record<string, string> = {}): RunRecord =>
  runRecord({ status, tags, startTime: status === "STARTED" ? 1000 : null });

const health = (status: RunWorkerHealth["status"]): RunWorkerHealth => ({ status });

describe("statusTimeoutAction", () => {
  it("fails a run STARTING longer than start_timeout_seconds with START_TIMEOUT, and not before", () => {
    expect(statusTimeoutAction(run("STARTING"), config(), 1060)).toBeNull();
    expect(statusTimeoutAction(run("STARTING"), config(), 1061)).toMatchObject({
      kind: "fail",
      reason: "START_TIMEOUT",
      message: expect.stringContaining("60 seconds to start"),
    });
  });

  it("marks a run CANCELING longer than cancel_timeout_seconds canceled, and not before", () => {
    expect(statusTimeoutAction(run("CANCELING"), config(), 1030)).toBeNull();
    expect(statusTimeoutAction(run("CANCELING"), config(), 1031)).toMatchObject({ kind: "mark_canceled" });
  });

  it("leaves other statuses alone however long they sit", () => {
    for (const status of ["STARTED", "QUEUED", "SUCCESS"] as const)
      expect(statusTimeoutAction(run(status), config(), 99_999)).toBeNull();
  });
});

describe("workerHealthAction", () => {
  const resume = (attempts: number, supported = true) => ({ attempts, supported });

  it("resumes a FAILED or NOT_FOUND worker, numbering the attempts, while below max_resume_run_attempts", () => {
    expect(workerHealthAction(run("STARTED"), health("NOT_FOUND"), resume(0), config())).toMatchObject({
      kind: "resume",
      attempt: 1,
      message: expect.stringContaining("(attempt 1)"),
    });
    expect(workerHealthAction(run("STARTED"), health("FAILED"), resume(1), config())).toMatchObject({
      kind: "resume",
      attempt: 2,
    });
  });

  it("fails with RUN_WORKER_RESTART once the attempts are used up, or when the launcher cannot resume", () => {
    expect(workerHealthAction(run("STARTED"), health("FAILED"), resume(2), config())).toMatchObject({
      kind: "fail",
      reason: "RUN_WORKER_RESTART",
      message: expect.stringContaining("maximum attempts"),
    });
    expect(workerHealthAction(run("STARTED"), health("NOT_FOUND"), resume(0, false), config())).toMatchObject(
      { kind: "fail", reason: "RUN_WORKER_RESTART" },
    );
  });

  it("leaves RUNNING, UNKNOWN (location unreachable), SUCCESS and CANCELED workers alone", () => {
    for (const status of ["RUNNING", "UNKNOWN", "SUCCESS", "CANCELED"] as const)
      expect(workerHealthAction(run("STARTED"), health(status), resume(0), config())).toBeNull();
  });

  it("acts only on STARTED runs", () => {
    expect(workerHealthAction(run("CANCELING"), health("NOT_FOUND"), resume(0), config())).toBeNull();
  });
});

describe("maxRuntimeAction", () => {
  it("never terminates without a limit (max_runtime_seconds 0, no tag)", () => {
    expect(maxRuntimeAction(run("STARTED"), config(), 1_000_000)).toBeNull();
  });

  it("terminates a run past max_runtime_seconds, and not before", () => {
    expect(maxRuntimeAction(run("STARTED"), config(", max_runtime_seconds: 100"), 1100)).toBeNull();
    expect(maxRuntimeAction(run("STARTED"), config(", max_runtime_seconds: 100"), 1101)).toMatchObject({
      kind: "terminate",
      message: expect.stringContaining("100 seconds"),
    });
  });

  it("prefers a positive dagster/max_runtime tag and ignores a malformed one", () => {
    const tagged = (value: string) => run("STARTED", { "dagster/max_runtime": value });
    expect(maxRuntimeAction(tagged("10"), config(", max_runtime_seconds: 100"), 1011)).toMatchObject({
      kind: "terminate",
    });
    expect(maxRuntimeAction(tagged("soon"), config(", max_runtime_seconds: 100"), 1011)).toBeNull();
    expect(maxRuntimeAction(tagged("10"), config(), 1010)).toBeNull();
  });
});

describe("countResumeAttempts", () => {
  it("counts only ENGINE_EVENTs carrying resumeAttempt", () => {
    const event = (eventType: EventRecord["eventType"], data: EventRecord["data"]): EventRecord => ({
      runId: "r1",
      storageId: 1,
      timestamp: 0,
      level: "INFO",
      message: "",
      stepKey: null,
      eventType,
      data,
    });
    const events = [
      event("ENGINE_EVENT", { resumeAttempt: 1 }),
      event("ENGINE_EVENT", null),
      event("ENGINE_EVENT", { resumeAttempt: 2 }),
      event("RUN_START", { resumeAttempt: 3 }),
    ];
    expect(countResumeAttempts(events)).toBe(2);
  });
});
