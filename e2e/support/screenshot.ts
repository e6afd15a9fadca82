import path from "node:path";
import { test, type Page } from "@playwright/test";

/**
 * A full-page screenshot under the test's output folder (test-results/). Only `npm run screenshots`, which sets
 * SCREENSHOTS_DIR=docs/screenshots, rewrites the README's pictures: `npm test` leaves the working tree alone.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS_DIR;
  await page.screenshot({ path: dir ? path.join(dir, name) : test.info().outputPath(name), fullPage: true });
}
