/**
 * How the closing `N passed, N failed, N skipped` line counts a run, as pure logic over what each test file
 * reported. Counted as one failure each, besides failed tests:
 * - a file or suite that failed of its own: a failed import or collection, a failing beforeAll/afterAll
 *   (the tests such a hook kept from running stay counted as skipped, since they did not run);
 * - a file that was scheduled but never finished, e.g. because a project's globalSetup failed and vitest
 *   aborted the run;
 * - an unhandled error (an uncaught exception or rejection), which fails the run although no test did.
 * A run vitest ended as failed for a reason none of these shows still counts one failure, so the line
 * never reads "0 failed" while the command exits non-zero.
 */
import type { TestState } from "vitest/node";

export interface FileOutcome {
  /** Whether the file ran to its end. */
  finished: boolean;
  /** The states of its tests. */
  tests: ReadonlyArray<TestState>;
  /** How many of the file itself and its suites failed of their own (collection, hooks): each has errors of its own. */
  failedGroups: number;
}

export interface SummaryCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export function countSummary(
  files: ReadonlyArray<FileOutcome>,
  unhandledErrors: number,
  runFailed: boolean,
): SummaryCounts {
  const counts: SummaryCounts = { passed: 0, failed: unhandledErrors, skipped: 0 };
  for (const file of files) {
    for (const state of file.tests) {
      if (state === "passed") counts.passed++;
      else if (state === "failed") counts.failed++;
      else counts.skipped++;
    }
    counts.failed += file.failedGroups > 0 ? file.failedGroups : file.finished ? 0 : 1;
  }
  if (runFailed && counts.failed === 0) counts.failed = 1;
  return counts;
}

/** The closing line, plain (no colours) so CI can read it whatever the runner. */
export function summaryLine(counts: SummaryCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}
