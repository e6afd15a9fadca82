import { liveClientId, liveRedirectUri, readWriteScopes, tenantB } from "./support/live-config";
import { expect, recordGatewayAuthorization, signIn, test } from "./support/live-fixtures";
import { fromBase64url, testUser } from "./support/live-tokens";

test("without admin consent Entra answers access_denied (AADSTS65004): the console names who can consent and the exact admin-consent address", async ({ page, identity }) => {
  identity.adminConsentGranted = false;
  await page.goto("/device-partners");
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  const failed = page.getByText("Sign-in did not complete").locator("..");
  await expect(failed).toContainText("Consent was not granted", { timeout: 20_000 });
  await expect(failed).toContainText("Cloud Application Administrator or Application Administrator");
  await expect(failed).toContainText("AADSTS65004");

  const link = page.getByRole("link", { name: /^https:\/\/login\.microsoftonline\.com\/organizations\/v2\.0\/adminconsent/ });
  const consent = new URL((await link.getAttribute("href"))!);
  expect(consent.searchParams.get("client_id")).toBe(liveClientId);
  expect(consent.searchParams.get("redirect_uri"), "the registered bridge").toBe(liveRedirectUri);
  expect(consent.searchParams.get("scope")).toContain("https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All");

  // Once an administrator has consented, the same button signs in.
  identity.adminConsentGranted = true;
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  await expect(page.getByRole("group", { name: "Signed-in account" })).toContainText(identity.user.username, { timeout: 20_000 });
});

test("a B2B guest (an MSP's administrator) sees the tenant the console manages in the header, marked as a guest", async ({ page, identity }) => {
  const guest = { ...testUser(tenantB, "Milo Partner", readWriteScopes), homeTenantId: "cccccccc-3333-4333-8333-cccccccccccc" };
  const calls = recordGatewayAuthorization(page);
  await signIn(page, identity, guest);
  await expect(page.getByTestId("account-tenant")).toHaveText(`Tenant ${tenantB} (as a guest)`);
  await expect.poll(() => calls.length).toBeGreaterThan(0);
  const tid = JSON.parse(fromBase64url(calls.at(-1)!.authorization!.split(".")[1]!)) as { tid: string };
  expect(tid.tid, "Graph is called for the tenant shown").toBe(tenantB);
});
