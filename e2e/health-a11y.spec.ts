import { expect, ready, test, type Theme } from "./support/fixtures";

// axe on each view the health work added, in both themes.
for (const theme of ["light", "dark"] as Theme[]) {
  test.describe(`in the ${theme} theme`, () => {
    test.use({ theme });

    test("the overview with needs attention and coming up passes axe", async ({ page, sandbox, axe }) => {
      await sandbox.reset();
      await page.goto("/");
      await ready(page);
      await expect(page.getByRole("table", { name: "Partners that need attention" })).toBeVisible();
      await expect(page.getByRole("table", { name: "Coming up in the next 30 days" })).toBeVisible();
      await axe("overview with health");
    });

    test("the list filtered by health passes axe", async ({ page, sandbox, axe }) => {
      await sandbox.reset();
      await page.goto("/device-partners?health=unhealthy,warning");
      await ready(page);
      await expect(page.getByRole("grid", { name: "Device management partners" }).getByText("Unhealthy").first()).toBeVisible();
      await axe("list by health");
    });

    test("the detail's health panel passes axe", async ({ page, sandbox, axe }) => {
      const partner = await sandbox.createDeviceManagementPartner({
        displayName: `Silent ${theme}`,
        lastHeartbeatDateTime: new Date(Date.now() - 5 * 86_400_000).toISOString(),
        whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      });
      await page.goto(`/device-partners/${partner.id}`);
      await ready(page);
      await expect(page.getByRole("region", { name: "Health" })).toContainText("No heartbeat for 5 days.");
      await axe("detail with health panel");
    });

    test("the not-found page passes axe", async ({ page, axe }) => {
      await page.goto("/nothing-here");
      await ready(page);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await axe("not-found page");
    });
  });
}
