import type { Locator, Page } from "@playwright/test";
import { expect, ready, test, uniqueName, type Theme } from "./support/fixtures";
import { DevicePartnerFormPage, DevicePartnersListPage } from "./support/device-partner-pages";

const partners = "/deviceManagement/deviceManagementPartners";

async function openPanel(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Requests", exact: true }).click();
  const panel = page.getByRole("dialog", { name: "Requests" });
  await expect(panel).toBeVisible();
  return panel;
}

/** Opens the newest entry for this method and partner. */
async function openEntry(panel: Locator, method: string, id: string): Promise<void> {
  // One entry open at a time, so each fact below is the open entry's own.
  const open = panel.getByRole("button", { expanded: true, name: /^(GET|POST|PATCH|DELETE) \d{3} · / });
  if ((await open.count()) > 0) {
    await open.first().click();
    await expect(open).toHaveCount(0);
  }
  await panel.getByRole("button", { name: new RegExp(`^${method} \\d{3} · \\d+ ms ?https://graph\\.microsoft\\.com/.*${id}`) }).first().click();
  await expect(fact(panel, "Status")).toHaveCount(1);
}

/** A fact of the open entry: the value beside its term. */
function fact(panel: Locator, term: string): Locator {
  return panel.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
}

/** No secret in the panel: the sandbox cookie's value never, a JWT never, and "Bearer" only before the $TOKEN placeholder. */
async function expectNoSecrets(page: Page, panel: Locator): Promise<void> {
  const text = await panel.evaluate((element) => (element as HTMLElement).innerText);
  for (const cookie of await page.context().cookies()) if (cookie.value.length > 8) expect(text).not.toContain(cookie.value);
  expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{8,}/);
  expect(text).not.toMatch(/Bearer (?!\$TOKEN)/);
  expect(text.toLowerCase()).not.toContain("cookie:");
}

async function editAndSave(page: Page, id: string, name: string) {
  await page.goto(`/device-partners/${id}/edit`);
  await ready(page);
  const form = new DevicePartnerFormPage(page);
  await expect(form.field("Display name")).not.toHaveValue("");
  await form.field("Display name").fill(name);
  return form;
}

for (const [version, cmdlet] of [
  ["beta", "Update-MgBetaDeviceManagementPartner"],
  ["v1.0", "Update-MgDeviceManagementPartner"],
] as const) {
  test.describe(`in ${version}`, () => {
    test.use({ apiVersion: version });

    test(`a saved edit is in the panel with its status, request-id and body, and its PowerShell is ${cmdlet}`, async ({ page, sandbox, context }) => {
      // Save, then a dozen checks in the panel: more than the usual 30 s on a busy machine.
      test.slow();
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      const partner = await sandbox.createDeviceManagementPartner({ displayName: uniqueName("Inspected") }, version);
      const renamed = uniqueName("Renamed");
      const form = await editAndSave(page, partner.id, renamed);
      const patch = page.waitForResponse((r) => r.request().method() === "PATCH");
      await form.save();
      const answer = await patch;
      const requestId = answer.headers()["request-id"]!;
      expect(requestId).toBeTruthy();
      await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

      const panel = await openPanel(page);
      await openEntry(panel, "PATCH", partner.id);
      await expect(fact(panel, "Graph URL")).toHaveText(`https://graph.microsoft.com/${version}${partners}/${partner.id}`);
      await expect(fact(panel, "Status")).toHaveText(String(answer.status()));
      await expect(fact(panel, "Request ID")).toContainText(requestId);
      await expect(fact(panel, "Client request ID")).toHaveText(answer.headers()["client-request-id"]!);
      await expect(panel.getByLabel("Request body")).toHaveText(JSON.stringify({ displayName: renamed }, null, 2));
      await expect(fact(panel, "Gateway")).toHaveText(/^Sent once: 20\d\.$/);

      await panel.getByRole("tab", { name: "PowerShell" }).click();
      const ps = panel.getByLabel("PATCH request as PowerShell");
      await expect(ps).toContainText(`${cmdlet} -DeviceManagementPartnerId '${partner.id}' -BodyParameter $params`);
      await expect(ps).toContainText(`displayName = '${renamed}'`);
      await expect(panel.getByText("Needs DeviceManagementServiceConfig.ReadWrite.All")).toBeVisible();

      // Copy as curl: the clipboard and the text on screen agree, and the token is left to the shell.
      await panel.getByRole("button", { name: "Copy PATCH request as" }).click();
      await page.getByRole("menuitem", { name: "curl" }).click();
      await expect(panel.getByRole("status").filter({ hasText: "curl copied" })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(`curl -X PATCH 'https://graph.microsoft.com/${version}${partners}/${partner.id}'`);
      expect(copied).toContain(`-H "Authorization: Bearer $TOKEN"`);
      await expect(panel.getByLabel("PATCH request as curl")).toHaveText(copied);

      // A read opens in Graph Explorer with its URL and version filled in.
      await openEntry(panel, "GET", partner.id);
      const explorer = new URL((await panel.getByRole("link", { name: "Open in Graph Explorer" }).first().getAttribute("href"))!);
      expect(explorer.searchParams.get("version")).toBe(version);
      expect(explorer.searchParams.get("request")).toContain(`deviceManagement/deviceManagementPartners/${partner.id}`);
      await expectNoSecrets(page, panel);
    });
  });
}

test("a throttled save shows the gateway's retries and waits; when they run out, the error says which limit and when", async ({ page, sandbox }) => {
  test.slow();
  const partner = await sandbox.createDeviceManagementPartner({ displayName: uniqueName("Throttled") });
  await sandbox.faults("rate=1,codes=429,retryAfter=1,methods=PATCH,count=2");
  const form = await editAndSave(page, partner.id, uniqueName("Patient"));
  await form.save();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Patient");
  let panel = await openPanel(page);
  await openEntry(panel, "PATCH", partner.id);
  await expect(fact(panel, "Gateway")).toHaveText(/^Retried 2 times: 429 → waited 1 s → 429 → waited 1 s → 20\d\.$/);
  await panel.getByRole("button", { name: "Close the requests panel" }).click();
  await expect(panel).toBeHidden();

  // Four 429s: the gateway retries three times, then hands the last one on.
  await sandbox.faults("rate=1,codes=429,retryAfter=1,methods=PATCH,count=4");
  const again = await editAndSave(page, partner.id, uniqueName("Refused"));
  const failed = page.waitForResponse((r) => r.request().method() === "PATCH");
  await again.save();
  const requestId = (await failed).headers()["request-id"]!;
  const bar = page.getByRole("group", { name: "The partner could not be saved" });
  await expect(bar).toContainText("100 per 20 seconds for this app in this tenant");
  await expect(bar).toContainText(/Try again after .* \(Graph asked for 1 s\)/);
  await expect(bar.getByRole("button", { name: "Copy request ID" })).toBeVisible();
  await expect(bar).toContainText(`Request ID: ${requestId}`);
  panel = await openPanel(page);
  await openEntry(panel, "PATCH", partner.id);
  await expect(fact(panel, "Gateway")).toHaveText("Retried 3 times: 429 → waited 1 s → 429 → waited 1 s → 429 → waited 1 s → 429.");
  await expect(fact(panel, "Status")).toHaveText("429");
  await expect(fact(panel, "Request ID")).toContainText(requestId);
  await expect(fact(panel, "Retry-After")).toHaveText("1 s");
  await expectNoSecrets(page, panel);
});

test("Show request, before anything is sent: terminate, delete, bulk delete and the edit's PATCH", async ({ page, sandbox }) => {
  // Four dialogs and a list in one flow.
  test.slow();
  await sandbox.reset({ deviceManagementPartners: 0, complianceManagementPartners: 0 });
  const partner = await sandbox.createDeviceManagementPartner({ displayName: "Shown one" });
  const other = await sandbox.createDeviceManagementPartner({ displayName: "Shown two" });
  const writes: string[] = [];
  page.on("request", (request) => {
    if (request.method() !== "GET" && request.url().includes("/api/graph/")) writes.push(`${request.method()} ${request.url()}`);
  });

  await page.goto(`/device-partners/${partner.id}`);
  await ready(page);
  await page.getByRole("button", { name: "Terminate" }).click();
  let confirm = page.getByRole("alertdialog");
  await confirm.getByRole("button", { name: "Show request" }).click();
  let dialog = page.getByRole("dialog", { name: "The request this would send" });
  await expect(dialog.getByRole("heading", { name: `POST https://graph.microsoft.com/beta${partners}/${partner.id}/terminate` })).toBeVisible();
  await dialog.getByRole("tab", { name: "PowerShell" }).click();
  await expect(dialog.getByLabel("Request as PowerShell")).toContainText("Import-Module Microsoft.Graph.Beta.DeviceManagement.Actions");
  await expect(dialog.getByLabel("Request as PowerShell")).toContainText(`Invoke-MgBetaTerminateDeviceManagementPartner -DeviceManagementPartnerId '${partner.id}'`);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  confirm = page.getByRole("alertdialog");
  await confirm.getByRole("button", { name: "Show request" }).click();
  dialog = page.getByRole("dialog", { name: "The request this would send" });
  await dialog.getByRole("tab", { name: "curl" }).click();
  await expect(dialog.getByLabel("Request as curl")).toContainText(`curl -X DELETE 'https://graph.microsoft.com/beta${partners}/${partner.id}'`);
  await dialog.getByRole("button", { name: "Close" }).click();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  expect(writes).toEqual([]);

  const list = new DevicePartnersListPage(page);
  await list.goto();
  await ready(page);
  await list.row("Shown one").getByRole("checkbox", { name: "Select Shown one" }).check();
  await list.row("Shown two").getByRole("checkbox", { name: "Select Shown two" }).check();
  await page.getByRole("button", { name: "Delete selected (2)" }).click();
  confirm = page.getByRole("alertdialog", { name: "Delete 2 device management partners?" });
  await confirm.getByRole("button", { name: "Show request" }).click();
  dialog = page.getByRole("dialog", { name: "The 2 requests this would send" });
  for (const [index, id] of [partner.id, other.id].entries()) {
    const request = dialog.getByRole("region", { name: `Request ${index + 1}` });
    await expect(request.getByRole("heading", { name: `DELETE https://graph.microsoft.com/beta${partners}/${id}` })).toBeVisible();
    await request.getByRole("tab", { name: "PowerShell" }).click();
    await expect(request.getByLabel(`Request ${index + 1} as PowerShell`)).toContainText(`Remove-MgBetaDeviceManagementPartner -DeviceManagementPartnerId '${id}'`);
  }
  await dialog.getByRole("button", { name: "Close" }).click();
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  expect(writes).toEqual([]);

  const renamed = uniqueName("Not yet");
  await editAndSave(page, partner.id, renamed);
  await page.getByRole("button", { name: "Show request" }).click();
  dialog = page.getByRole("dialog", { name: "The request this would send" });
  await expect(dialog.getByRole("heading", { name: `PATCH https://graph.microsoft.com/beta${partners}/${partner.id}` })).toBeVisible();
  await expect(dialog.getByLabel("Request as HTTP")).toContainText(`"displayName": "${renamed}"`);
  await dialog.getByRole("tab", { name: "PowerShell" }).click();
  await expect(dialog.getByLabel("Request as PowerShell")).toContainText("Import-Module Microsoft.Graph.Beta.DeviceManagement.Administration");
  await expect(dialog.getByLabel("Request as PowerShell")).toContainText(`Update-MgBetaDeviceManagementPartner -DeviceManagementPartnerId '${partner.id}' -BodyParameter $params`);
  await dialog.getByRole("tab", { name: "JavaScript" }).click();
  await expect(dialog.getByLabel("Request as JavaScript")).toContainText(`.api("${partners}/${partner.id}")`);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  expect(writes).toEqual([]);
});

for (const theme of ["light", "dark"] as Theme[]) {
  test.describe(`in the ${theme} theme`, () => {
    test.use({ theme });

    test("the panel, an open entry and its snippets pass axe", async ({ page, sandbox, axe }) => {
      // axe on a page with an open drawer is slow on a busy machine.
      test.slow();
      const partner = await sandbox.createDeviceManagementPartner({ displayName: uniqueName(`Axe ${theme}`) });
      await page.goto(`/device-partners/${partner.id}`);
      await ready(page);
      await expect(page.getByRole("heading", { level: 1, name: partner.displayName })).toBeVisible();
      const panel = await openPanel(page);
      await openEntry(panel, "GET", partner.id);
      await panel.getByRole("tab", { name: "PowerShell" }).click();
      await expect(panel.getByLabel("GET request as PowerShell")).toContainText("Get-MgBetaDeviceManagementPartner");
      await axe("requests panel with an open entry");
      await expectNoSecrets(page, panel);
    });
  });
}
