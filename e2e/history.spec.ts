import type { Page } from "@playwright/test";
import { expect, ready, test, uniqueName, type Theme } from "./support/fixtures";
import { DevicePartnerFormPage } from "./support/device-partner-pages";

const demoActor = "demo.admin@contoso.onmicrosoft.com";

async function openHistory(page: Page) {
  await page.getByRole("button", { name: "Show history" }).click();
  const list = page.getByRole("list", { name: "Changes, newest first" });
  await expect(list).toBeVisible();
  return list;
}

/** Reads this test's sandbox through the gateway, as the console does. */
async function graphGet<T>(page: Page, baseURL: string, path: string): Promise<T> {
  const response = await page.context().request.get(`/api/graph/beta/${path}`, { headers: { Origin: new URL(baseURL).origin, "X-Requested-With": "XMLHttpRequest" } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

async function firstFilter(page: Page, baseURL: string): Promise<{ id: string; displayName: string }> {
  return (await graphGet<{ value: { id: string; displayName: string }[] }>(page, baseURL, "deviceManagement/assignmentFilters?$top=1&$select=id,displayName")).value[0]!;
}

test("a rename and an assignment edit show in History, newest first, old → new, by the demo actor", async ({ page, sandbox, baseURL }) => {
  test.slow();
  const [group] = await sandbox.groups(1);
  const filter = await firstFilter(page, baseURL!);
  const before = uniqueName("History before");
  const after = uniqueName("History after");
  const partner = await sandbox.createDeviceManagementPartner({ displayName: before, groupsRequiringPartnerEnrollment: [] });
  const form = new DevicePartnerFormPage(page);

  await page.goto(`/device-partners/${partner.id}/edit`);
  await ready(page);
  await form.field("Display name").fill(after);
  await form.save();
  await expect(page.getByRole("heading", { level: 1, name: after })).toBeVisible();

  await page.getByRole("button", { name: "Edit" }).click();
  const row = await form.addAssignment();
  await form.chooseTarget(row, "Group");
  await form.pickGroup(row, group!.displayName.slice(0, 4), group!.displayName);
  await row.getByLabel("Assignment filter", { exact: true }).selectOption({ value: filter.id });
  await row.getByLabel("Assignment filter type").selectOption({ label: "Exclude" });
  await form.save();
  await expect(page.getByRole("heading", { level: 1, name: after })).toBeVisible();

  const history = await openHistory(page);
  const entries = history.locator(":scope > li");
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText("Updated");
  await expect(entries.nth(0)).toContainText(`by ${demoActor}`);
  await expect(entries.nth(0).getByRole("list", { name: "Changes" })).toHaveText(`Groups requiring partner enrollment: added Group ${group!.displayName} (exclude filter ${filter.displayName})`);
  await expect(entries.nth(1)).toContainText("Updated");
  await expect(entries.nth(1).getByRole("list", { name: "Changes" })).toHaveText(`Display name: ${before} → ${after}`);
  await expect(entries.nth(2)).toContainText("Created");
  await expect(entries.nth(0).locator("time")).toContainText(/ ago|now/);
});

test("terminate shows in the open History at once; delete shows on Activity with the partner marked deleted", async ({ page, sandbox }) => {
  // Terminate, delete and Activity in one flow: 20-odd seconds on a quiet machine, so three times the usual 30 s.
  test.slow();
  const partner = await sandbox.createDeviceManagementPartner({ displayName: uniqueName("History terminate"), partnerState: "enabled" });
  await page.goto(`/device-partners/${partner.id}`);
  await ready(page);
  const history = await openHistory(page);
  const entries = history.locator(":scope > li");
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Created");

  await page.getByRole("button", { name: "Terminate" }).click();
  await page.getByRole("alertdialog", { name: `Terminate ${partner.displayName}?` }).getByRole("button", { name: "Terminate" }).click();
  await expect(page.getByText("This partnership is terminated.")).toBeVisible();
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText("Terminated");
  await expect(entries.first().getByRole("list", { name: "Changes" })).toContainText("Partner state: Enabled → Terminated");

  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog", { name: `Delete ${partner.displayName}?` }).getByRole("button", { name: "Delete" }).click();
  await page.waitForURL((url) => url.pathname === "/device-partners");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" }).click();
  const activity = page.getByRole("list", { name: "Partner changes, newest first" });
  const newest = activity.locator(":scope > li").first();
  await expect(newest).toContainText("Deleted");
  await expect(newest).toContainText(`Device management partner ${partner.displayName} (deleted)`);
  await expect(newest.getByRole("link")).toHaveCount(0);
});

test("a compliance partner's History shows its seeded changes, and a property the console does not know shows as Graph spells it", async ({ page, baseURL }) => {
  const seeded = await graphGet<{ value: { resources: { resourceId: string }[] }[] }>(page, baseURL!, "deviceManagement/auditEvents?$top=1&$filter=componentName eq 'DeviceCompliancePolicy'");
  const id = seeded.value[0]!.resources[0]!.resourceId;
  // Graph adds fields: this answer carries one the console has no words for.
  await page.route("**/api/graph/*/deviceManagement/auditEvents?*", async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { value: { resources: { modifiedProperties: unknown[] }[] }[] };
    body.value[0]?.resources[0]?.modifiedProperties.push({ displayName: "someFutureSetting", oldValue: '"off"', newValue: '"on"' });
    await route.fulfill({ response, json: body });
  });
  await page.goto(`/compliance-partners/${id}`);
  await ready(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const history = await openHistory(page);
  const entries = history.locator(":scope > li");
  await expect(entries.last()).toContainText("Created");
  await expect(entries.first()).toContainText("Updated");
  await expect(entries.first()).toContainText(/by \S+@contoso\.onmicrosoft\.com/);
  await expect(entries.first().getByRole("list", { name: "Changes" })).toContainText("someFutureSetting: off → on");
});

test("History pages with Load more", async ({ page, sandbox, baseURL }) => {
  const partner = await sandbox.createDeviceManagementPartner({ displayName: uniqueName("History pages") });
  for (let i = 0; i < 21; i++) {
    const response = await page.context().request.patch(`/api/graph/beta/deviceManagement/deviceManagementPartners/${partner.id}`, {
      headers: { Origin: new URL(baseURL!).origin, "X-Requested-With": "XMLHttpRequest" },
      data: { displayName: `${partner.displayName} ${i}` },
    });
    expect(response.ok()).toBe(true);
  }
  await page.goto(`/device-partners/${partner.id}`);
  await ready(page);
  const entries = (await openHistory(page)).locator(":scope > li");
  await expect(entries).toHaveCount(20);
  await expect(entries.first().getByRole("list", { name: "Changes" })).toHaveText(`Display name: ${partner.displayName} 19 → ${partner.displayName} 20`);
  await page.getByRole("button", { name: "Load more" }).click();
  await expect(entries).toHaveCount(22);
  await expect(entries.last()).toContainText("Created");
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
});

for (const theme of ["light", "dark"] as Theme[]) {
  test.describe(`in the ${theme} theme`, () => {
    test.use({ theme });

    test("History and Activity pass axe", async ({ page, sandbox, axe }) => {
      // An edit, then two axe passes: like the other flows with axe, three times the usual 30 s.
      test.slow();
      const partner = await sandbox.createDeviceManagementPartner({ displayName: uniqueName(`History axe ${theme}`) });
      await page.goto(`/device-partners/${partner.id}/edit`);
      await ready(page);
      await page.getByLabel("Display name").fill(`${partner.displayName} renamed`);
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: `${partner.displayName} renamed` })).toBeVisible();
      const entries = (await openHistory(page)).locator(":scope > li");
      await expect(entries).toHaveCount(2);
      await axe("detail with History");

      await page.goto("/activity?operation=updated");
      await ready(page);
      await expect(page.getByRole("list", { name: "Partner changes, newest first" }).locator(":scope > li").first()).toContainText(`${partner.displayName} renamed`);
      await axe("Activity");
    });
  });
}
