import { CompliancePartnerFormPage, CompliancePartnersListPage, allDevices, expect, ready, test, uniqueName } from "./support/compliance-partner-pages";

test("Windows and Linux exist in beta only: detail, form, list and what is sent", async ({ page, sandbox, compliance, axe }) => {
  await sandbox.reset({ complianceManagementPartners: 0 });
  const partner = await compliance.create({
    displayName: uniqueName("Versioned"),
    macOsOnboarded: true,
    windowsOnboarded: true,
    windowsEnrollmentAssignments: [allDevices],
    linuxOnboarded: true,
  });
  const form = new CompliancePartnerFormPage(page);
  await page.goto(`/compliance-partners/${partner.id}`);
  await ready(page);
  await expect(page.getByLabel("API version")).toHaveValue("beta");
  for (const platform of ["macOS", "iOS/iPadOS", "Android", "Windows", "Linux"]) await expect(form.platform(platform)).toBeVisible();
  await expect(page.getByRole("list", { name: "Windows enrollment assignments" }).getByText("All devices")).toBeVisible();

  const v1Detail = page.waitForRequest((r) => r.url().includes(`/api/graph/v1.0/deviceManagement/complianceManagementPartners/${partner.id}`));
  await page.getByLabel("API version").selectOption("v1.0");
  await v1Detail;
  await expect(form.platform("Windows")).toHaveCount(0);
  await expect(form.platform("Linux")).toHaveCount(0);
  await expect(form.platform("macOS")).toBeVisible();
  await axe("compliance detail in v1.0");

  await page.getByRole("button", { name: "Edit" }).click();
  await expect(form.field("Display name")).toHaveValue(partner.displayName);
  await expect(form.platform("Windows")).toHaveCount(0);
  await expect(form.platform("Linux")).toHaveCount(0);
  await expect(page.getByLabel("Assignment filter", { exact: true })).toHaveCount(0);
  await form.onboarded("Android").check();
  const patch = page.waitForRequest((r) => r.method() === "PATCH");
  await form.save();
  const request = await patch;
  expect(request.url()).toContain("/api/graph/v1.0/deviceManagement/complianceManagementPartners/");
  expect(request.postDataJSON()).toEqual({ androidOnboarded: true });
  await expect(page.getByRole("heading", { level: 1, name: partner.displayName })).toBeVisible();
  const stored = await compliance.get(partner.id);
  expect(stored.windowsOnboarded).toBe(true);
  expect(stored.linuxOnboarded).toBe(true);

  const list = new CompliancePartnersListPage(page);
  await list.goto(`?q=${encodeURIComponent(partner.displayName)}`);
  const chips = list.row(partner.displayName).getByRole("list", { name: "Onboarded platforms" }).getByRole("listitem");
  await expect(chips).toHaveText(["macOS", "Android"]);
  await page.getByRole("combobox", { name: "Onboarded platform" }).click();
  await expect(page.getByRole("menuitemcheckbox", { name: "Android", exact: true })).toBeVisible();
  await expect(page.getByRole("menuitemcheckbox", { name: "Linux", exact: true })).toHaveCount(0);
  await expect(page.getByRole("menuitemcheckbox", { name: "Windows", exact: true })).toHaveCount(0);
  await page.keyboard.press("Escape");

  await page.getByLabel("API version").selectOption("beta");
  await expect(chips).toHaveText(["macOS", "Android", "Windows", "Linux"]);
  await page.getByRole("combobox", { name: "Onboarded platform" }).click();
  await expect(page.getByRole("menuitemcheckbox", { name: "Linux", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
});
