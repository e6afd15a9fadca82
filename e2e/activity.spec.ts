import type { Locator, Page } from "@playwright/test";
import { expect, ready, test } from "./support/fixtures";

const entriesOf = (page: Page): Locator => page.getByRole("list", { name: "Partner changes, newest first" }).locator(":scope > li");

/** Every entry on screen, once the list has settled on the given count. */
async function texts(page: Page): Promise<string[]> {
  await expect(entriesOf(page).first()).toBeVisible();
  return entriesOf(page).allInnerTexts();
}

test("Activity's filters narrow the list, live in the URL and survive a reload; each entry links to its partner", async ({ page }) => {
  test.slow();
  await page.goto("/");
  await ready(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
  const all = entriesOf(page);
  await expect(all).toHaveCount(20);
  const unfiltered = await texts(page);
  expect(unfiltered.some((t) => t.includes("Compliance management partner"))).toBe(true);
  expect(unfiltered.some((t) => t.includes("Device management partner"))).toBe(true);

  await page.getByRole("combobox", { name: "Kind" }).selectOption({ label: "Compliance management partners" });
  await expect(page).toHaveURL(/[?&]kind=compliance/);
  await expect.poll(async () => (await texts(page)).every((t) => t.includes("Compliance management partner"))).toBe(true);

  await page.getByRole("combobox", { name: "Operation" }).selectOption({ label: "Updated" });
  await expect(page).toHaveURL(/[?&]operation=updated/);
  await expect.poll(async () => (await texts(page)).every((t) => t.startsWith("Updated") && t.includes("Compliance management partner"))).toBe(true);

  const person = "adele.vance@contoso.onmicrosoft.com";
  await page.getByLabel("Person (user principal name)").fill(person);
  await page.getByLabel("Person (user principal name)").press("Enter");
  await expect(page).toHaveURL(/[?&]person=adele\.vance%40contoso\.onmicrosoft\.com/);
  await expect.poll(async () => (await texts(page)).every((t) => t.includes(`by ${person}`) && t.startsWith("Updated"))).toBe(true);
  const narrowed = await texts(page);
  expect(narrowed.length).toBeGreaterThan(0);
  expect(narrowed.length).toBeLessThan(unfiltered.length);

  await page.reload();
  await ready(page);
  await expect(page.getByRole("combobox", { name: "Kind" })).toHaveValue("compliance");
  await expect(page.getByRole("combobox", { name: "Operation" })).toHaveValue("updated");
  await expect(page.getByLabel("Person (user principal name)")).toHaveValue(person);
  await expect(all).toHaveCount(narrowed.length);
  expect(await texts(page)).toEqual(narrowed);

  const link = all.first().getByRole("link");
  const name = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  expect(new URL(page.url()).pathname).toMatch(/^\/compliance-partners\/[^/]+$/);
});

test("Activity's date range keeps one day's changes, kept across a reload; Load more pages on", async ({ page }) => {
  await page.goto("/activity");
  await ready(page);
  const all = entriesOf(page);
  await expect(all).toHaveCount(20);
  await page.getByRole("button", { name: "Load more" }).click();
  await expect(all).toHaveCount(40);

  // The day of the newest seeded change, in the browser's own zone.
  const newest = await all.first().locator("time").getAttribute("datetime");
  const day = await page.evaluate((iso) => {
    const d = new Date(iso!);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  }, newest);
  await page.getByLabel("From").fill(day);
  await page.getByLabel("To").fill(day);
  await expect(page).toHaveURL(new RegExp(`from=${day}&to=${day}`));
  await expect.poll(async () => (await all.count()) > 0 && (await all.count()) < 20).toBe(true);
  const times = await all.locator("time").evaluateAll((nodes) => nodes.map((n) => new Date(n.getAttribute("datetime")!).toDateString()));
  expect(new Set(times).size).toBe(1);
  const count = await all.count();

  await page.reload();
  await ready(page);
  await expect(page.getByLabel("From")).toHaveValue(day);
  await expect(all).toHaveCount(count);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/activity$/);
  await expect(all).toHaveCount(20);
});
