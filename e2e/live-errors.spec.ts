import { randomUUID } from "node:crypto";
import { DevicePartnerFormPage } from "./support/device-partner-pages";
import { expect, mockGraphGet, signIn, test } from "./support/live-fixtures";

test.describe("sign-in failures that are not an expired session", () => {
  // Tokens inside MSAL's renewal window, so every Graph call goes to the token endpoint.
  test.use({ accessTokenLifetimeSeconds: 120 });

  test("Microsoft sign-in unreachable mid-session: said as such, no expired-session notice, the edit kept", async ({ page, identity }) => {
    await signIn(page, identity, identity.user, "/device-partners/new");
    const name = `Offline ${randomUUID().slice(0, 8)}`;
    await page.getByLabel("Display name").fill(name);
    identity.tokenEndpointUnreachable = true;
    await page.getByRole("button", { name: "Create" }).click();
    await expect(page.getByText("The partner could not be saved")).toBeVisible();
    await expect(page.getByText(/the browser could not reach Microsoft sign-in/i).first()).toBeVisible();
    await expect(page.getByText(/SignInServiceUnreachable/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Session expired" })).toHaveCount(0);
    await expect(page.getByLabel("Display name")).toHaveValue(name);

    identity.tokenEndpointUnreachable = false;
    await page.getByRole("button", { name: "Create" }).click();
    await page.waitForURL((url) => /^\/device-partners\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  });
});

test("the gateway's own origin refusal (a proxy that rewrites Host) has its own code and says what to check", async ({ page, identity }) => {
  await signIn(page, identity, identity.user, "/device-partners/new");
  // What the server sees behind a reverse proxy that rewrites Host without X-Forwarded-Host: an Origin that is not its own.
  // Chromium keeps its own Origin on an intercepted request, so the POST is sent from Playwright's side with the proxy's.
  await page.route("**/api/graph/**", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch({ headers: { ...route.request().headers(), origin: "https://console.contoso.com" } });
    await route.fulfill({ response });
  });
  await page.getByLabel("Display name").fill("Behind a proxy");
  const answer = page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname.startsWith("/api/graph/"));
  await page.getByRole("button", { name: "Create" }).click();
  expect((await answer).status()).toBe(403);
  await expect(page.getByText(/Code: ConsoleGateway_OriginMismatch/)).toBeVisible();
  await expect(page.getByText(/X-Forwarded-Host and X-Forwarded-Proto/).first()).toBeVisible();
  await expect(page.getByText(/This is not a missing permission/)).toBeVisible();
  await expect(page.getByText(/lacks the Microsoft Graph permission/)).toHaveCount(0);
});

test("the group picker searches by words with $search and ConsistencyLevel: eventual, through the gateway to Graph", async ({ page, identity }) => {
  await signIn(page, identity, identity.user, "/device-partners/new");
  const searches: { url: string; consistencyLevel?: string }[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith("/groups") && url.searchParams.has("$search")) searches.push({ url: request.url(), consistencyLevel: request.headers().consistencylevel });
  });
  const form = new DevicePartnerFormPage(page);
  const row = await form.addAssignment();
  await form.chooseTarget(row, "Group");
  await form.pickGroup(row, "fin res", "Finance - Restricted");
  const sent = searches.at(-1)!;
  expect(new URL(sent.url).searchParams.get("$search")).toBe('"displayName:fin" AND "displayName:res"');
  expect(sent.consistencyLevel).toBe("eventual");
});

const timedOut = JSON.stringify({ error: { code: "GatewayTimeout", message: "Microsoft Graph did not answer in time. The change may have been applied anyway: check before making it again." } });

test("a create that timed out but was made: the form says it may have been, and the look finds and opens it", async ({ page, identity, request }) => {
  await signIn(page, identity, identity.user, "/device-partners/new");
  const name = `Timed out ${randomUUID().slice(0, 8)}`;
  // Graph makes the partner, but its answer is lost: the gateway answers as it does when the attempt times out.
  await page.route("**/api/graph/**", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    await route.fetch();
    return route.fulfill({ status: 504, contentType: "application/json", body: timedOut });
  });
  await page.getByLabel("Display name").fill(name);
  await page.getByRole("button", { name: "Create" }).click();
  const notice = page.getByText("The partner may have been created").locator("../..");
  await expect(notice).toBeVisible();
  await expect(page.getByLabel("Display name"), "the edit is kept").toHaveValue(name);

  await notice.getByRole("button", { name: `Look for “${name}”` }).click();
  await expect(notice).toContainText(`A partner named “${name}” exists`);
  await notice.getByRole("link", { name: `open ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);

  const found = (await mockGraphGet(request, identity.user, `deviceManagement/deviceManagementPartners?$filter=${encodeURIComponent(`displayName eq '${name}'`)}`)) as { value: unknown[] };
  expect(found.value, "created once, never repeated").toHaveLength(1);
});

test("a create that timed out and was not made: the look says so, and creating again makes one", async ({ page, identity, request }) => {
  await signIn(page, identity, identity.user, "/device-partners/new");
  const name = `Lost ${randomUUID().slice(0, 8)}`;
  let refused = false;
  await page.route("**/api/graph/**", (route) => {
    if (route.request().method() !== "POST" || refused) return route.continue();
    refused = true;
    return route.fulfill({ status: 504, contentType: "application/json", body: timedOut });
  });
  await page.getByLabel("Display name").fill(name);
  await page.getByRole("button", { name: "Create" }).click();
  const notice = page.getByText("The partner may have been created").locator("../..");
  await notice.getByRole("button", { name: `Look for “${name}”` }).click();
  await expect(notice).toContainText(`No partner is named “${name}”`);
  await page.getByRole("button", { name: "Create" }).click();
  await page.waitForURL((url) => /^\/device-partners\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith("/new"));
  const found = (await mockGraphGet(request, identity.user, `deviceManagement/deviceManagementPartners?$filter=${encodeURIComponent(`displayName eq '${name}'`)}`)) as { value: unknown[] };
  expect(found.value).toHaveLength(1);
});
