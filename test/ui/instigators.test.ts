/**
 * Schedules and sensors through the UI against the running system: turning `every_minute` on from the
 * list and watching its first real tick (and the run it made) appear on its page, then turning it off for
 * good; turning `file_sensor` on, seeing its ticks and cursor, and storing a cursor through the form.
 */
import { describe, expect, it } from "vitest";
import { graphql, screenshot, useBrowser } from "./browser";

const browser = useBrowser();
const repository = { repositoryLocationName: "example", repositoryName: "__repository__" };

const scheduleStatus = async () =>
  (
    await graphql<{ scheduleOrError: { scheduleState: { status: string } } }>(
      `query ($selector: ScheduleSelector!) { scheduleOrError(scheduleSelector: $selector) { ... on Schedule { scheduleState { status } } } }`,
      { selector: { ...repository, scheduleName: "every_minute" } },
    )
  ).scheduleOrError.scheduleState.status;

const sensorState = async () =>
  (
    await graphql<{
      sensorOrError: { sensorState: { status: string; typeSpecificData: { lastCursor: string | null } } };
    }>(
      `query ($selector: SensorSelector!) { sensorOrError(sensorSelector: $selector) { ... on Sensor { sensorState { status typeSpecificData { ... on SensorData { lastCursor } } } } } }`,
      { selector: { ...repository, sensorName: "file_sensor" } },
    )
  ).sensorOrError.sensorState;

describe("schedules", () => {
  it("turns every_minute on from the list, shows its tick and run, and turns it off for good", {
    timeout: 150_000,
  }, async () => {
    const page = await browser.open("/schedules");
    const toggle = page.getByRole("switch", { name: "every_minute" });
    await expect(toggle.getAttribute("aria-checked")).resolves.toBe("false");
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-checked")).toBe("true");
    await expect.poll(scheduleStatus).toBe("RUNNING");
    // Running, the row shows its next tick in the schedule's timezone (Europe/Berlin: CET or CEST).
    const row = page.getByRole("row").filter({ has: toggle });
    await expect.poll(() => row.locator("time").first().textContent()).toMatch(/GMT\+[12]|CES?T/);
    await screenshot(page, "schedules");

    await row.getByRole("link", { name: "every_minute" }).click();
    await page.waitForURL("**/locations/example/schedules/every_minute");
    // The scheduler ticks at the next minute boundary; the history polls until the tick and its run show.
    const ticks = page.getByRole("table", { name: "Ticks" });
    const runLink = ticks.getByRole("link", { name: /^Run / });
    await runLink.first().waitFor({ timeout: 90_000 });
    const firstTick = ticks.getByTestId("tick-row").first();
    expect(await firstTick.textContent()).toContain("SUCCESS");
    const href = await runLink.first().getAttribute("href");
    expect(href).toMatch(/^\/runs\/[0-9a-f-]{36}$/);
    await screenshot(page, "schedule");

    // The dry run evaluates the next tick without launching anything.
    await page.getByRole("button", { name: "Dry run" }).first().click();
    const evaluation = page.getByRole("status", { name: "Evaluation result" });
    await expect(evaluation.textContent()).resolves.toContain("Would request 1 run");
    expect(await evaluation.textContent()).toContain("hello_job");

    const headerToggle = page.getByRole("switch", { name: "every_minute" });
    await headerToggle.click();
    await expect.poll(() => headerToggle.getAttribute("aria-checked")).toBe("false");
    await expect.poll(scheduleStatus).toBe("STOPPED");
    await page.reload();
    await expect
      .poll(() => page.getByRole("switch", { name: "every_minute" }).getAttribute("aria-checked"))
      .toBe("false");
    await expect(page.getByText("Stopped", { exact: true }).first().isVisible()).resolves.toBe(true);

    // Clicking the run link opens the run the tick made.
    await page.goto(href ?? "/");
    await page.waitForURL(`**${href}`);
  });
});

describe("sensors", () => {
  it("turns file_sensor on, shows its ticks and cursor, and stores a cursor set through the form", {
    timeout: 120_000,
  }, async () => {
    const page = await browser.open("/sensors");
    const toggle = page.getByRole("switch", { name: "file_sensor" });
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-checked")).toBe("true");
    await expect.poll(async () => (await sensorState()).status).toBe("RUNNING");
    await screenshot(page, "sensors");

    await page.getByRole("link", { name: "file_sensor" }).click();
    await page.waitForURL("**/locations/example/sensors/file_sensor");
    // Turned on, the daemon evaluates it at once: a tick with the cursor it left shows in the history.
    const ticks = page.getByRole("table", { name: "Ticks" });
    await ticks.getByTestId("tick-row").first().waitFor({ timeout: 60_000 });
    const tickCursor = ticks.getByTestId("tick-row").first().getByTestId("tick-cursor");
    await expect.poll(() => tickCursor.count()).toBe(1);
    const current = page.getByTestId("current-cursor");
    await expect.poll(() => current.textContent()).toMatch(/^file-\d+\.csv$/);

    // Turn it off first, so its next evaluation cannot move the cursor while we check what was stored.
    const headerToggle = page.getByRole("switch", { name: "file_sensor" });
    await headerToggle.click();
    await expect.poll(async () => (await sensorState()).status).toBe("STOPPED");

    const cursor = "file-1700000000.csv";
    await page.getByLabel("New cursor").fill(cursor);
    await page.getByRole("button", { name: "Set cursor" }).click();
    await expect.poll(() => page.getByText("✓ Cursor saved").isVisible()).toBe(true);
    await expect.poll(() => current.textContent()).toBe(cursor);
    expect((await sensorState()).typeSpecificData.lastCursor).toBe(cursor);

    // The dry run starts from the stored cursor and reports where it would move it.
    await expect(page.getByLabel("Dry run cursor").inputValue()).resolves.toBe(cursor);
    await page.getByRole("button", { name: "Evaluate" }).click();
    const evaluation = page.getByRole("status", { name: "Evaluation result" });
    await expect(evaluation.textContent()).resolves.toMatch(/Cursor after this evaluation: file-\d+\.csv/);
    await screenshot(page, "sensor");

    await page.reload();
    await expect.poll(() => page.getByTestId("current-cursor").textContent()).toBe(cursor);
  });
});

describe("a refused toggle", () => {
  it("puts the switch back and says why when the mutation answers an error member", async () => {
    const page = await browser.open("/sensors");
    // The real server has no way to refuse here, so this one answer is replaced by the error member
    // Dagster's startSensor can return; every other request reaches the running system.
    await page.route("**/graphql", async (route) => {
      const body = route.request().postDataJSON() as { query?: string };
      if (!body.query?.includes("mutation StartSensor")) return route.continue();
      await new Promise((resolve) => setTimeout(resolve, 500));
      return route.fulfill({
        json: {
          data: { result: { __typename: "UnauthorizedError", message: "Not allowed to start sensors" } },
        },
      });
    });
    const toggle = page.getByRole("switch", { name: "failure_alert" });
    await toggle.focus();
    await page.keyboard.press("Space");
    // Optimistic: the switch moves at once, and is busy until the server answers.
    expect(await toggle.getAttribute("aria-checked")).toBe("true");
    const alert = page.getByRole("alert").filter({ hasText: "failure_alert" });
    await expect(alert.textContent()).resolves.toContain(
      "Could not turn failure_alert on. UnauthorizedError: Not allowed to start sensors",
    );
    expect(await toggle.getAttribute("aria-checked")).toBe("false");
    expect(
      (
        await graphql<{ sensorOrError: { sensorState: { status: string } } }>(
          `query ($selector: SensorSelector!) { sensorOrError(sensorSelector: $selector) { ... on Sensor { sensorState { status } } } }`,
          { selector: { ...repository, sensorName: "failure_alert" } },
        )
      ).sensorOrError.sensorState.status,
    ).toBe("STOPPED");
    await screenshot(page, "sensors-toggle-refused");
    await alert.getByRole("button", { name: "Dismiss error" }).click();
    expect(await alert.count()).toBe(0);
  });
});
