import { expect, test } from "@playwright/test";
import { collectScripts } from "./support/live-msal-markers";

// zod is the forms' validator; the pages that only read Graph's answers do without it (page weight, see the README).
// "$ZodArray" is a class name zod's core registers in every build; the form page is the positive control.
const zodMarker = "$ZodArray";
const withZod = (scripts: { url: string; text: string }[]) => scripts.filter(({ text }) => text.includes(zodMarker)).map(({ url }) => url);

for (const path of ["/", "/device-partners", "/compliance-partners"]) {
  test(`${path} loads no zod`, async ({ page }) => {
    const scripts = collectScripts(page);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(withZod(await scripts.all())).toEqual([]);
  });
}

test("a partner's detail page loads no zod, and its edit form does", async ({ page }) => {
  await page.goto("/device-partners");
  const firstPartner = page.getByRole("row").nth(1).getByRole("link").first();
  const name = (await firstPartner.textContent()) ?? "";
  const detailScripts = collectScripts(page);
  await firstPartner.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(withZod(await detailScripts.all())).toEqual([]);

  const formScripts = collectScripts(page);
  await page.goto(`${new URL(page.url()).pathname}/edit`);
  await expect(page.getByLabel("Display name")).toHaveValue(name);
  expect(withZod(await formScripts.all())).not.toEqual([]);
});
