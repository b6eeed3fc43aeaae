/**
 * The deployment page: reloading a code location with its button (a fresh updated time, still loaded),
 * reloading all, daemon statuses, and the instance configuration in effect.
 */
import { describe, expect, it } from "vitest";
import { graphql, screenshot, useBrowser } from "./browser";
import { addLocationEntry } from "./failed-location";

const browser = useBrowser();

const updatedTimestamp = async () =>
  (
    await graphql<{ workspaceLocationEntryOrError: { updatedTimestamp: number } }>(
      `{ workspaceLocationEntryOrError(name: "example") { ... on WorkspaceLocationEntry { updatedTimestamp } } }`,
    )
  ).workspaceLocationEntryOrError.updatedTimestamp;

describe("deployment", () => {
  it("reloads a code location with its button and shows the fresh update time", async () => {
    const page = await browser.open("/deployment");
    const row = page.getByTestId("location-example");
    const updated = row.getByTestId("location-updated").locator("time").first();
    await updated.waitFor();
    const before = Date.parse((await updated.getAttribute("datetime")) ?? "");
    await expect(row.getByText("Loaded", { exact: true }).isVisible()).resolves.toBe(true);

    await row.getByRole("button", { name: "Reload example" }).click();
    await expect.poll(() => row.getByRole("status").textContent()).toBe("✓ Reloaded");
    // The fresh time arrives with the reload's answer or the location-change subscription, whichever is first.
    const shownTime = async () => Date.parse((await updated.getAttribute("datetime")) ?? "");
    await expect.poll(shownTime).toBeGreaterThan(before);
    const after = await shownTime();
    // The page shows what the server now holds.
    expect(Math.abs(after - (await updatedTimestamp()) * 1000)).toBeLessThan(1);
    await expect(row.getByText("Loaded", { exact: true }).isVisible()).resolves.toBe(true);
    await expect(row.getByRole("button", { name: "Reload example" }).isEnabled()).resolves.toBe(true);

    await page.getByRole("button", { name: "Reload all" }).click();
    await expect.poll(() => page.getByText("✓ Reloaded 1 location").isVisible()).toBe(true);
    expect(Date.parse((await updated.getAttribute("datetime")) ?? "")).toBeGreaterThan(after);
  });

  it("shows daemon statuses and the instance configuration in effect", async () => {
    const page = await browser.open("/deployment");
    const daemons = page.getByRole("table", { name: "Daemon statuses" });
    await daemons.getByRole("row").filter({ hasText: "QUEUED_RUN_COORDINATOR" }).waitFor();
    expect(await daemons.getByRole("row").filter({ hasText: "SCHEDULER" }).textContent()).toContain(
      "Running",
    );
    expect(await daemons.getByRole("row").count()).toBe(7); // the header and six daemons (retention among them)

    const instance = page.getByRole("region", { name: "Instance" });
    expect(await instance.textContent()).toContain("QueuedRunCoordinator");
    expect(await instance.textContent()).toContain("DurableObjectRunLauncher");
    // dagflare.yaml in effect, with every default filled in (the server test covers `{ env }` references).
    const config = page.getByLabel("Instance configuration");
    const text = (await config.textContent()) ?? "";
    expect(text).toContain("run_coordinator:");
    expect(text).toMatch(/max_concurrent_runs: 10\b/);
    expect(text).toContain("default_minimum_interval_seconds: 30");
    await screenshot(page, "deployment");
  });
});

describe("a code location that failed to load", () => {
  it("shows its load error, with the stack behind a disclosure", async () => {
    const page = await browser.open("/deployment");
    await page.getByTestId("location-example").waitFor();
    // The running system has only the example location, which loads.
    await addLocationEntry(page, {
      id: "broken",
      name: "broken_location",
      loadStatus: "LOADED",
      updatedTimestamp: Date.now() / 1000,
      versionKey: "1",
      displayMetadata: [{ key: "url", value: "http://127.0.0.1:9/" }],
      locationOrLoadError: {
        __typename: "PythonError",
        message: "Could not reach the code location (connection refused)",
        className: "Error",
        stack: ["at connect (client.ts:10)\n"],
      },
    });
    await page.reload();
    const broken = page.getByTestId("location-broken_location");
    await broken.waitFor();
    expect(await broken.getByText("Load error", { exact: true }).isVisible()).toBe(true);
    const error = page.getByRole("row").filter({ hasText: "connection refused" });
    expect(await error.getByText("Stack trace").isVisible()).toBe(true);
    expect(await error.getByText("at connect (client.ts:10)").isVisible()).toBe(false);
    await error.getByText("Stack trace").click();
    expect(await error.getByText("at connect (client.ts:10)").isVisible()).toBe(true);
    await screenshot(page, "deployment-load-error");
  });
});
