/** The shell: navigation between sections, deep links that survive a reload, and an unknown page. */
import { describe, expect, it } from "vitest";
import { screenshot, useBrowser } from "./browser";

const browser = useBrowser();

describe("UI shell", () => {
  it("opens the overview at / and navigates between sections without a page load", async () => {
    const page = await browser.open("/");
    await page.waitForURL("**/overview");
    await expect(page.locator("h1").first().textContent()).resolves.toBe("Overview");
    await page.getByRole("link", { name: "Runs", exact: true }).click();
    await page.waitForURL("**/runs");
    await expect(page.locator("nav a[aria-current=page]").textContent()).resolves.toBe("Runs");
  });

  it("serves a deep link on reload and says so when nothing lives at a path", async () => {
    const page = await browser.open("/deployment");
    await page.reload();
    await expect(page.locator("nav a[aria-current=page]").textContent()).resolves.toBe("Deployment");
    await page.goto("/no/such/page");
    await expect(page.getByText("Page not found").isVisible()).resolves.toBe(true);
    await screenshot(page, "not-found");
  });

  it("keeps unknown API paths as JSON 404s rather than the UI", async () => {
    const page = await browser.open("/overview");
    const response = await page.request.get("/api/no-such-thing");
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ code: "NOT_FOUND" });
  });
});
