import { expect, ready, test } from "./support/fixtures";

test("an unknown address answers 404 with a styled page inside the shell", async ({ page, axe }) => {
  const response = await page.goto("/no-such-page/here");
  expect(response?.status()).toBe(404);
  await ready(page);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByText("/no-such-page/here")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page).toHaveTitle("Page not found · Intune Partner Console");
  await axe("not-found page");
  await page.getByRole("navigation", { name: "Where to go" }).getByRole("link", { name: "Device management partners" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Device management partners" })).toBeVisible();
});

test("the browser's favicon request finds a real icon", async ({ request }) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  const body = await response.body();
  // ICONDIR: reserved 0, type 1 (icon), then at least one image.
  expect([...body.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  expect(body.readUInt16LE(4)).toBeGreaterThan(0);
});

test("the header stays on one line at 1,024 px and the page stays usable at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/device-partners");
  await ready(page);
  const header = page.getByRole("banner");
  const brand = header.getByText(/Partner Console/);
  const theme = page.getByRole("switch", { name: "Dark theme" });
  const nav = page.getByRole("navigation", { name: "Main" });
  const top = async (locator: typeof brand) => (await locator.boundingBox())!.y;
  const height = async (locator: typeof brand) => (await locator.boundingBox())!.height;
  // One line: brand, navigation and switches share a row, and the header is no taller than its tallest control row.
  expect(Math.abs((await top(nav)) + (await height(nav)) / 2 - ((await top(theme)) + (await height(theme)) / 2))).toBeLessThan(8);
  expect(Math.abs((await top(brand)) + (await height(brand)) / 2 - ((await top(theme)) + (await height(theme)) / 2))).toBeLessThan(8);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  await page.setViewportSize({ width: 390, height: 800 });
  await expect(page.getByRole("grid", { name: "Device management partners" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(nav.getByRole("link", { name: "Compliance management partners" })).toBeInViewport();
});
