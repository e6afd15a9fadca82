import { expect, ready, test } from "./support/fixtures";

test("the overview counts partners per state and links to the lists", async ({ page, sandbox }) => {
  await sandbox.reset({ deviceManagementPartners: 0, complianceManagementPartners: 0 });
  await sandbox.createDeviceManagementPartner({ displayName: "Counted one", partnerState: "rejected" });
  await sandbox.createDeviceManagementPartner({ displayName: "Counted two", partnerState: "rejected" });
  await page.goto("/");
  await ready(page);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  const table = page.getByRole("table", { name: "Device management partners by partner state" });
  await expect(table.getByRole("row", { name: /Rejected/ })).toContainText("2");
  await expect(page.getByText("2 in total")).toBeVisible();
  await table.getByRole("link", { name: "2 Rejected" }).click();
  await expect(page).toHaveURL(/\/device-partners\?state=rejected$/);
  await expect(page.getByRole("grid", { name: "Device management partners" }).getByRole("link")).toHaveCount(2);
});

test("the shell has the navigation, the demo banner and a working reset", async ({ page, sandbox }) => {
  await sandbox.reset({ deviceManagementPartners: 0, complianceManagementPartners: 0 });
  await page.goto("/device-partners");
  await ready(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Device management partners" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Overview" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Compliance management partners" })).toBeVisible();
  await expect(page.getByText("No device management partners match this view.")).toBeVisible();
  const banner = page.getByRole("region", { name: "Demo mode" });
  await banner.getByRole("button", { name: "Reset demo data" }).click();
  await expect(banner).toContainText("Demo data was reset.");
  await expect(page.getByRole("grid", { name: "Device management partners" }).getByRole("link").first()).toBeVisible();
});
