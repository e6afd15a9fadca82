import { randomUUID } from "node:crypto";
import { expect, mockGraphGet, signIn, signInWaitMs, test } from "./support/live-fixtures";

// Access tokens inside MSAL's 5-minute renewal window, so every Graph call renews through the refresh token.
test.use({ accessTokenLifetimeSeconds: 120 });

test("an expired session mid-edit: sign in again in a pop-up, the edits are still there and the save goes through", async ({ page, identity, request }) => {
  await signIn(page, identity, identity.user, "/device-partners/new");
  const name = `Kept edit ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Display name").fill(name);

  identity.revokeSessions();
  await page.getByRole("button", { name: "Create" }).click();
  const notice = page.getByRole("region", { name: "Session expired" });
  // The notice follows MSAL's failed silent renewal (token endpoint, then a hidden frame): a sign-in's 30 s wait.
  await expect(notice).toContainText("Your session has expired", { timeout: signInWaitMs });
  await expect(page.getByText("The partner could not be saved")).toBeVisible();
  await expect(page.getByLabel("Display name")).toHaveValue(name);

  const authorizeBefore = identity.authorizeRequests.length;
  const popupOpened = page.waitForEvent("popup");
  await notice.getByRole("button", { name: "Sign in again" }).click();
  const popup = await popupOpened;
  // The pop-up's round trip is a sign-in's (Microsoft's page, the redirect bridge, the token exchange): as long a wait.
  await expect(notice).toContainText("Signed in again", { timeout: signInWaitMs });
  await expect.poll(() => popup.isClosed(), { message: "the redirect bridge closes the pop-up", timeout: signInWaitMs }).toBe(true);
  const sinceClick = identity.authorizeRequests.slice(authorizeBefore);
  expect(sinceClick.length, "the pop-up asked the identity platform").toBeGreaterThan(0);
  expect(
    sinceClick.map((url) => url.searchParams.get("prompt")).some((prompt) => prompt !== "none"),
    "the pop-up is an interactive sign-in",
  ).toBe(true);
  await expect(page.getByLabel("Display name"), "the page was never left").toHaveValue(name);

  await page.getByRole("button", { name: "Create" }).click();
  await page.waitForURL((url) => /^\/device-partners\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  const id = decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1)!);
  const saved = (await mockGraphGet(request, identity.user, `deviceManagement/deviceManagementPartners/${encodeURIComponent(id)}`)) as { displayName: string };
  expect(saved.displayName).toBe(name);
});
