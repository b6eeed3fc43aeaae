/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser download cannot work here).
 * One browser per test file; each test gets a fresh page at 1280×800, the size the UI must read well at.
 * Screenshots go to test-artifacts/ui/, the folder CI keeps.
 * @module
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

export const SCREENSHOT_DIR = join(import.meta.dirname, "..", "..", "test-artifacts", "ui");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The flags this closed network needs: without the background-networking ones Chromium keeps dialling out. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** Registers the browser's lifecycle for the calling test file and returns a page opener. */
export function useBrowser(): { open: (path: string) => Promise<Page> } {
  let browser: Browser | undefined;
  const pages: Page[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
    await browser?.close();
  });
  return {
    async open(path: string) {
      if (!browser)
        throw new Error("the browser is not started: call useBrowser() at the top of the test file");
      const page = await browser.newPage({
        viewport: { width: 1280, height: 800 },
        baseURL: inject("uiUrl"),
      });
      pages.push(page);
      page.setDefaultTimeout(20_000);
      await page.goto(path);
      return page;
    },
  };
}

/** Saves a full-page screenshot named after what it shows. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** GraphQL against the system under test, for arranging state a test is not about. */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${inject("uiUrl")}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}
