import { randomUUID } from "node:crypto";
import { liveClientId, readWriteScopes, tenantA, tenantB } from "./support/live-config";
import { expect, mockGraphGet, recordGatewayAuthorization, signIn, signOut, test } from "./support/live-fixtures";
import { accessToken, fromBase64url, testUser } from "./support/live-tokens";

const tidOf = (authorization: string | undefined) => {
  const payload = authorization?.replace(/^Bearer /, "").split(".")[1];
  return payload ? (JSON.parse(fromBase64url(payload)) as { tid?: string }).tid : undefined;
};

test("data follows the token's tid: a create and an edit reach the signed-in tenant with the bearer token", async ({ page, identity, request }) => {
  const adminA = testUser(tenantA, "Adele Vance", readWriteScopes);
  const adminB = testUser(tenantB, "Bianca Pisani", readWriteScopes);
  const name = `Live partner ${randomUUID().slice(0, 8)}`;
  const calls = recordGatewayAuthorization(page);

  await signIn(page, identity, adminA, "/device-partners/new");
  await page.getByLabel("Display name").fill(name);
  await page.getByRole("button", { name: "Create" }).click();
  await page.waitForURL((url) => /^\/device-partners\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  const id = decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1)!);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);

  await page.goto(`/device-partners/${encodeURIComponent(id)}/edit`);
  await page.getByLabel("Display name").fill(`${name} edited`);
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForURL((url) => url.pathname === `/device-partners/${encodeURIComponent(id)}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${name} edited`);

  const writes = calls.filter((call) => call.method === "POST" || call.method === "PATCH");
  expect(writes.map((call) => call.method)).toEqual(["POST", "PATCH"]);
  for (const call of calls) {
    expect(identity.issuedAccessTokens.map((token) => `Bearer ${token}`), call.url).toContain(call.authorization);
    expect(tidOf(call.authorization), call.url).toBe(tenantA);
  }

  // Graph itself (the console's /mock-graph) holds the edit in tenant A, and nothing in tenant B.
  const inA = (await mockGraphGet(request, adminA, `deviceManagement/deviceManagementPartners/${encodeURIComponent(id)}`)) as { displayName: string };
  expect(inA.displayName).toBe(`${name} edited`);
  const inB = await request.get(`/mock-graph/v1.0/deviceManagement/deviceManagementPartners/${encodeURIComponent(id)}`, {
    headers: { Authorization: `Bearer ${accessToken(adminB, liveClientId)}` },
  });
  expect(inB.status()).toBe(404);

  // Signed in as tenant B's admin, the console shows tenant B: the partner does not exist there.
  await signOut(page);
  await signIn(page, identity, adminB, `/device-partners/${encodeURIComponent(id)}`);
  await expect(page.getByText("ResourceNotFound").or(page.getByText(/not found/i)).first()).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
  expect(tidOf(calls.at(-1)?.authorization)).toBe(tenantB);
});
