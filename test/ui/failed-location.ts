/**
 * The test system's only code location loads, so a test of how the UI shows a failed one adds that
 * location to the workspace answers in the browser, the way the server reports one.
 * @module
 */
import type { Page } from "playwright-core";

/** Appends `entry` to the location entries of every workspace answer `page` receives from now on. */
export async function addLocationEntry(page: Page, entry: Record<string, unknown>): Promise<void> {
  await page.route("**/graphql", async (route) => {
    // Subscriptions (the live location list) stream until the page closes: only whole answers are rewritten.
    if (route.request().headers().accept?.includes("text/event-stream")) return route.continue();
    const response = await route.fetch();
    const body = (await response.json()) as { data?: { workspaceOrError?: { locationEntries?: unknown[] } } };
    body.data?.workspaceOrError?.locationEntries?.push(entry);
    await route.fulfill({ response, json: body });
  });
}
