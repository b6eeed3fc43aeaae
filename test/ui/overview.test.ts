/**
 * The overview: run counts by status, a timeline bar for a run launched here (hover shows it, click opens
 * it), and daemon health rows, all read from the running system.
 */
import { describe, expect, it } from "vitest";
import { graphql, screenshot, useBrowser } from "./browser";

const browser = useBrowser();

const LAUNCH = `mutation ($job: String!) {
  launchRun(executionParams: { selector: { repositoryLocationName: "example", repositoryName: "__repository__", jobName: $job } }) {
    __typename ... on LaunchRunSuccess { run { runId } }
  }
}`;

async function launchRun(job: string): Promise<string> {
  const data = await graphql<{ launchRun: { __typename: string; run?: { runId: string } } }>(LAUNCH, { job });
  if (!data.launchRun.run) throw new Error(`launchRun answered ${data.launchRun.__typename}`);
  return data.launchRun.run.runId;
}

const runStatus = async (runId: string) =>
  (
    await graphql<{ runOrError: { status?: string } }>(
      `query ($runId: ID!) { runOrError(runId: $runId) { ... on Run { status } } }`,
      { runId },
    )
  ).runOrError.status;

const successCount = async (windowStart: number) =>
  (
    await graphql<{ runsOrError: { count: number } }>(
      `query ($after: Float!) { runsOrError(filter: { statuses: [SUCCESS], updatedAfter: $after }, limit: 1) { ... on Runs { count } } }`,
      { after: windowStart },
    )
  ).runsOrError.count;

describe("overview", () => {
  it("shows a launched run as a bar on the timeline, counts it, and opens it on click", async () => {
    const runId = await launchRun("hello_job");
    await expect.poll(() => runStatus(runId), { timeout: 60_000, interval: 500 }).toBe("SUCCESS");

    const page = await browser.open("/overview?hours=1");
    const bar = page.locator(`[data-run-id="${runId}"]`);
    await bar.waitFor();
    expect(await bar.getAttribute("class")).toContain("bg-success");
    // The bar sits in hello_job's row, next to the job's link.
    const row = page.getByRole("listitem").filter({ has: bar });
    await expect(row.getByRole("link", { name: "hello_job", exact: true }).isVisible()).resolves.toBe(true);

    // The Succeeded card counts what the server counts for the same window (the page's window start
    // is rounded down to 5 minutes, so it counts at least as many runs as the last hour holds).
    const card = page.getByTestId("count-SUCCESS");
    const shown = async () => Number((await card.getByTestId("count-value").textContent()) ?? "NaN");
    const hourAgo = Date.now() / 1000 - 3600;
    await expect.poll(shown).toBeGreaterThanOrEqual(await successCount(hourAgo));
    expect(await shown()).toBeLessThanOrEqual(await successCount(hourAgo - 300));
    expect(await page.getByTestId("count-QUEUED").getByTestId("count-value").textContent()).toMatch(/^\d+$/);
    expect(await card.getAttribute("href")).toBe("/runs?status=SUCCESS");

    await bar.hover();
    const tooltip = page.getByRole("tooltip");
    await expect(tooltip.textContent()).resolves.toContain(runId.slice(0, 8));
    expect(await tooltip.textContent()).toContain("SUCCESS");
    expect(await tooltip.textContent()).toContain("hello_job");
    await screenshot(page, "overview");

    await bar.click();
    await page.waitForURL(`**/runs/${runId}`);
  });

  it("shows every daemon's health with its last heartbeat", async () => {
    const page = await browser.open("/overview");
    const daemons = page.getByRole("list", { name: "Daemon statuses" });
    const scheduler = daemons.getByRole("listitem").filter({ hasText: "Scheduler" });
    await scheduler.waitFor();
    // `npm start` plays the cron watchdog, so the daemon has heartbeated by now.
    await expect(scheduler.textContent()).resolves.toContain("Running");
    expect(await scheduler.locator("time").count()).toBe(1);
    expect(await daemons.getByRole("listitem").count()).toBe(6);
    expect(await daemons.getByRole("listitem").filter({ hasText: "Run retries" }).textContent()).toContain(
      "Not enabled",
    );
    await expect(page.getByText("Every required daemon is running.").isVisible()).resolves.toBe(true);
  });
});
