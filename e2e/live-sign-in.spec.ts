import { expectAccessible } from "./support/axe";
import { expect, recordGatewayAuthorization, recordHydrationErrors, signIn, signInWaitMs, signOut, test } from "./support/live-fixtures";

const msalKeys = (keys: string[]) => keys.filter((key) => key.toLowerCase().startsWith("msal"));

test("sign-in shows the account, Graph calls carry its token from sessionStorage, sign-out clears the session", async ({ page, identity }) => {
  const calls = recordGatewayAuthorization(page);
  const hydrationErrors = recordHydrationErrors(page);

  await page.goto("/device-partners");
  await expect(page.getByRole("button", { name: "Sign in with Microsoft" })).toBeVisible();
  expect(calls, "nothing reaches Graph before sign-in").toEqual([]);

  await signIn(page, identity);
  await expect(page).toHaveURL(/\/device-partners$/);
  await expect(page.getByTestId("account-name")).toHaveText("Adele Vance");
  await expect(page.getByTestId("account-username")).toHaveText(identity.user.username);
  await expect(page.getByTestId("account-tenant"), "the header names the tenant the console manages").toHaveText(`Tenant ${identity.user.tenantId}`);
  expect(identity.authorizeRequests).toHaveLength(1);
  const authorize = identity.authorizeRequests[0]!;
  expect(authorize.searchParams.get("redirect_uri")).toBe(new URL("/auth/redirect", page.url()).toString());
  expect(authorize.searchParams.get("scope")).toContain("https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All");
  expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");

  await expect.poll(() => calls.length).toBeGreaterThan(0);
  const token = identity.issuedAccessTokens.at(-1);
  for (const call of calls) expect(call.authorization, call.url).toBe(`Bearer ${token}`);

  const storage = await page.evaluate(() => ({ session: Object.keys(sessionStorage), local: Object.keys(localStorage) }));
  expect(storage.session.join("\n")).toContain("accesstoken");
  expect(msalKeys(storage.local), "MSAL never uses localStorage").toEqual([]);

  await signOut(page);
  expect(identity.logoutRequests).toHaveLength(1);
  // The stub, as Entra, returns only to a registered address: the bridge, which sends the browser back to the console.
  expect(identity.logoutRequests[0]!.searchParams.get("post_logout_redirect_uri")).toBe(new URL("/auth/redirect", page.url()).toString());
  await expect(page, "back on the page that signed out, not stranded on Microsoft's").toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/device-partners$/);
  const after = await page.evaluate(() => Object.entries(sessionStorage));
  // MSAL rewrites its library version on every start; nothing else of it may survive sign-out.
  expect(msalKeys(after.map(([key]) => key)).filter((key) => key !== "msal.version")).toEqual([]);
  const values = after.map(([, value]) => value).join("\n");
  for (const secret of [...identity.issuedAccessTokens, identity.user.username]) expect(values).not.toContain(secret);

  await page.reload();
  await expect(page.getByRole("button", { name: "Sign in with Microsoft" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Signed-in account" })).toHaveCount(0);
  expect(hydrationErrors, "the server and the first client render agree while MSAL starts").toEqual([]);
});

test.describe("accessibility", () => {
  // Tokens inside MSAL's renewal window, so revoking the session shows the expired-session notice.
  test.use({ accessTokenLifetimeSeconds: 120 });

  test("the sign-in screen, the signed-in header and the expired-session notice pass axe", async ({ page, identity }) => {
    await page.goto("/device-partners");
    await expect(page.getByRole("button", { name: "Sign in with Microsoft" })).toBeVisible();
    await expectAccessible(page, "live sign-in screen");

    await signIn(page, identity);
    await expectAccessible(page, "live header with the signed-in account");

    identity.revokeSessions();
    await page.goto("/device-partners/new");
    await page.getByLabel("Display name").fill("Axe check");
    await page.getByRole("button", { name: "Create" }).click();
    // The notice follows MSAL's failed silent renewal (token endpoint, then a hidden frame): a sign-in's 30 s wait.
    await expect(page.getByRole("region", { name: "Session expired" })).toBeVisible({ timeout: signInWaitMs });
    await expectAccessible(page, "expired-session notice");
  });
});
