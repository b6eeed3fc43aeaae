/**
 * The jobs list and the job page: jobs grouped by code location with their targets and latest run, a
 * location that fails to load, the op graph laid out as a DAG (fan-out, fan-in, a 100-op chain), the op
 * details panel and the job's recent runs.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { graphql, screenshot, useBrowser } from "./browser";
import { addLocationEntry } from "./failed-location";

const browser = useBrowser();
/** expect.poll with room for a busy machine (the default gives up after one second). */
const eventually = <T>(actual: () => T) => expect.poll(actual, { timeout: 15_000 });

async function launchHelloRun(): Promise<string> {
  const { launchRun } = await graphql<{ launchRun: { __typename: string; run?: { runId: string } } }>(
    `mutation { launchRun(executionParams: { selector: { jobName: "hello_job", repositoryName: "__repository__", repositoryLocationName: "example" } }) {
      __typename ... on LaunchRunSuccess { run { runId } } } }`,
  );
  if (!launchRun.run) throw new Error(`hello_job did not launch: ${launchRun.__typename}`);
  return launchRun.run.runId;
}

const opNodes = (page: Page) => page.getByTestId("op-node");
const opEdges = (page: Page) => page.getByTestId("op-edge");
const nodePosition = async (page: Page, op: string) => {
  const node = page.locator(`[data-testid=op-node][data-op="${op}"]`);
  return { x: Number(await node.getAttribute("data-x")), y: Number(await node.getAttribute("data-y")) };
};

describe("jobs list", () => {
  it("lists the example jobs with their ops, targets, latest run and links, and filters by name", async () => {
    const runId = await launchHelloRun();
    const page = await browser.open("/jobs");
    const table = page.getByRole("table", { name: "Jobs in example" });
    await eventually(() => table.getByRole("row").count()).toBe(12); // the header and the example location's eleven jobs
    const row = (job: string) =>
      table.getByRole("row").filter({ has: page.getByRole("link", { name: job, exact: true }) });
    expect(await row("etl_job").textContent()).toContain("Extracts rows");
    expect(await row("etl_job").getByRole("cell").nth(1).textContent()).toBe("4");
    expect(await row("chain_job").getByRole("cell").nth(1).textContent()).toBe("100");
    expect(
      await row("etl_job")
        .getByRole("link", { name: /file_sensor/ })
        .getAttribute("href"),
    ).toBe("/locations/example/sensors/file_sensor");
    expect(
      await row("hello_job")
        .getByRole("link", { name: /every_minute/ })
        .getAttribute("href"),
    ).toBe("/locations/example/schedules/every_minute");
    await eventually(() =>
      row("hello_job")
        .getByRole("link", { name: /Latest run of hello_job/ })
        .getAttribute("href"),
    ).toBe(`/runs/${runId}`);
    expect(
      await row("etl_job").getByRole("link", { name: "Open the launchpad for etl_job" }).getAttribute("href"),
    ).toBe("/locations/example/jobs/etl_job/launchpad");
    await screenshot(page, "jobs-list");

    await page.getByLabel("Filter jobs by name").fill("etl");
    await eventually(() => table.getByRole("row").count()).toBe(2);
    expect(new URL(page.url()).search).toBe("?q=etl");
    await page.getByLabel("Filter jobs by name").fill("no-such-job");
    await eventually(() => page.getByText("No jobs match").count()).toBe(1);

    await page.getByLabel("Filter jobs by name").fill("");
    await row("etl_job").getByRole("link", { name: "etl_job", exact: true }).click();
    await page.waitForURL("**/locations/example/jobs/etl_job");
  });

  it("shows why a code location failed to load in place of its jobs", async () => {
    const page = await browser.open("/jobs");
    await addLocationEntry(page, {
      id: "broken",
      name: "broken_location",
      loadStatus: "LOADED",
      locationOrLoadError: {
        __typename: "PythonError",
        message: "Could not reach the code location at http://127.0.0.1:9/ (connection refused)",
      },
    });
    await page.reload();
    const broken = page.getByRole("region", { name: /broken_location/ });
    await eventually(() => broken.getByRole("alert").textContent()).toContain(
      "Code location broken_location failed to load",
    );
    expect(await broken.getByRole("alert").textContent()).toContain("connection refused");
    expect(await page.getByRole("table", { name: "Jobs in example" }).isVisible()).toBe(true);
    await screenshot(page, "jobs-list-broken-location");
  });
});

describe("job page", () => {
  it("draws etl_job's op graph with the fan-out side by side and the fan-in below", async () => {
    const page = await browser.open("/locations/example/jobs/etl_job");
    await eventually(() => opNodes(page).count()).toBe(4);
    expect(await opEdges(page).count()).toBe(4);
    const edges = await opEdges(page).evaluateAll((paths) =>
      paths.map((path) => `${path.getAttribute("data-from")} -> ${path.getAttribute("data-to")}`).sort(),
    );
    expect(edges).toEqual([
      "extract.rows -> transform_a.rows",
      "extract.rows -> transform_b.rows",
      "transform_a.result -> load.counts",
      "transform_b.result -> load.counts",
    ]);
    const [extract, a, b, load] = await Promise.all(
      ["extract", "transform_a", "transform_b", "load"].map((op) => nodePosition(page, op)),
    );
    expect(a?.y).toBe(b?.y);
    expect(a?.x).not.toBe(b?.x);
    expect(extract!.y).toBeLessThan(a!.y);
    expect(load!.y).toBeGreaterThan(a!.y);
    expect(await page.getByRole("link", { name: "Launchpad", exact: true }).getAttribute("href")).toBe(
      "/locations/example/jobs/etl_job/launchpad",
    );
    await screenshot(page, "job-etl");
  });

  it("shows an op's description, wiring and config schema when it is clicked, and keeps it on reload", async () => {
    const page = await browser.open("/locations/example/jobs/etl_job");
    await page.getByRole("button", { name: "Op extract" }).click();
    const panel = page.getByRole("complementary", { name: "Op extract" });
    await eventually(() => panel.getByRole("heading", { name: "extract" }).count()).toBe(1);
    const config = panel.getByLabel("Config schema of extract");
    expect(await config.textContent()).toMatch(/source_url\s*String\s*required/i);
    expect(await config.textContent()).toContain("Where to read rows from.");
    expect(await config.textContent()).toMatch(/limit\s*Int\s*default 10/);
    expect(await panel.textContent()).toContain("transform_a.rows");
    expect(await panel.textContent()).toContain("team=data");
    expect(new URL(page.url()).search).toBe("?op=extract");
    await screenshot(page, "job-op-details");

    await page.reload();
    await eventually(() => page.getByRole("complementary", { name: "Op extract" }).isVisible()).toBe(true);
    // Keyboard: focus an op and press Enter.
    await page.getByRole("button", { name: "Op load" }).focus();
    await page.keyboard.press("Enter");
    const load = page.getByRole("complementary", { name: "Op load" });
    await eventually(() => load.textContent()).toContain("transform_a.result");
    expect(await load.textContent()).toContain("transform_b.result");
    await page.keyboard.press("Escape");
    await eventually(() => page.getByRole("complementary", { name: "Job details" }).isVisible()).toBe(true);
  });

  it("lays out chain_job's 100 ops and keeps them reachable by zoom, fit and find", async () => {
    const page = await browser.open("/locations/example/jobs/chain_job");
    await eventually(() => opNodes(page).count()).toBe(100);
    expect(await opEdges(page).count()).toBe(99);
    const zoom = page.getByTestId("zoom-level");
    const initialZoom = await zoom.textContent();
    await page.getByRole("button", { name: "Fit to view" }).click();
    await eventually(async () => parseInt((await zoom.textContent()) ?? "0", 10)).toBeLessThan(
      parseInt(initialZoom ?? "0", 10),
    );
    await page.getByRole("button", { name: "Zoom in" }).click();
    await eventually(async () => parseInt((await zoom.textContent()) ?? "0", 10)).toBeGreaterThan(0);

    await page.getByLabel("Find an op").fill("increment_57");
    await page.getByLabel("Find an op").press("Enter");
    await eventually(() => page.getByRole("complementary", { name: "Op increment_57" }).isVisible()).toBe(
      true,
    );
    const viewport = await page.getByRole("group", { name: /Op graph/ }).boundingBox();
    const found = await page.getByRole("button", { name: "Op increment_57" }).boundingBox();
    expect(found!.y).toBeGreaterThanOrEqual(viewport!.y);
    expect(found!.y + found!.height).toBeLessThanOrEqual(viewport!.y + viewport!.height);
    await screenshot(page, "job-chain");
  });

  it("lists the job's recent runs with links to them", async () => {
    const runId = await launchHelloRun();
    const page = await browser.open("/locations/example/jobs/hello_job");
    const runs = page.getByRole("table", { name: "Recent runs" });
    await eventually(() => runs.getByRole("link", { name: runId.slice(0, 8) }).getAttribute("href")).toBe(
      `/runs/${runId}`,
    );
    await page.goto("/locations/example/jobs/no_such_job");
    await eventually(() => page.getByRole("alert").textContent()).toContain('no job named "no_such_job"');
  });
});
