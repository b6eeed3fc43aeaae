/**
 * The runs list in Chromium against the running system: filtering by tag, status and job (kept in the
 * URL, so a reload keeps them), cursor paging through more runs than a page holds, and bulk terminate
 * and re-execute of selected runs with a per-run result. Each test tags its runs with a fresh value and
 * filters on it, since the system is shared with other test files.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot, useBrowser } from "./browser";
import { launchRun, launchRuns, terminateTagged, waitForStatus } from "./run-fixtures";

const browser = useBrowser();
const ETL_CONFIG = { ops: { extract: { config: { source_url: "s3://b/a.csv" } } } };
const unique = (name: string) => `${name}-${Date.now().toString(36)}`;

const runsTable = (page: Page) => page.getByRole("table", { name: "Runs" });
const runRows = (page: Page) => runsTable(page).locator("tbody tr");
/** Waits (as a user would) until the table shows `count` rows. */
const expectRows = (page: Page, count: number) =>
  expect.poll(() => runRows(page).count(), { timeout: 15_000 }).toBe(count);
const rowOf = (page: Page, runId: string) =>
  runRows(page).filter({ has: page.getByRole("checkbox", { name: `Select run ${runId}` }) });

async function addTagFilter(page: Page, tag: string): Promise<void> {
  await page.getByRole("combobox", { name: "Tag" }).fill(tag);
  await page.getByRole("combobox", { name: "Tag" }).press("Enter");
  await page.waitForURL((url) => url.searchParams.getAll("tag").includes(tag));
}

describe("runs list", () => {
  it("filters by tag, status and job through the URL, and keeps the filters over a reload", async () => {
    const suite = unique("filters");
    const etlRuns = await launchRuns("etl_job", { runConfig: ETL_CONFIG, tags: { suite }, count: 2 });
    const failed = await launchRun("failing_job", { tags: { suite } });
    await Promise.all([
      ...etlRuns.map((runId) => waitForStatus(runId, ["SUCCESS"])),
      waitForStatus(failed, ["FAILURE"]),
    ]);

    const page = await browser.open("/runs");
    await runRows(page).first().waitFor();
    await screenshot(page, "runs-list");

    await addTagFilter(page, `suite=${suite}`);
    await expectRows(page, 3);
    // Newest first: the failing_job run was launched last.
    await expect(
      runRows(page)
        .first()
        .getByRole("link", { name: failed.slice(0, 8) })
        .count(),
    ).resolves.toBe(1);

    await page.locator("summary").filter({ hasText: "Status" }).click();
    await page.getByRole("checkbox", { name: "FAILURE" }).check();
    await page.waitForURL((url) => url.searchParams.get("status") === "FAILURE");
    await expectRows(page, 1);
    await rowOf(page, failed).waitFor();
    await screenshot(page, "runs-filtered");

    await page.reload();
    await rowOf(page, failed).waitFor();
    await expect(runRows(page).count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: "Remove filter status: FAILURE" }).count()).resolves.toBe(
      1,
    );
    await expect(
      page.getByRole("button", { name: `Remove filter tag: suite=${suite}` }).count(),
    ).resolves.toBe(1);

    await page.getByRole("button", { name: "Remove filter status: FAILURE" }).click();
    await page.getByRole("combobox", { name: "Job" }).selectOption("etl_job");
    await page.waitForURL(
      (url) => url.searchParams.get("job") === "etl_job" && !url.searchParams.has("status"),
    );
    await expectRows(page, 2);
    for (const runId of etlRuns) await rowOf(page, runId).waitFor();

    // Clicking a tag chip on a row filters by it too.
    await page.getByRole("button", { name: "Clear all" }).click();
    await page.waitForURL((url) => url.search === "");
    await rowOf(page, failed)
      .getByRole("button", { name: `suite=${suite}` })
      .click();
    await page.waitForURL((url) => url.searchParams.get("tag") === `suite=${suite}`);
    await expectRows(page, 3);
  });

  it("pages through more runs than one page holds, older and newer", async () => {
    const suite = unique("paging");
    const runIds = await launchRuns("hello_job", { tags: { suite }, count: 55 });
    const page = await browser.open(`/runs?tag=${encodeURIComponent(`suite=${suite}`)}`);
    await expectRows(page, 50);
    await rowOf(page, runIds.at(-1) as string).waitFor();
    await expect(page.getByText("55 matching runs").count()).resolves.toBe(1);

    await page.getByRole("button", { name: "Older →" }).click();
    await page.waitForURL((url) => url.searchParams.has("cursor"));
    await expectRows(page, 5);
    await rowOf(page, runIds[0] as string).waitFor();
    await expect(page.getByText("Runs 51–55").count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: "Older →" }).isDisabled()).resolves.toBe(true);
    await screenshot(page, "runs-older-page");

    await page.getByRole("button", { name: "← Newer" }).click();
    await page.waitForURL((url) => !url.searchParams.has("cursor"));
    await expectRows(page, 50);
    await rowOf(page, runIds.at(-1) as string).waitFor();
  });

  it("terminates two started slow_job runs and re-executes two finished runs in bulk, reporting each", async () => {
    const suite = unique("bulk");
    const slow = await launchRuns("slow_job", {
      runConfig: { ops: { slow_op: { config: { seconds: 120 } } } },
      tags: { suite },
      count: 2,
    });
    await Promise.all(slow.map((runId) => waitForStatus(runId, ["STARTED", "QUEUED"])));
    const page = await browser.open(`/runs?tag=${encodeURIComponent(`suite=${suite}`)}`);
    await expectRows(page, 2);

    await page.getByRole("checkbox", { name: "Select all runs on this page" }).check();
    await page.getByRole("region", { name: "Selected runs" }).getByText("2 selected").waitFor();
    await page
      .getByRole("region", { name: "Selected runs" })
      .getByRole("button", { name: "Terminate" })
      .click();
    const confirm = page.getByRole("dialog", { name: "Terminate 2 selected runs?" });
    await confirm.getByText("2 queued or started runs will be terminated.").waitFor();
    await screenshot(page, "runs-bulk-terminate-confirm");
    await confirm.getByRole("button", { name: "Terminate 2 runs" }).click();
    const result = page.getByRole("dialog", { name: "Terminate: result" });
    await result.getByText("2 runs terminated").waitFor();
    await screenshot(page, "runs-bulk-terminate-result");
    await result.getByRole("button", { name: "Close" }).click();
    await Promise.all(slow.map((runId) => waitForStatus(runId, ["CANCELED"])));
    for (const runId of slow) await rowOf(page, runId).getByText("CANCELED").waitFor();
    await expect(page.getByRole("region", { name: "Selected runs" }).count()).resolves.toBe(0);

    // Shift-click selects the range; re-executing both reports the new runs.
    await rowOf(page, slow[1] as string)
      .getByRole("checkbox")
      .click();
    await rowOf(page, slow[0] as string)
      .getByRole("checkbox")
      .click({ modifiers: ["Shift"] });
    await page.getByRole("region", { name: "Selected runs" }).getByText("2 selected").waitFor();
    await page
      .getByRole("region", { name: "Selected runs" })
      .getByRole("button", { name: "Re-execute" })
      .click();
    await page
      .getByRole("dialog", { name: "Re-execute 2 selected runs?" })
      .getByRole("button", { name: "Re-execute 2 runs" })
      .click();
    const reexecuted = page.getByRole("dialog", { name: "Re-execute: result" });
    await reexecuted.getByText("2 runs re-executed").waitFor();
    await expect(reexecuted.getByRole("listitem").count()).resolves.toBe(2);
    await screenshot(page, "runs-bulk-reexecute-result");
    await reexecuted.getByRole("button", { name: "Close" }).click();
    // The re-executions inherit the tag, so the (polled) list shows them too.
    await expectRows(page, 4);
    await terminateTagged("suite", suite);
  });
});
