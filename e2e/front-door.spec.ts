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
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/device-partners");
  await ready(page);
  await expect(page.getByRole("banner").getByText(/Partner Console/)).toBeVisible();
  // One line: the brand, the navigation and the switches are centred on the same row.
  const centres = await page.getByRole("banner").evaluate((header) =>
    [...header.children].map((child) => {
      const box = child.getBoundingClientRect();
      return box.top + box.height / 2;
    }),
  );
  expect(centres).toHaveLength(3);
  expect(Math.max(...centres) - Math.min(...centres)).toBeLessThan(8);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  await page.setViewportSize({ width: 390, height: 800 });
  await expect(page.getByRole("grid", { name: "Device management partners" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compliance management partners" })).toBeInViewport();
});
