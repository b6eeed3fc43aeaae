/**
 * Access control in the UI on localhost (no `auth`: the local caller is an admin): who is signed in in the
 * top navigation, and the admin page creating a token whose secret is shown once, revoking it, and the
 * audit log recording both.
 */
import { describe, expect, it } from "vitest";
import { screenshot, useBrowser } from "./browser";

const browser = useBrowser();

describe("admin", () => {
  it("shows the local admin, creates a token shown once, revokes it, and logs both", async () => {
    const page = await browser.open("/admin");
    expect(await page.getByTestId("viewer").textContent()).toContain("local (no sign-in)");
    expect(await page.getByTestId("viewer").textContent()).toContain("ADMIN");

    const name = `ui-${Date.now()}`;
    await page.getByLabel("Token name").fill(name);
    await page.getByLabel("Token role").selectOption("LAUNCHER");
    await page.getByRole("button", { name: "Create token" }).click();
    const secret = page.getByTestId("new-token-secret");
    await secret.waitFor();
    expect(await secret.textContent()).toMatch(/dagflare_[A-Za-z0-9_-]{43}/);

    const row = page.getByRole("table", { name: "API tokens" }).locator("tr", { hasText: name });
    await expect.poll(async () => (await row.textContent()) ?? "", { timeout: 10_000 }).toContain("ACTIVE");
    await row.getByRole("button", { name: "Revoke" }).click();
    await expect.poll(async () => (await row.textContent()) ?? "", { timeout: 10_000 }).toContain("REVOKED");

    const audit = page.getByRole("table", { name: "Audit log" });
    await expect
      .poll(async () => (await audit.textContent()) ?? "", { timeout: 10_000 })
      .toContain(`name=${name}`);
    await screenshot(page, "admin");
  });
});
