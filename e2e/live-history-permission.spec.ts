import { randomUUID } from "node:crypto";
import { readWriteScopes, tenantA } from "./support/live-config";
import { expect, signIn, test } from "./support/live-fixtures";
import { testUser } from "./support/live-tokens";

const auditScope = "DeviceManagementApps.Read.All";

test("without the audit permission, History and Activity say what is needed and who grants it; the rest keeps working", async ({ page, identity }) => {
  const admin = testUser(tenantA, "Nestor Wilke", readWriteScopes);
  // Every scope the browser asked Microsoft sign-in for, in order.
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/oauth2/v2.0/token") || request.url().includes("/oauth2/v2.0/authorize")) asked.push(`${request.url()} ${request.postData() ?? ""}`);
  });
  await signIn(page, identity, admin, "/device-partners/new");
  const name = `No history ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Display name").fill(name);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  expect(asked.some((line) => line.includes(auditScope)), "the audit scope is not asked for at sign-in").toBe(false);

  const audit = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith("/deviceManagement/auditEvents"));
  await page.getByRole("button", { name: "Show history" }).click();
  expect((await audit).status()).toBe(403);
  expect(asked.some((line) => line.includes(auditScope)), "opening History asks for the audit scope").toBe(true);
  await expect(page.getByText(`History needs the Microsoft Graph permission ${auditScope}`)).toBeVisible();
  await expect(page.getByText(/Global Administrator, Privileged Role Administrator, Cloud Application Administrator or Application Administrator can grant admin consent/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Request the permission" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in again" }), "the session has not expired").toHaveCount(0);

  // Everything else keeps working: the partner's page, an edit, the list.
  await page.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Display name").fill(`${name} edited`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${name} edited` })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" }).click();
  await expect(page.getByText(`Activity needs the Microsoft Graph permission ${auditScope}`)).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Device management partners" }).click();
  await expect(page.getByRole("row").nth(1)).toBeVisible();
});

test("with the audit permission, History names the signed-in person as the one who made the change", async ({ page, identity }) => {
  const admin = testUser(tenantA, "Lynne Robbins", [...readWriteScopes, auditScope]);
  await signIn(page, identity, admin, "/device-partners/new");
  const name = `Live history ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Display name").fill(name);
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("button", { name: "Show history" }).click();
  const entries = page.getByRole("list", { name: "Changes, newest first" }).locator(":scope > li");
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Created");
  await expect(entries.first()).toContainText(`by ${admin.username}`);
});
