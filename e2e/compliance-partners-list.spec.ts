import { CompliancePartnersListPage, expect, ready, test, uniqueName } from "./support/compliance-partner-pages";

test("the list shows state, heartbeat with Stale, and onboarded platforms as chips", async ({ page, sandbox, compliance, axe }) => {
  await sandbox.reset({ deviceManagementPartners: 0, complianceManagementPartners: 0 });
  const fresh = await compliance.create({ displayName: "Fresh partner", macOsOnboarded: true, iosOnboarded: true, linuxOnboarded: true });
  await compliance.create({
    displayName: "Silent partner",
    lastHeartbeatDateTime: new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString(),
  });
  const list = new CompliancePartnersListPage(page);
  await list.goto();
  await ready(page);
  for (const column of ["Display name", "Partner state", "Last heartbeat", "Onboarded platforms"]) await expect(list.columnHeader(column)).toBeVisible();
  await expect(list.rows).toHaveCount(2);
  const chips = list.row("Fresh partner").getByRole("list", { name: "Onboarded platforms" }).getByRole("listitem");
  await expect(chips).toHaveText(["macOS", "iOS/iPadOS", "Linux"]);
  await expect(list.row("Fresh partner").getByText("Enabled")).toBeVisible();
  await expect(list.row("Fresh partner").getByText("Stale", { exact: true })).toHaveCount(0);
  const silent = list.row("Silent partner");
  await expect(silent.getByText("Stale", { exact: true })).toBeVisible();
  await expect(silent.getByText("3 days ago")).toBeVisible();
  await expect(silent.getByText("None", { exact: true })).toBeVisible();
  await axe("compliance partner list");

  await list.row("Fresh partner").getByRole("link", { name: "Fresh partner" }).click();
  await expect(page).toHaveURL(new RegExp(`/compliance-partners/${fresh.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Fresh partner" })).toBeVisible();
});

test("search, state and platform filters and sort are done by Graph and kept in the URL", async ({ page, sandbox, compliance, axe }) => {
  await sandbox.reset({ deviceManagementPartners: 0, complianceManagementPartners: 0 });
  const needle = uniqueName("Needle");
  await compliance.create({ displayName: `${needle} Alpha`, partnerState: "enabled", macOsOnboarded: true });
  await compliance.create({ displayName: `${needle} Beta`, partnerState: "terminated", androidOnboarded: true });
  await compliance.create({ displayName: `${needle} Gamma`, partnerState: "enabled", androidOnboarded: true, linuxOnboarded: true });
  await compliance.create({ displayName: "Haystack", partnerState: "enabled", androidOnboarded: true });
  const list = new CompliancePartnersListPage(page);
  await list.goto();
  await ready(page);
  await expect(list.rows).toHaveCount(4);

  await list.search(needle);
  await expect.poll(() => list.names()).toEqual([`${needle} Alpha`, `${needle} Beta`, `${needle} Gamma`]);
  await expect(page).toHaveURL(/q=Needle/);

  const platformRequest = page.waitForRequest((r) => decodeURIComponent(r.url()).includes("androidOnboarded eq true"));
  await list.filter("Onboarded platform", "Android");
  await platformRequest;
  await expect.poll(() => list.names()).toEqual([`${needle} Beta`, `${needle} Gamma`]);
  await expect(page).toHaveURL(/platform=android/);

  await list.filter("Partner state", "Enabled");
  await expect.poll(() => list.names()).toEqual([`${needle} Gamma`]);
  await axe("filtered compliance list");

  await list.filter("Onboarded platform", "macOS");
  await expect.poll(() => list.names()).toEqual([`${needle} Alpha`, `${needle} Gamma`]);

  const sortRequest = page.waitForRequest((r) => decodeURIComponent(r.url()).includes("$orderby=displayName desc"));
  await list.columnHeader("Display name").getByRole("button").click();
  await sortRequest;
  await expect.poll(() => list.names()).toEqual([`${needle} Gamma`, `${needle} Alpha`]);

  // The view survives a reload.
  await page.reload();
  await ready(page);
  await expect.poll(() => list.names()).toEqual([`${needle} Gamma`, `${needle} Alpha`]);
  await expect(page.getByRole("searchbox", { name: "Search by name" })).toHaveValue(needle);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect.poll(() => list.names()).toEqual([`${needle} Gamma`, `${needle} Beta`, `${needle} Alpha`, "Haystack"]);
});

test("paging follows Graph's nextLink", async ({ page, sandbox }) => {
  await sandbox.reset({ deviceManagementPartners: 0, complianceManagementPartners: 150 });
  const list = new CompliancePartnersListPage(page);
  await list.goto();
  await ready(page);
  const status = page.getByRole("status").filter({ hasText: /^Showing/ });
  await expect(status).toHaveText(/^Showing \d+ of 150 /);
  const first = Number(/^Showing (\d+)/.exec((await status.textContent()) ?? "")![1]);
  expect(first, "the first page is a page: some rows, not all").toBeGreaterThan(0);
  expect(first).toBeLessThan(150);
  await expect(list.rows).toHaveCount(first);
  const next = page.waitForRequest((r) => r.url().includes("/complianceManagementPartners?") && r.url().includes("skiptoken"));
  await page.getByRole("button", { name: "Load more" }).click();
  await next;
  await expect.poll(() => list.rows.count()).toBeGreaterThan(first);
  while (await page.getByRole("button", { name: "Load more" }).isVisible()) {
    await page.getByRole("button", { name: "Load more" }).click();
    await expect(page.getByRole("button", { name: "Loading more…" })).toHaveCount(0);
  }
  await expect(status).toHaveText("Showing 150 of 150 compliance management partners");
  await expect(list.rows).toHaveCount(150);
});
