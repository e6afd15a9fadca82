import { readFile } from "node:fs/promises";
import { parseCsv, utf8Bom } from "../lib/csv/csv";
import { expect, ready, test } from "./support/fixtures";
import { CompliancePartnersListPage } from "./support/compliance-partner-pages";
import { DevicePartnersListPage } from "./support/device-partner-pages";
import { PartnerListPage } from "./support/partner-list-page";

test("the Health filter becomes an OData $filter, and each row shows its health", async ({ page, sandbox }) => {
  await sandbox.reset();
  const list = new DevicePartnersListPage(page);
  const filtered = page.waitForRequest((r) => r.url().includes("/deviceManagementPartners?") && decodeURIComponent(r.url()).includes("lastHeartbeatDateTime le "));
  await list.goto("?health=unhealthy");
  await ready(page);
  await filtered;
  await expect(list.rows).toHaveCount(4);
  expect(await list.names()).toEqual(["Fleet", "Hexnode", "Mosyle", "Omnissa Workspace ONE"]);
  await expect(list.row("Mosyle")).toContainText("Unhealthy");

  const warning = page.waitForRequest((r) => r.url().includes("/deviceManagementPartners?") && decodeURIComponent(r.url()).includes("lastHeartbeatDateTime lt "));
  await (list as PartnerListPage).filter("Health", "Warning");
  await warning;
  await expect(page).toHaveURL(/health=unhealthy%2Cwarning|health=unhealthy,warning/);
  await expect(list.rows).toHaveCount(6);
  await expect(list.row("Miradore")).toContainText("Warning");
});

test("the detail page shows the health, the reason, what to do, and the device dates as countdowns", async ({ page, sandbox }) => {
  await sandbox.reset();
  const list = new DevicePartnersListPage(page);
  await list.goto();
  await ready(page);
  await list.row("Mosyle").getByRole("link", { name: "Mosyle" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mosyle" })).toBeVisible();
  const panel = page.getByRole("region", { name: "Health" });
  await expect(panel).toContainText("Health: Unhealthy");
  await expect(panel).toContainText("The partner does not respond. No heartbeat for 9 days.");
  await expect(panel.getByRole("list", { name: "What to do" }).getByRole("listitem").first()).toContainText("partner's own console");
  await expect(panel.getByRole("link", { name: "Troubleshoot the Jamf Pro integration with Intune" })).toHaveAttribute(
    "href",
    "https://learn.microsoft.com/troubleshoot/mem/intune/device-protection/troubleshoot-jamf",
  );
  await expect(page.getByText("in 14 days")).toBeVisible();
  const nonCompliant = await page.locator("time", { hasText: "(" }).first().getAttribute("datetime");
  expect(Math.round((Date.parse(nonCompliant!) - Date.now()) / 86_400_000)).toBe(14);
});

test("Export CSV writes every partner of the view across pages, with id and health, as UTF-8 with a BOM", async ({ page, sandbox }) => {
  test.setTimeout(120_000);
  await sandbox.reset({ deviceManagementPartners: 1200, complianceManagementPartners: 0 });
  const list = new DevicePartnersListPage(page);
  await list.goto();
  await ready(page);
  await expect(list.rows).toHaveCount(50);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const file = await (await download).path();
  const text = await readFile(file, "utf8");
  expect(text.startsWith(utf8Bom)).toBe(true);
  const [header, ...records] = parseCsv(text);
  expect(header).toEqual(["id", "Display name", "Health", "Partner state", "App type", "Last heartbeat", "Configured"]);
  expect(records).toHaveLength(1200);
  expect(new Set(records.map((r) => r[0])).size).toBe(1200);
  const jamf = records.find((r) => r[1] === "Jamf Pro")!;
  expect(jamf.slice(2, 5)).toEqual(["Healthy", "enabled", "multiTenantApp"]);
  expect(records.find((r) => r[1] === "Citrix Endpoint Management")![5]).toBe("0001-01-01T00:00:00Z");
  // The toast and its screen-reader announcement both carry the words.
  await expect(page.getByText("Export ready").first()).toBeVisible();

  // The current view, not the whole collection: a health filter narrows the file the same way.
  await list.goto("?health=terminated");
  await expect(list.rows.first()).toBeVisible();
  const narrowed = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const [, ...terminated] = parseCsv(await readFile(await (await narrowed).path(), "utf8"));
  expect(terminated.length).toBeGreaterThan(0);
  expect(new Set(terminated.map((r) => r[2]))).toEqual(new Set(["Terminated"]));
});

for (const [title, make] of [
  ["device", (page: import("@playwright/test").Page) => new DevicePartnersListPage(page)],
  ["compliance", (page: import("@playwright/test").Page) => new CompliancePartnersListPage(page)],
] as const) {
  test(`a keyboard alone opens a ${title} partner from the list, with a visible focus ring`, async ({ page, sandbox }) => {
    await sandbox.reset();
    const list = make(page);
    await list.goto();
    await ready(page);
    await expect(list.rows.first()).toBeVisible();
    const inGrid = () => list.grid.evaluate((grid) => grid.contains(document.activeElement));
    for (let i = 0; i < 40 && !(await inGrid()); i++) await page.keyboard.press("Tab");
    expect(await inGrid()).toBe(true);
    // Down to the first data row, then right until the partner's name cell (or its link) has the focus.
    await page.keyboard.press("ArrowDown");
    const onName = () => page.evaluate(() => !!document.activeElement?.closest("[role=gridcell], [role=cell]")?.querySelector("a[href]") || document.activeElement instanceof HTMLAnchorElement);
    for (let i = 0; i < 6 && !(await onName()); i++) await page.keyboard.press("ArrowRight");
    expect(await onName()).toBe(true);
    expect(await page.evaluate(() => document.activeElement!.matches(":focus-visible"))).toBe(true);
    const name = await page.evaluate(() => (document.activeElement!.querySelector("a") ?? document.activeElement)!.textContent);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: name! })).toBeVisible();
  });
}
