import { CompliancePartnersListPage, expect, ready, test, uniqueName } from "./support/compliance-partner-pages";

test("delete asks, deletes and returns to the list", async ({ page, compliance, axe }) => {
  const stays = await compliance.create({ displayName: uniqueName("Stays") });
  const partner = await compliance.create({ displayName: uniqueName("Delete me"), iosEnrollmentAssignments: [] });
  await page.goto(`/compliance-partners/${partner.id}`);
  await ready(page);
  await expect(page.getByRole("heading", { level: 1, name: partner.displayName })).toBeVisible();
  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Delete ${partner.displayName}?` });
  await expect(dialog).toBeVisible();
  await axe("compliance delete dialog");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  expect(await compliance.status(partner.id)).toBe(200);

  await page.getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/compliance-partners$/);
  await expect(page.getByRole("heading", { level: 1, name: "Compliance management partners" })).toBeVisible();
  const list = new CompliancePartnersListPage(page);
  await expect(list.row(stays.displayName)).toBeVisible();
  await expect(list.row(partner.displayName)).toHaveCount(0);
  expect(await compliance.status(partner.id)).toBe(404);
});

test("bulk delete names what will go and deletes only the selected rows", async ({ page, sandbox, compliance, axe }) => {
  await sandbox.reset({ deviceManagementPartners: 0, complianceManagementPartners: 0 });
  const keep = await compliance.create({ displayName: "Keep me" });
  const first = await compliance.create({ displayName: "Bulk one", iosOnboarded: true });
  const second = await compliance.create({ displayName: "Bulk two", androidOnboarded: true });
  const list = new CompliancePartnersListPage(page);
  await list.goto();
  await ready(page);
  await expect(list.rows).toHaveCount(3);
  await expect(page.getByRole("button", { name: "Delete selected" })).toBeDisabled();
  await list.row("Bulk one").getByRole("checkbox", { name: "Select Bulk one" }).check();
  await list.row("Bulk two").getByRole("checkbox", { name: "Select Bulk two" }).check();
  await page.getByRole("button", { name: "Delete selected (2)" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete 2 compliance management partners?" });
  await expect(dialog.getByRole("list", { name: "To be deleted" }).getByRole("listitem")).toHaveText(["Bulk one", "Bulk two"]);
  await axe("compliance bulk delete dialog");
  await dialog.getByRole("button", { name: "Delete 2 compliance management partners" }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => list.names()).toEqual(["Keep me"]);
  for (const gone of [first, second]) expect(await compliance.status(gone.id)).toBe(404);
  expect((await compliance.get(keep.id)).displayName).toBe("Keep me");
});
