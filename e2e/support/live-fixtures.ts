import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { liveClientId, liveRedirectUri, readWriteScopes, tenantA } from "./live-config";
import { IdentityPlatformStub } from "./live-identity-platform";
import { accessToken, testUser, type TestUser } from "./live-tokens";

export { expect };

/** A sign-in's round trip (Microsoft's page, the redirect bridge, the token exchange), and MSAL's silent renewal or pop-up: one wait for all. */
export const signInWaitMs = 30_000;

/** Every live spec gets its own stubbed identity platform; the default user is a tenant A admin with write access. */
export const test = base.extend<{ identity: IdentityPlatformStub; accessTokenLifetimeSeconds: number }>({
  accessTokenLifetimeSeconds: [3600, { option: true }],
  identity: async ({ context, accessTokenLifetimeSeconds }, provide) => {
    const stub = new IdentityPlatformStub(liveClientId, testUser(tenantA, "Adele Vance", readWriteScopes), [liveRedirectUri], accessTokenLifetimeSeconds);
    await stub.install(context);
    await provide(stub);
  },
});

/** Signs in through the console's sign-in screen, as the stub's current user, and waits for the shell. */
export async function signIn(page: Page, identity: IdentityPlatformStub, user: TestUser = identity.user, path = "/device-partners"): Promise<void> {
  identity.user = user;
  await page.goto(path);
  await page.getByRole("button", { name: "Sign in with Microsoft" }).click();
  // Two full page loads (the redirect bridge, then the page) and MSAL's token exchange: give the round trip time.
  await expect(page.getByRole("group", { name: "Signed-in account" })).toContainText(user.username, { timeout: signInWaitMs });
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("group", { name: "Signed-in account" }).getByRole("button", { name: "Sign out" }).click();
  // Three full page loads (Microsoft's sign-out, the redirect bridge, then the page that signed out): as long as a sign-in.
  await expect(page.getByRole("button", { name: "Sign in with Microsoft" })).toBeVisible({ timeout: signInWaitMs });
}

/** Reads a tenant straight from the console's /mock-graph, as a Graph client holding that user's token would. */
export async function mockGraphGet(request: APIRequestContext, user: TestUser, path: string): Promise<unknown> {
  const response = await request.get(`/mock-graph/v1.0/${path}`, { headers: { Authorization: `Bearer ${accessToken(user, liveClientId)}` } });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

/** Every Authorization header the page sent to the console's Graph gateway. */
export function recordGatewayAuthorization(page: Page): { method: string; url: string; authorization?: string }[] {
  const seen: { method: string; url: string; authorization?: string }[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/graph/")) {
      seen.push({ method: request.method(), url: request.url(), authorization: request.headers().authorization });
    }
  });
  return seen;
}

/** React's hydration failures, as production builds report them in the console (minified errors 418, 423, 425). */
export function recordHydrationErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /hydrat|#418|#423|#425/i.test(message.text())) seen.push(message.text());
  });
  page.on("pageerror", (error) => {
    if (/hydrat|#418|#423|#425/i.test(error.message)) seen.push(error.message);
  });
  return seen;
}
