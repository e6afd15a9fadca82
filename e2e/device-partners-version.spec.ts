import { expect, ready, test, uniqueName } from "./support/fixtures";
import { DevicePartnerFormPage } from "./support/device-partner-pages";

test("the beta/v1.0 switch changes the API called and the fields shown, and is remembered", async ({ page, sandbox }) => {
  const partner = await sandbox.createDeviceManagementPartner({
    displayName: uniqueName("Versioned"),
    groupsRequiringPartnerEnrollment: [
      {
        target: {
          "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget",
          deviceAndAppManagementAssignmentFilterId: "0f0e0d0c-0b0a-4909-8807-060504030201",
          deviceAndAppManagementAssignmentFilterType: "exclude",
        },
      },
    ],
  });
  await page.goto(`/device-partners/${partner.id}/edit`);
  await ready(page);
  const form = new DevicePartnerFormPage(page);
  const row = form.assignment(0);
  // The filter id names no filter of the tenant: it is shown as such, not dropped.
  await expect(row.getByLabel("Assignment filter", { exact: true }).locator("option:checked")).toHaveText("Filter not found: 0f0e0d0c-0b0a-4909-8807-060504030201");
  await expect(row.getByLabel("Assignment filter type")).toHaveValue("exclude");
  await expect(page.getByLabel("API version")).toHaveValue("beta");

  const v1Request = page.waitForRequest((r) => r.url().includes("/api/graph/v1.0/deviceManagement/deviceManagementPartners/"));
  await page.getByLabel("API version").selectOption("v1.0");
  await v1Request;
  await expect(row.getByLabel("Assignment filter", { exact: true })).toHaveCount(0);
  await expect(row.getByLabel("Assignment filter type")).toHaveCount(0);

  // Changing the assignments in v1.0 sends them without the beta-only filter properties.
  const added = await form.addAssignment();
  await form.chooseTarget(added, "All licensed users");
  await form.field("Display name").fill(`${partner.displayName} v1`);
  const patch = page.waitForRequest((r) => r.method() === "PATCH");
  await form.save();
  const request = await patch;
  expect(request.url()).toContain("/api/graph/v1.0/deviceManagement/deviceManagementPartners/");
  expect(request.postDataJSON()).toEqual({
    displayName: `${partner.displayName} v1`,
    groupsRequiringPartnerEnrollment: [
      { target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } },
      { target: { "@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget" } },
    ],
  });
  await expect(page.getByRole("heading", { level: 1, name: `${partner.displayName} v1` })).toBeVisible();

  await page.reload();
  await ready(page);
  await expect(page.getByLabel("API version")).toHaveValue("v1.0");
  await page.getByLabel("API version").selectOption("beta");
  await page.reload();
  await expect(page.getByLabel("API version")).toHaveValue("beta");
});
