/**
 * Ends a run with a plain `N passed, N failed, N skipped` line alone on its line, which CI reads regardless
 * of runner. What counts as a failure besides failed tests (files that failed to run, failing hooks,
 * unhandled errors) is decided in summary-counts.ts.
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason, TestSpecification } from "vitest/node";
import { countSummary, type FileOutcome, summaryLine } from "./summary-counts";

const fileKey = (projectName: string, moduleId: string) => `${projectName}\u0000${moduleId}`;

export default class SummaryLineReporter implements Reporter {
  /** Every file the run set out to run: when a globalSetup fails vitest aborts and reports none of them. */
  private scheduled = new Set<string>();

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    this.scheduled = new Set(specifications.map((spec) => fileKey(spec.project.name, spec.moduleId)));
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const reported = new Set(testModules.map((module) => fileKey(module.project.name, module.moduleId)));
    const neverReported: FileOutcome[] = [...this.scheduled]
      .filter((key) => !reported.has(key))
      .map(() => ({ finished: false, tests: [], failedGroups: 0 }));
    const counts = countSummary(
      [...testModules.map(outcomeOf), ...neverReported],
      unhandledErrors.length,
      reason === "failed",
    );
    console.log(`\n${summaryLine(counts)}`);
  }
}

function outcomeOf(module: TestModule): FileOutcome {
  const state = module.state();
  return {
    finished: state !== "queued" && state !== "pending",
    tests: [...module.children.allTests()].map((test) => test.result().state),
    failedGroups: [module, ...module.children.allSuites()].filter((group) => group.errors().length > 0)
      .length,
  };
}
