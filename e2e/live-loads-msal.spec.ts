import { collectScripts, scriptsWithMsal } from "./support/live-msal-markers";
import { expect, test } from "./support/live-fixtures";

// The control for e2e/demo-no-msal.spec.ts: the same detector finds MSAL where live mode needs it.
test("live mode loads MSAL, and the detector demo mode is checked with sees it", async ({ page }) => {
  const scripts = collectScripts(page);
  await page.goto("/device-partners");
  await expect(page.getByRole("button", { name: "Sign in with Microsoft" })).toBeVisible();
  expect(scriptsWithMsal(await scripts.all()).length).toBeGreaterThan(0);
});
