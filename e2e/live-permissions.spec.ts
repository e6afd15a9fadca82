import { randomUUID } from "node:crypto";
import { readOnlyScopes, tenantA } from "./support/live-config";
import { expect, signIn, test } from "./support/live-fixtures";
import { testUser } from "./support/live-tokens";

test("a token without the write scope reads, and its create gets a 403 that names the permission and who grants it", async ({ page, identity }) => {
  const reader = testUser(tenantA, "Rita Reader", readOnlyScopes);
  await signIn(page, identity, reader, "/device-partners");
  await expect(page.getByRole("row").nth(1)).toBeVisible();

  await page.goto("/device-partners/new");
  const name = `Not allowed ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Display name").fill(name);
  const answer = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname.startsWith("/api/graph/"));
  await page.getByRole("button", { name: "Create" }).click();
  expect((await answer).status()).toBe(403);

  await expect(page.getByText("The partner could not be saved")).toBeVisible();
  await expect(page.getByText(/lacks the Microsoft Graph permission DeviceManagementServiceConfig\.ReadWrite\.All/)).toBeVisible();
  await expect(page.getByText(/Global Administrator, Privileged Role Administrator, Cloud Application Administrator or Application Administrator can grant admin consent/)).toBeVisible();
  await expect(page.getByLabel("Display name"), "the edit is kept").toHaveValue(name);
});
