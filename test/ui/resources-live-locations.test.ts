/**
 * The resources pages in Chromium: the example location's resources listed, one resource's configured
 * values with its env var shown as a reference (never the value), its nested resource and the job using
 * it; and the deployment page's location list updating live when a location is reloaded elsewhere.
 */
import { describe, expect, it } from "vitest";
import { graphql, screenshot, useBrowser } from "./browser";

const browser = useBrowser();

describe("resources", () => {
  it("lists the location's resources and shows one with its env var reference, nesting and uses", async () => {
    const page = await browser.open("/resources");
    const table = page.getByRole("table", { name: "Resources of example" });
    await table.waitFor();
    expect(await table.textContent()).toContain("ReportingApiClient");
    await table.getByRole("link", { name: "reporting" }).click();
    await page.getByRole("heading", { name: "Configuration" }).waitFor();
    const config = page.getByRole("table", { name: "Config fields" });
    await expect.poll(() => config.textContent()).toContain("{ env: REPORTING_API_TOKEN }");
    expect(await config.textContent()).toContain('"https://reports.example.com"');
    expect(await page.content()).not.toContain("example-not-a-secret");
    expect(await page.getByRole("table", { name: "Jobs using this resource" }).textContent()).toContain(
      "report_job",
    );
    await screenshot(page, "resource");
    await page.getByRole("link", { name: "warehouse" }).click();
    await expect.poll(() => page.getByText("Used by reporting").isVisible()).toBe(true);
  });
});

describe("live location list", () => {
  it("shows a reload done elsewhere before the page's next poll", async () => {
    const page = await browser.open("/deployment");
    const updated = page
      .getByTestId("location-example")
      .getByTestId("location-updated")
      .locator("time")
      .first();
    await updated.waitFor();
    const before = await updated.getAttribute("datetime");
    // Give the subscription a moment to open, then reload outside the page (as another user or the CLI would).
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await graphql(`mutation { reloadRepositoryLocation(repositoryLocationName: "example") { __typename } }`);
    // The page polls every 10 s: seeing the new time within 5 s means the event refreshed it.
    await expect
      .poll(() => updated.getAttribute("datetime"), { timeout: 5_000, interval: 200 })
      .not.toBe(before);
  });
});
