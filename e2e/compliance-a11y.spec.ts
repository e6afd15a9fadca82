import { CompliancePartnerFormPage, expect, ready, test, type Theme } from "./support/compliance-partner-pages";

const macOsForAll = [{ target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }];

// One test per page, so each stays short on a slow machine and a failure names the page.
for (const theme of ["light", "dark"] as Theme[]) {
  test.describe(`in the ${theme} theme`, () => {
    test.use({ theme });

    test("the compliance list, its platform filter and bulk delete dialog pass axe", async ({ page, compliance, axe }) => {
      await compliance.create({ displayName: `Compliance axe list ${theme}`, macOsEnrollmentAssignments: macOsForAll });
      await page.goto("/compliance-partners");
      await ready(page);
      await expect(page.getByRole("grid", { name: "Compliance management partners" })).toBeVisible();
      await axe("compliance list");
      await page.getByRole("combobox", { name: "Onboarded platform" }).click();
      await expect(page.getByRole("menu", { name: "Onboarded platform" })).toBeVisible();
      await axe("platform filter open");
      await page.keyboard.press("Escape");
      await page.getByRole("grid").getByRole("checkbox").nth(1).check();
      await page.getByRole("button", { name: /^Delete selected/ }).click();
      await expect(page.getByRole("alertdialog")).toBeVisible();
      await axe("bulk delete dialog");
      await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
      await expect(page.getByRole("alertdialog")).toHaveCount(0);
    });

    test("the compliance detail and its delete dialog pass axe", async ({ page, compliance, axe }) => {
      const partner = await compliance.create({ displayName: `Compliance axe detail ${theme}`, macOsEnrollmentAssignments: macOsForAll });
      await page.goto(`/compliance-partners/${partner.id}`);
      await ready(page);
      await expect(page.getByRole("heading", { level: 1, name: partner.displayName })).toBeVisible();
      await page.getByRole("button", { name: "Raw JSON" }).click();
      await axe("compliance detail");
      await page.getByRole("button", { name: "Delete" }).click();
      await expect(page.getByRole("alertdialog")).toBeVisible();
      await axe("delete dialog");
      await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
      await expect(page.getByRole("alertdialog")).toHaveCount(0);
    });

    test("the compliance edit form, its errors and leave dialog pass axe", async ({ page, compliance, axe }) => {
      const partner = await compliance.create({ displayName: `Compliance axe edit ${theme}`, macOsEnrollmentAssignments: macOsForAll });
      await page.goto(`/compliance-partners/${partner.id}/edit`);
      await ready(page);
      const form = new CompliancePartnerFormPage(page);
      await expect(form.field("Display name")).toHaveValue(partner.displayName);
      await form.platform("Android").getByRole("button", { name: "Add assignment" }).click();
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByText("Choose a group.")).toBeVisible();
      await axe("compliance edit form with validation errors");
      await page.getByRole("button", { name: "Cancel" }).click();
      await expect(page.getByRole("alertdialog", { name: "Leave without saving?" })).toBeVisible();
      await axe("unsaved changes dialog");
      await page.getByRole("button", { name: "Stay on this page" }).click();
      await expect(page.getByRole("alertdialog")).toHaveCount(0);
    });

    test("the new compliance partner form passes axe", async ({ page, axe }) => {
      await page.goto("/compliance-partners/new");
      await ready(page);
      await expect(new CompliancePartnerFormPage(page).field("Display name")).toBeVisible();
      await axe("new compliance partner form");
    });
  });
}
