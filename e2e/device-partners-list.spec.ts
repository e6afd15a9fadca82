import { expect, ready, test, uniqueName } from "./support/fixtures";
import { screenshot } from "./support/screenshot";
import { DevicePartnersListPage } from "./support/device-partner-pages";

test("the list shows every column, links to the detail and marks stale heartbeats", async ({ page, sandbox, axe }) => {
  await sandbox.reset({ deviceManagementPartners: 0, complianceManagementPartners: 0 });
  const fresh = await sandbox.createDeviceManagementPartner({ displayName: "Fresh partner", isConfigured: true });
  await sandbox.createDeviceManagementPartner({
    displayName: "Silent partner",
    partnerAppType: "singleTenantApp",
    singleTenantAppId: "6a1f3f7e-2b4c-4d5e-8f90-123456789abc",
    isConfigured: false,
    lastHeartbeatDateTime: new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString(),
  });
  const list = new DevicePartnersListPage(page);
  await list.goto();
  await ready(page);
  for (const column of ["Display name", "Partner state", "App type", "Last heartbeat", "Configured"]) {
    await expect(list.columnHeader(column)).toBeVisible();
  }
  await expect(list.rows).toHaveCount(2);
  const silent = list.row("Silent partner");
  await expect(silent.getByText("Stale", { exact: true })).toBeVisible();
  await expect(silent.getByText("Single tenant app")).toBeVisible();
  await expect(silent.getByText("3 days ago")).toBeVisible();
  await expect(list.row("Fresh partner").getByText("Stale", { exact: true })).toHaveCount(0);
  await expect(list.row("Fresh partner").getByText("Enabled")).toBeVisible();
  await axe("device partner list");

  await list.row("Fresh partner").getByRole("link", { name: "Fresh partner" }).click();
  await expect(page).toHaveURL(new RegExp(`/device-partners/${fresh.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Fresh partner" })).toBeVisible();
});

test("an empty sandbox says so", async ({ page, sandbox }) => {
  await sandbox.reset({ deviceManagementPartners: 0, complianceManagementPartners: 0 });
  const list = new DevicePartnersListPage(page);
  await list.goto();
  await expect(page.getByText("No device management partners match this view.")).toBeVisible();
});

test("search, filters and sort are done by Graph and kept in the URL", async ({ page, sandbox }) => {
  await sandbox.reset({ deviceManagementPartners: 0, complianceManagementPartners: 0 });
  const needle = uniqueName("Needle");
  await sandbox.createDeviceManagementPartner({ displayName: `${needle} Alpha`, partnerState: "enabled" });
  await sandbox.createDeviceManagementPartner({ displayName: `${needle} Beta`, partnerState: "terminated" });
  await sandbox.createDeviceManagementPartner({
    displayName: `${needle} Gamma`,
    partnerState: "terminated",
    partnerAppType: "singleTenantApp",
    singleTenantAppId: "6a1f3f7e-2b4c-4d5e-8f90-123456789abc",
  });
  await sandbox.createDeviceManagementPartner({ displayName: "Haystack", partnerState: "enabled" });
  const list = new DevicePartnersListPage(page);
  await list.goto();
  await ready(page);
  await expect(list.rows).toHaveCount(4);

  const listRequest = page.waitForRequest((r) => r.url().includes("/deviceManagementPartners?") && decodeURIComponent(r.url()).includes("contains(displayName,'Needle"));
  await list.search(needle);
  await listRequest;
  await expect(page).toHaveURL(/q=Needle/);
  await expect(list.rows).toHaveCount(3);

  await list.filter("Partner state", "Terminated");
  await expect(page).toHaveURL(/state=terminated/);
  await expect(list.rows).toHaveCount(2);
  await expect.poll(() => list.names()).toEqual([`${needle} Beta`, `${needle} Gamma`]);

  await list.filter("App type", "Single tenant app");
  await expect(page).toHaveURL(/appType=singleTenantApp/);
  await expect.poll(() => list.names()).toEqual([`${needle} Gamma`]);

  // The view survives a reload: it lives in the URL.
  await page.reload();
  await expect.poll(() => list.names()).toEqual([`${needle} Gamma`]);
  await expect(page.getByRole("searchbox", { name: "Search by name" })).toHaveValue(needle);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(list.rows).toHaveCount(4);

  await list.sortBy("Display name");
  await expect(page).toHaveURL(/sort=displayName&dir=desc/);
  await expect(list.columnHeader("Display name")).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => list.names()).toEqual([`${needle} Gamma`, `${needle} Beta`, `${needle} Alpha`, "Haystack"]);

  // Sorting works from the keyboard too.
  await list.columnHeader("Partner state").getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/sort=partnerState&dir=asc/);
  await expect(list.columnHeader("Partner state")).toHaveAttribute("aria-sort", "ascending");
  const states = () => list.rows.evaluateAll((rows) => rows.map((row) => row.querySelectorAll("[role=gridcell]")[2]?.textContent ?? ""));
  await expect.poll(async () => (await states()).length).toBe(4);
  await expect.poll(async () => {
    const shown = await states();
    return shown.join("|") === [...shown].sort((a, b) => a.localeCompare(b)).join("|") ? "ascending" : shown.join("|");
  }).toBe("ascending");
});

test("paging follows @odata.nextLink with Load more", async ({ page, sandbox }) => {
  await sandbox.reset({ deviceManagementPartners: 250 });
  const list = new DevicePartnersListPage(page);
  const firstPage = page.waitForRequest((r) => r.url().includes("/deviceManagementPartners?"));
  await list.goto();
  await ready(page);
  // The list asks for 50 rows a page, the OData way.
  expect((await firstPage).headers()["prefer"]).toBe("odata.maxpagesize=50");
  await expect(list.status).toHaveText("Showing 50 of 250 device management partners");
  await expect(list.rows).toHaveCount(50);
  const nextPage = page.waitForRequest((r) => r.url().includes("skiptoken"));
  await page.getByRole("button", { name: "Load more" }).click();
  await nextPage;
  await expect(list.status).toHaveText("Showing 100 of 250 device management partners");
  for (const shown of [150, 200, 250]) {
    await page.getByRole("button", { name: "Load more" }).click();
    await expect(list.status).toHaveText(`Showing ${shown} of 250 device management partners`);
  }
  await expect(list.rows).toHaveCount(250);
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
  const names = await list.names();
  expect(new Set(names).size).toBe(250);
});

test("the demo data as a visitor first sees it, and its screenshot", async ({ page, axe }) => {
  const list = new DevicePartnersListPage(page);
  await list.goto();
  await ready(page);
  await expect(list.rows.first()).toBeVisible();
  await expect(list.status).toContainText(/^Showing \d+ of \d+ device management partners$/);
  await axe("device partner list with demo data");
  await screenshot(page, "device-partners-list.png");
});
