import { expect, test } from "@playwright/test";
import { collectScripts, scriptsWithMsal } from "./support/live-msal-markers";

// The positive control, e2e/live-loads-msal.spec.ts, proves these markers are found when MSAL is there.
const listPages = ["/", "/device-partners", "/device-partners/new", "/compliance-partners", "/compliance-partners/new"];

for (const path of listPages) {
  test(`demo mode's ${path} loads no MSAL code`, async ({ page }) => {
    const scripts = collectScripts(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("load");
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    const loaded = await scripts.all();
    expect(loaded.length).toBeGreaterThan(0);
    expect(scriptsWithMsal(loaded)).toEqual([]);
  });
}

test("demo mode's partner detail and edit pages load no MSAL code", async ({ page }) => {
  const scripts = collectScripts(page);
  await page.goto("/device-partners");
  await page.getByRole("row").nth(1).getByRole("link").first().click();
  await page.waitForURL((url) => /^\/device-partners\/[^/]+$/.test(url.pathname));
  await page.goto(`${new URL(page.url()).pathname}/edit`);
  await expect(page.getByLabel("Display name")).toBeVisible();
  expect(scriptsWithMsal(await scripts.all())).toEqual([]);
});
