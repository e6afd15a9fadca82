import { expect, ready, test, type Theme } from "./support/fixtures";

// One test per page, so each stays short on a slow machine and a failure names the page.
for (const theme of ["light", "dark"] as Theme[]) {
  test.describe(`in the ${theme} theme`, () => {
    test.use({ theme });

    test("the overview passes axe", async ({ page, axe }) => {
      await page.goto("/");
      await ready(page);
      await expect(page.getByRole("switch", { name: "Dark theme" })).toBeChecked({ checked: theme === "dark" });
      await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
      await expect(page.getByText(/in total/).first()).toBeVisible();
      await axe("overview");
    });

    test("the device partner list and its filter menu pass axe", async ({ page, axe }) => {
      await page.goto("/device-partners");
      await ready(page);
      await expect(page.getByRole("grid", { name: "Device management partners" })).toBeVisible();
      await axe("device partner list");
      await page.getByRole("combobox", { name: "Partner state" }).click();
      await expect(page.getByRole("menu", { name: "Partner state" })).toBeVisible();
      await axe("state filter open");
      await page.keyboard.press("Escape");
    });

    test("the device partner detail and its dialogs pass axe", async ({ page, sandbox, axe }) => {
      const filter = (id: string) => ({
        target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget", deviceAndAppManagementAssignmentFilterId: id, deviceAndAppManagementAssignmentFilterType: "include" },
      });
      const gone = "0f0e0d0c-0b0a-4909-8807-060504030201";
      const partner = await sandbox.createDeviceManagementPartner({
        displayName: `Axe detail ${theme}`,
        groupsRequiringPartnerEnrollment: [filter(await sandbox.filterId("Kiosk")), { target: { ...filter(gone).target, "@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget" } }],
      });
      await page.goto(`/device-partners/${partner.id}`);
      await ready(page);
      await expect(page.getByRole("heading", { level: 1, name: partner.displayName })).toBeVisible();
      // The filters' names (and the one that no longer resolves) are on the page before axe looks.
      await expect(page.getByText(/^Filter: Include\s+Kiosk$/)).toBeVisible();
      await expect(page.getByText(`Filter not found: ${gone}`)).toBeVisible();
      await page.getByRole("button", { name: "Raw JSON" }).click();
      await axe("device partner detail");
      for (const action of ["Terminate", "Delete"]) {
        await page.getByRole("button", { name: action }).click();
        await expect(page.getByRole("alertdialog")).toBeVisible();
        await axe(`${action} dialog`);
        await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
        await expect(page.getByRole("alertdialog")).toHaveCount(0);
      }
    });

    test("the device partner edit form, its errors, group picker and leave dialog pass axe", async ({ page, sandbox, axe }) => {
      const partner = await sandbox.createDeviceManagementPartner({ displayName: `Axe edit ${theme}` });
      await page.goto(`/device-partners/${partner.id}/edit`);
      await ready(page);
      await expect(page.getByLabel("Display name")).toHaveValue(partner.displayName);
      await page.getByRole("button", { name: "Add assignment" }).click();
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByText("Choose a group.")).toBeVisible();
      await axe("edit form with validation errors");
      const group = page.getByRole("combobox", { name: "Group" });
      await group.click();
      await expect(page.getByRole("listbox", { name: "Group" }).getByRole("option").first()).toBeVisible();
      await axe("group picker open");
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Cancel" }).click();
      await expect(page.getByRole("alertdialog", { name: "Leave without saving?" })).toBeVisible();
      await axe("unsaved changes dialog");
      await page.getByRole("button", { name: "Stay on this page" }).click();
      await expect(page.getByRole("alertdialog")).toHaveCount(0);
    });

    test("the new device partner form passes axe", async ({ page, axe }) => {
      await page.goto("/device-partners/new");
      await ready(page);
      await expect(page.getByLabel("Display name")).toBeVisible();
      await axe("new partner form");
    });

    test("the theme switch is remembered and the keyboard reaches it", async ({ page }) => {
      await page.goto("/");
      await ready(page);
      const toggle = page.getByRole("switch", { name: "Dark theme" });
      await toggle.focus();
      await page.keyboard.press("Space");
      await expect(toggle).toBeChecked({ checked: theme !== "dark" });
      await page.reload();
      await expect(page.getByRole("switch", { name: "Dark theme" })).toBeChecked({ checked: theme !== "dark" });
    });
  });
}
