/**
 * The run page in Chromium against the running system: a run followed live from QUEUED to SUCCESS with
 * its Gantt bars and log lines appearing, the log filtered by a step, a slow run terminated from its
 * page, and a failed run re-executed from failure into a new run that executes only what failed. A
 * step's captured stdout and stderr are shown from its LOGS_CAPTURED log key and offered for download.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { graphql, screenshot, useBrowser } from "./browser";
import { fillRunQueue, launchRun, terminate, waitForStatus } from "./run-fixtures";

const browser = useBrowser();
const ETL_CONFIG = { ops: { extract: { config: { source_url: "s3://b/a.csv" } } } };

const details = (page: Page) => page.getByRole("region", { name: "Run details" });
const eventLog = (page: Page) => page.getByRole("table", { name: "Event log" });
const gantt = (page: Page) => page.getByRole("table", { name: "Step timeline" });

describe("run page", () => {
  it("follows etl_job live from QUEUED to SUCCESS, draws every step, filters the log by step and re-executes it", async () => {
    const blockers = await fillRunQueue();
    const runId = await launchRun("etl_job", { runConfig: ETL_CONFIG, tags: { suite: "run-page" } });
    const page = await browser.open(`/runs/${runId}`);
    try {
      await details(page).getByText("QUEUED", { exact: true }).waitFor();
      await page.getByText("● Live").waitFor();
      // Queued: the planned steps are rows already, without bars.
      await gantt(page).getByRole("button", { name: "load", exact: true }).waitFor();
      await expect(gantt(page).getByRole("img").count()).resolves.toBe(0);
      await screenshot(page, "run-queued");
    } finally {
      await terminate(blockers);
    }
    await details(page).getByText("SUCCESS", { exact: true }).waitFor({ timeout: 30_000 });
    for (const step of ["extract", "transform_a", "transform_b", "load"]) {
      await gantt(page)
        .getByRole("img", { name: new RegExp(`^${step} attempt 1: success`) })
        .waitFor();
    }
    await eventLog(page).getByText("extracted 10 rows from s3://b/a.csv").waitFor();
    await eventLog(page).getByText("RUN_SUCCESS", { exact: true }).waitFor();
    await expect(page.getByRole("button", { name: "Terminate" }).count()).resolves.toBe(0);
    await screenshot(page, "run-success");

    await gantt(page).getByRole("button", { name: "transform_a", exact: true }).click();
    await page.waitForURL(/steps=transform_a/);
    await eventLog(page).getByText("transform_a counted 10 rows").waitFor();
    await expect(eventLog(page).getByText("extracted 10 rows from s3://b/a.csv").count()).resolves.toBe(0);
    const stepCells = await eventLog(page).getByTestId("event-step").allTextContents();
    expect(stepCells.length).toBeGreaterThan(3);
    expect(new Set(stepCells)).toEqual(new Set(["transform_a"]));
    await expect(
      gantt(page).getByRole("checkbox", { name: "Select step transform_a" }).isChecked(),
    ).resolves.toBe(true);
    await screenshot(page, "run-log-filtered-by-step");

    // The filter is in the URL: it survives a reload.
    await page.reload();
    await eventLog(page).getByText("transform_a counted 10 rows").waitFor();
    await expect(eventLog(page).getByText("extracted 10 rows from s3://b/a.csv").count()).resolves.toBe(0);

    // The selected step's captured stdout (the transforms print their progress), and its stderr.
    await page.getByRole("tab", { name: "Captured stdout / stderr" }).click();
    const stdout = page.getByLabel("stdout of transform_a");
    await stdout.getByText("transform_a: counting 10 rows").waitFor();
    const download = await page.getByRole("link", { name: "Download stdout" }).getAttribute("href");
    expect(download).toMatch(/^\/logs\//);
    expect(await (await page.request.get(download as string)).text()).toContain(
      "transform_a: counting 10 rows",
    );
    await screenshot(page, "run-captured-stdout");
    await page.getByRole("tab", { name: "stderr", exact: true }).click();
    // As in Dagster, the step's context.log lines are also written to its stderr.
    await page
      .getByLabel("stderr of transform_a")
      .getByText(/dagster - INFO - etl_job - .* - transform_a - transform_a counted 10 rows/)
      .waitFor();

    // The selected step alone, re-executed: a new run of just transform_a, its input loaded from this run.
    await page.getByRole("button", { name: "Re-execute selected (1)" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/runs/") && !url.pathname.endsWith(runId));
    await details(page).getByText("SUCCESS", { exact: true }).waitFor({ timeout: 30_000 });
    await gantt(page)
      .getByRole("img", { name: /^transform_a attempt 1: success/ })
      .waitFor();
    await expect(gantt(page).getByRole("row").count()).resolves.toBe(2); // the axis and transform_a
    await details(page)
      .getByRole("link", { name: `Parent run ${runId}` })
      .waitFor();
  });

  it("terminates slow_job from its page once it has started", async () => {
    const runId = await launchRun("slow_job", {
      runConfig: { ops: { slow_op: { config: { seconds: 60 } } } },
    });
    const page = await browser.open(`/runs/${runId}`);
    await details(page).getByText("STARTED", { exact: true }).waitFor({ timeout: 30_000 });
    await gantt(page)
      .getByRole("img", { name: /^slow_op attempt 1: running/ })
      .waitFor();
    await eventLog(page).getByText("slow_op: 1/60 s").waitFor({ timeout: 10_000 });
    await screenshot(page, "run-started");

    await page.getByRole("button", { name: "Terminate", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Terminate this run?" });
    await dialog.getByRole("button", { name: "Terminate", exact: true }).click();
    await details(page).getByText("CANCELED", { exact: true }).waitFor({ timeout: 30_000 });
    await eventLog(page).getByText("RUN_CANCELED", { exact: true }).waitFor();
    await expect(page.getByRole("button", { name: "Terminate", exact: true }).count()).resolves.toBe(0);
    await screenshot(page, "run-canceled");
    await expect(waitForStatus(runId, ["CANCELED"])).resolves.toBe("CANCELED");
  });

  it("re-executes failing_job from failure into a run of explode and after_explode only, linked to its parent", async () => {
    const parentId = await launchRun("failing_job");
    await waitForStatus(parentId, ["FAILURE"]);
    const page = await browser.open(`/runs/${parentId}`);
    await gantt(page)
      .getByRole("img", { name: /^explode attempt 1: failure/ })
      .waitFor();
    const failure = eventLog(page).getByRole("row").filter({ hasText: "STEP_FAILURE" });
    await failure.getByRole("button", { name: "Expand" }).click();
    await failure.getByText("explode: boom (value was 21)").first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "run-failure-expanded");

    await page.getByRole("button", { name: "Re-execute from failure" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/runs/") && !url.pathname.endsWith(parentId));
    const childId = decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1) ?? "");
    await details(page).getByText("FAILURE", { exact: true }).waitFor({ timeout: 30_000 });
    await gantt(page)
      .getByRole("img", { name: /^explode attempt 1: failure/ })
      .waitFor();
    await gantt(page).getByRole("img", { name: "after_explode: skipped" }).waitFor();
    await expect(gantt(page).getByRole("button", { name: "prepare", exact: true }).count()).resolves.toBe(0);
    await expect(eventLog(page).getByText('Started execution of step "prepare".').count()).resolves.toBe(0);
    await screenshot(page, "run-reexecuted-from-failure");

    await details(page)
      .getByRole("link", { name: `Parent run ${parentId}` })
      .click();
    await page.waitForURL((url) => url.pathname.endsWith(parentId));
    await gantt(page).getByRole("button", { name: "prepare", exact: true }).waitFor();
    const { runOrError } = await graphql<{
      runOrError: { parentRunId?: string | null; stepKeysToExecute?: string[] | null };
    }>(`query ($runId: ID!) { runOrError(runId: $runId) { ... on Run { parentRunId stepKeysToExecute } } }`, {
      runId: childId,
    });
    expect(runOrError.parentRunId).toBe(parentId);
    expect([...(runOrError.stepKeysToExecute ?? [])].sort()).toEqual(["after_explode", "explode"]);
  });
});
