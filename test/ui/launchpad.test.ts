/**
 * The launchpad: config checked as you type with errors at their paths (in the list and marked in the
 * editor), YAML syntax errors with line and column, scaffolding missing config, op selection checked by
 * the server, tags, keyboard use, and launching a run that lands on its run page with the tags given, where it is followed live to SUCCESS.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { graphql, screenshot, useBrowser } from "./browser";

const browser = useBrowser();
/** expect.poll with room for a busy machine (the default gives up after one second). */
const eventually = <T>(actual: () => T) => expect.poll(actual, { timeout: 15_000 });
const ETL_LAUNCHPAD = "/locations/example/jobs/etl_job/launchpad";

const editor = (page: Page) => page.getByRole("textbox", { name: "Run config (YAML)" });
const configErrors = (page: Page) => page.getByRole("list", { name: "Config errors" }).getByRole("button");
const status = (page: Page) => page.getByTestId("config-status");

/** Replaces the editor's text as a paste would (typing would auto-indent). */
async function setConfig(page: Page, yaml: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(yaml);
}

const editorText = (page: Page) => editor(page).evaluate((element) => (element as HTMLElement).innerText);

/** The text of the editor line the gutter marks with an error marker. */
async function markedLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll(".cm-content .cm-line")];
    return [...document.querySelectorAll(".cm-lint-marker-error")].map((marker) => {
      const y = marker.getBoundingClientRect().top + marker.getBoundingClientRect().height / 2;
      const line = lines.find(
        (candidate) =>
          candidate.getBoundingClientRect().top <= y && candidate.getBoundingClientRect().bottom >= y,
      );
      return line?.textContent ?? "";
    });
  });
}

describe("launchpad", () => {
  it("checks etl_job's config as it is typed and launches a run with the tags given", async () => {
    const page = await browser.open(ETL_LAUNCHPAD);
    // The pre-filled config has the schema's defaults only: source_url is missing.
    await eventually(() => editorText(page)).toContain("limit: 10");
    expect(await editorText(page)).not.toContain("source_url");
    await eventually(() => configErrors(page).count()).toBe(1);
    const missing = configErrors(page).first();
    expect(await missing.textContent()).toContain("ops.extract.config");
    expect(await missing.textContent()).toContain("source_url");
    await eventually(() => markedLines(page)).toEqual(["    config:"]);
    await screenshot(page, "launchpad-missing-config");

    // Clicking the error puts the cursor on the key it names.
    await missing.click();
    await eventually(() => page.locator(".cm-activeLine").textContent()).toBe("    config:");

    await setConfig(
      page,
      'ops:\n  extract:\n    config:\n      source_url: s3://bucket/rows.csv\n      limit: "x"\n',
    );
    await eventually(() => configErrors(page).first().textContent()).toContain("ops.extract.config.limit");
    expect(await configErrors(page).count()).toBe(1);
    await eventually(() => markedLines(page)).toEqual(['      limit: "x"']);
    await screenshot(page, "launchpad-wrong-type");

    await setConfig(
      page,
      "ops:\n  extract:\n    config:\n      source_url: s3://bucket/rows.csv\n      limit: 3\n",
    );
    await eventually(() => status(page).textContent()).toContain("Valid");
    expect(await page.locator(".cm-lint-marker-error").count()).toBe(0);

    await page.getByRole("button", { name: "+ Add tag" }).click();
    await page.getByLabel("Tag 1 key").fill("team");
    await page.getByLabel("Tag 1 value").fill("data");
    await page.getByRole("button", { name: "+ Add tag" }).click();
    // Typing key=value into a key field splits it.
    await page.getByLabel("Tag 2 key").fill("requested_by=launchpad-e2e");
    expect(await page.getByLabel("Tag 2 value").inputValue()).toBe("launchpad-e2e");
    await screenshot(page, "launchpad-ready");

    await page.getByLabel("Tag 2 value").press("ControlOrMeta+Enter");
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    const runId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
    const { runOrError } = await graphql<{
      runOrError: {
        jobName: string;
        tags: { key: string; value: string }[];
        runConfig: { ops: { extract: { config: Record<string, unknown> } } };
      };
    }>(
      "query ($runId: ID!) { runOrError(runId: $runId) { ... on Run { jobName tags { key value } runConfig } } }",
      { runId },
    );
    expect(runOrError.jobName).toBe("etl_job");
    expect(runOrError.tags).toEqual(
      expect.arrayContaining([
        { key: "team", value: "data" },
        { key: "requested_by", value: "launchpad-e2e" },
      ]),
    );
    expect(runOrError.runConfig.ops.extract.config).toMatchObject({
      source_url: "s3://bucket/rows.csv",
      limit: 3,
    });

    // The run page it lands on follows the run live to SUCCESS, with a Gantt bar per step and the log.
    const gantt = page.getByRole("table", { name: "Step timeline" });
    await page
      .getByRole("region", { name: "Run details" })
      .getByText("SUCCESS", { exact: true })
      .waitFor({ timeout: 30_000 });
    for (const step of ["extract", "transform_a", "transform_b", "load"]) {
      await gantt.getByRole("img", { name: new RegExp(`^${step} attempt 1: success`) }).waitFor();
    }
    await page
      .getByRole("table", { name: "Event log" })
      .getByText("extracted 3 rows from s3://bucket/rows.csv")
      .waitFor();
    await screenshot(page, "launchpad-launched-run");
  });

  it("scaffolds the missing config with a placeholder and says what it needs", async () => {
    const page = await browser.open(ETL_LAUNCHPAD);
    await page.getByRole("button", { name: "Scaffold missing config" }).click();
    await eventually(() => editorText(page)).toContain("source_url: ...");
    expect(await editorText(page)).toContain("# required (String): Where to read rows from.");
    expect(await editorText(page)).toContain("limit: 10");
    await eventually(() => status(page).textContent()).toContain("Valid");
    expect(await page.getByRole("button", { name: "Scaffold missing config" }).count()).toBe(0);
  });

  it("shows YAML syntax errors with their line and column and will not launch them", async () => {
    const page = await browser.open(ETL_LAUNCHPAD);
    await eventually(() => editorText(page)).toContain("limit: 10");
    await setConfig(page, "ops:\n  extract: [1\n  load: 2\n");
    const syntax = page.getByRole("list", { name: "YAML syntax errors" }).getByRole("button");
    await eventually(() => syntax.first().textContent()).toContain("line 3, column 3");
    expect(await status(page).textContent()).toContain("Invalid YAML");
    await page.getByRole("button", { name: "Launch run" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "not valid YAML" });
    await eventually(() => alert.textContent()).toContain("Line 3, column 3");
    expect(new URL(page.url()).pathname).toBe(ETL_LAUNCHPAD);
    await screenshot(page, "launchpad-yaml-error");
  });

  it("checks the op selection on the server and launches only the selected ops", async () => {
    const page = await browser.open(ETL_LAUNCHPAD);
    const selection = page.getByLabel("Op selection");
    await selection.fill("extract+ nope");
    const fieldError = page.getByTestId("op-selection-error");
    await eventually(() => fieldError.textContent()).toContain("has no op named nope");
    expect(await selection.getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "launchpad-op-selection-error");

    await selection.fill("extract+");
    await eventually(() => page.getByTestId("op-selection-summary").textContent()).toContain(
      "3 of 4 ops run: extract, transform_a, transform_b",
    );
    expect(await fieldError.count()).toBe(0);

    // With `extract` alone selected, only its config is needed.
    await selection.fill("extract");
    await setConfig(page, "ops:\n  extract:\n    config:\n      source_url: s3://bucket/one.csv\n");
    await eventually(() => status(page).textContent()).toContain("Valid");
    await page.getByRole("button", { name: "Launch run" }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{36}$/);
    const runId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
    const { runOrError } = await graphql<{ runOrError: { resolvedOpSelection: string[] | null } }>(
      "query ($runId: ID!) { runOrError(runId: $runId) { ... on Run { resolvedOpSelection } } }",
      { runId },
    );
    expect(runOrError.resolvedOpSelection).toEqual(["extract"]);
  });

  it("removes config the schema does not define and flags a tag without a key", async () => {
    const page = await browser.open(ETL_LAUNCHPAD);
    await setConfig(page, "ops:\n  extract:\n    config:\n      source_url: s3://x\n      colour: blue\n");
    await eventually(() => configErrors(page).first().textContent()).toContain("ops.extract.config.colour");
    await page.getByRole("button", { name: "Remove extra config" }).click();
    await eventually(() => status(page).textContent()).toContain("Valid");
    expect(await editorText(page)).not.toContain("colour");

    await page.getByRole("button", { name: "+ Add tag" }).click();
    await page.getByLabel("Tag 1 value").fill("orphan");
    expect(await page.getByText("Enter a key for this tag.").isVisible()).toBe(true);
    await page.getByRole("button", { name: "Launch run" }).click();
    await eventually(() => page.getByRole("alert").filter({ hasText: "A tag needs fixing" }).count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe(ETL_LAUNCHPAD);
  });

  it("indents with Tab and lets keyboard users leave the editor with Esc then Tab", async () => {
    const page = await browser.open("/locations/example/jobs/hello_job/launchpad");
    await eventually(() => status(page).textContent()).toContain("Valid");
    await editor(page).click();
    await page.keyboard.press("Tab");
    expect(await editorText(page)).toMatch(/^ {2}/);
    expect(await page.evaluate(() => document.activeElement?.closest(".cm-editor") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".cm-editor") === null)).toBe(true);
  });
});
