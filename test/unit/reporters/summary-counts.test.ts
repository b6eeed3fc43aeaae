/** The closing line's counts: failed tests, and files or suites that failed to run, count as failed. */
import { describe, expect, it } from "vitest";
import { countSummary, type FileOutcome, summaryLine } from "../../reporters/summary-counts";

const file = (tests: FileOutcome["tests"], extra: Partial<FileOutcome> = {}): FileOutcome => ({
  finished: true,
  tests,
  failedGroups: 0,
  ...extra,
});

describe("countSummary", () => {
  it("counts tests by state when every file ran", () => {
    const counts = countSummary(
      [file(["passed", "passed", "skipped"]), file(["failed", "pending"])],
      0,
      true,
    );
    expect(counts).toEqual({ passed: 2, failed: 1, skipped: 2 });
  });

  it("counts a file that failed to import as one failure although it has no tests", () => {
    expect(countSummary([file(["passed"]), file([], { failedGroups: 1 })], 0, true)).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
    });
  });

  it("counts each suite whose hook failed once, and the tests it kept from running as skipped", () => {
    const beforeAllFailedInTwoSuites = file(["skipped", "skipped", "skipped", "passed"], { failedGroups: 2 });
    expect(countSummary([beforeAllFailedInTwoSuites], 0, true)).toEqual({ passed: 1, failed: 2, skipped: 3 });
  });

  it("adds failed groups to failed tests in the same file", () => {
    expect(countSummary([file(["failed", "passed"], { failedGroups: 1 })], 0, true).failed).toBe(2);
  });

  it("counts files that were scheduled but never finished (an aborted globalSetup) as one failure each", () => {
    const aborted = Array.from({ length: 8 }, () => file([], { finished: false }));
    expect(countSummary([file(["passed"]), ...aborted], 0, true)).toEqual({
      passed: 1,
      failed: 8,
      skipped: 0,
    });
  });

  it("does not count an unfinished file twice when it also reported its own errors", () => {
    expect(countSummary([file([], { finished: false, failedGroups: 1 })], 0, true).failed).toBe(1);
  });

  it("counts every unhandled error as a failure", () => {
    expect(countSummary([file(["passed", "passed"])], 3, true)).toEqual({ passed: 2, failed: 3, skipped: 0 });
  });

  it("never reports 0 failed for a run vitest failed, and 0 for one that passed", () => {
    expect(countSummary([file(["passed"])], 0, true).failed).toBe(1);
    expect(countSummary([], 0, true).failed).toBe(1);
    expect(countSummary([file(["passed", "skipped"])], 0, false)).toEqual({
      passed: 1,
      failed: 0,
      skipped: 1,
    });
  });
});

describe("summaryLine", () => {
  it("is the plain N passed, N failed, N skipped form", () => {
    expect(summaryLine({ passed: 677, failed: 8, skipped: 29 })).toBe("677 passed, 8 failed, 29 skipped");
  });
});
