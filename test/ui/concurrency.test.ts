/**
 * The concurrency page: setting a pool's limit in the form, a run's pooled steps holding its slots and
 * waiting while it is full (as the page polls them), a bad pool name refused with the server's message,
 * and deleting the limit.
 */
import { describe, expect, it } from "vitest";
import { graphql, screenshot, useBrowser } from "./browser";
import { launchRun, terminate, waitForStatus } from "./run-fixtures";

const browser = useBrowser();
const POOL = "warehouse";

describe("concurrency", () => {
  it("sets a limit, shows the slot holder and the waiting step, and deletes the limit", async () => {
    const page = await browser.open("/concurrency");
    const form = page.getByRole("form", { name: "Set a pool limit" });
    await form.getByLabel("Pool").fill(POOL);
    await form.getByLabel("Limit").fill("1");
    await form.getByRole("button", { name: "Set limit" }).click();
    const row = page.locator(`tr[data-pool="${POOL}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain("0 / 1");

    // Both steps of one run in the pool, run side by side by the multi executor: one holds the slot, one waits.
    const runConfig = {
      execution: { config: { multi: { max_concurrent: 2 } } },
      ops: { write_a: { config: { ms: 60_000 } }, write_b: { config: { ms: 60_000 } } },
    };
    const first = await launchRun("pooled_job", { runConfig });
    const holders = page.getByRole("list", { name: `Slots of ${POOL}` });
    const waiting = page.getByRole("list", { name: `Steps waiting for ${POOL}` });
    await expect
      .poll(
        async () => (await waiting.count()) > 0 && /write_[ab]/.test((await waiting.textContent()) ?? ""),
        { timeout: 30_000 },
      )
      .toBe(true);
    const held = /write_[ab]/.exec((await holders.textContent()) ?? "")?.[0];
    expect(held).toBeDefined();
    expect(await waiting.textContent()).toContain(held === "write_a" ? "write_b" : "write_a");
    expect(await holders.textContent()).toContain(first.slice(0, 8));
    expect(await row.textContent()).toContain("1 / 1");
    // The run queue keeps a second run queued while every one of its first steps' pool is full.
    const second = await launchRun("pooled_job", { runConfig });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await expect(waitForStatus(second, ["QUEUED"])).resolves.toBe("QUEUED");
    await screenshot(page, "concurrency");

    await terminate([first, second]);
    await waitForStatus(first, ["CANCELED"]);
    await waitForStatus(second, ["CANCELED"]);
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain("0 / 1");

    await row.getByRole("button", { name: `Delete the limit of ${POOL}` }).click();
    await expect
      .poll(
        async () =>
          (
            await graphql<{ instance: { concurrencyLimit: { usingDefaultLimit: boolean } } }>(
              `{ instance { concurrencyLimit(concurrencyKey: "${POOL}") { usingDefaultLimit } } }`,
            )
          ).instance.concurrencyLimit.usingDefaultLimit,
      )
      .toBe(true);
  });

  it("refuses a bad pool name with the server's message", async () => {
    const page = await browser.open("/concurrency");
    const form = page.getByRole("form", { name: "Set a pool limit" });
    await form.getByLabel("Pool").fill("not a pool!");
    await form.getByRole("button", { name: "Set limit" }).click();
    await expect.poll(() => form.getByRole("alert").textContent()).toContain("is not a valid pool name");
  });
});
