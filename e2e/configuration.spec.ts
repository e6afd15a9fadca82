import { expect, ready, test, type Theme } from "./support/fixtures";
import { ConfigurationPage, graph, secondTenant } from "./support/configuration-page";

const groupAssignment = (groupId: string) => ({ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId } });

test("export from one sandbox, change the other, compare shows exactly those changes, apply in one $batch, compare again shows none", async ({ page, sandbox, browser, baseURL }) => {
  test.slow();
  const seed = { deviceManagementPartners: 3, complianceManagementPartners: 2 };
  await sandbox.reset(seed);
  const source = new ConfigurationPage(page);
  await source.goto();
  await ready(page);
  const exported = await source.export();
  expect(exported.name).toMatch(/^partner-configuration-beta-\d{4}-\d{2}-\d{2}\.json$/);
  const document = JSON.parse(exported.text) as { $schema: string; version: number; deviceManagementPartners: { displayName: string }[]; complianceManagementPartners: { displayName: string }[] };
  expect(document).toMatchObject({ $schema: "/schemas/partner-configuration.v1.schema.json", version: 1 });
  expect(document.deviceManagementPartners).toHaveLength(3);
  // Two exports of an unchanged tenant are byte-identical.
  expect((await source.export()).text).toBe(exported.text);

  const other = await secondTenant(browser, baseURL!, "light");
  try {
    await other.sandbox.reset(seed);
    const devices = (await graph(other.page, baseURL!, "GET", "/deviceManagement/deviceManagementPartners")).value!;
    const compliance = (await graph(other.page, baseURL!, "GET", "/deviceManagement/complianceManagementPartners")).value!;
    const changed = devices.find((d) => d.displayName === document.deviceManagementPartners[0]!.displayName)!;
    const deleted = compliance.find((c) => c.displayName === document.complianceManagementPartners[0]!.displayName)!;
    const [extraGroup] = (await other.sandbox.groups(30)).filter((g) => !JSON.stringify(changed.groupsRequiringPartnerEnrollment ?? []).includes(g.id));
    // The three changes in the second tenant: one partner edited (a setting and a group), one deleted, one created.
    await graph(other.page, baseURL!, "PATCH", `/deviceManagement/deviceManagementPartners/${changed.id}`, {
      isConfigured: !changed.isConfigured,
      groupsRequiringPartnerEnrollment: [...((changed.groupsRequiringPartnerEnrollment as unknown[]) ?? []), groupAssignment(extraGroup!.id)],
    });
    await graph(other.page, baseURL!, "DELETE", `/deviceManagement/complianceManagementPartners/${deleted.id}`);
    await other.sandbox.createDeviceManagementPartner({ displayName: "Only in the second tenant" });

    const target = new ConfigurationPage(other.page);
    await target.goto();
    await ready(other.page);
    await target.compareWithTenant(exported.text);
    await expect(target.summary).toHaveText("1 changed, 1 added, 1 removed, 3 unchanged.");
    const edited = target.partner("device", String(changed.displayName));
    await expect(edited).toContainText("Changed");
    await expect(edited).toContainText(`Configured: ${changed.isConfigured ? "No" : "Yes"} → ${changed.isConfigured ? "Yes" : "No"}`);
    await expect(edited).toContainText(`Groups requiring partner enrollment, removed: Group ${extraGroup!.displayName}`);
    await expect(edited.getByRole("listitem")).toHaveCount(2);
    await expect(target.partner("compliance", String(deleted.displayName))).toContainText("Added");
    await expect(target.partner("device", "Only in the second tenant")).toContainText("Removed");

    // The exact requests, before anything is sent.
    const requests = other.page.getByRole("region", { name: "Requests to send" });
    await expect(requests).toContainText(`PATCH /beta/deviceManagement/deviceManagementPartners/${changed.id}`);
    await expect(requests).toContainText("POST /beta/deviceManagement/complianceManagementPartners");
    await expect(requests).toContainText("DELETE /beta/deviceManagement/deviceManagementPartners/");
    const sent = target.recordGraphRequests();
    await other.page.getByRole("button", { name: "Apply 3 changes" }).click();
    const dialog = other.page.getByRole("alertdialog", { name: "Apply 3 changes to the tenant?" });
    await expect(dialog).toContainText("sends 3 requests to Microsoft Graph (beta) as 1 $batch call");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(other.page.getByRole("status").filter({ hasText: /applied, .* failed/ })).toHaveText("3 applied, 0 failed; 1 HTTP request ($batch).");
    const results = other.page.getByRole("table", { name: "Results" }).getByRole("row");
    await expect(results).toHaveCount(4);
    await expect(results.filter({ hasText: "Applied" })).toHaveCount(3);
    // Apply sent one HTTP request: the $batch, nothing else.
    expect(sent.map((r) => `${r.method()} ${new URL(r.url()).pathname}`)).toEqual(["POST /api/graph/beta/$batch"]);
    expect((sent[0]!.postDataJSON() as { requests: unknown[] }).requests).toHaveLength(3);

    await other.page.getByRole("button", { name: "Compare again" }).click();
    await expect(target.summary).toHaveText("No differences: the tenant matches the document (5 unchanged).");
    await expect(other.page.getByRole("button", { name: "Apply 0 changes" })).toBeDisabled();
  } finally {
    await other.context.close();
  }
});

test("a throttled item is retried after its own Retry-After and the others go on; a failure shows Graph's error and request-id", async ({ page, sandbox }) => {
  test.slow();
  await sandbox.reset({ deviceManagementPartners: 3, complianceManagementPartners: 0 });
  const config = new ConfigurationPage(page);
  await config.goto();
  await ready(page);
  const document = JSON.parse((await config.export()).text) as { deviceManagementPartners: Record<string, unknown>[] };
  const [first, second, third] = document.deviceManagementPartners as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
  first.isConfigured = !first.isConfigured;
  second.isConfigured = !second.isConfigured;
  // Graph refuses this one: a property Graph does not have (the document's schema lets unknown ones through).
  third.notAGraphProperty = true;
  await config.compareWithTenant(JSON.stringify(document));
  await expect(config.summary).toHaveText("3 changed, 0 added, 0 removed, 0 unchanged.");
  await sandbox.faults("rate=1,codes=429,retryAfter=1,methods=PATCH,count=1");
  const sent = config.recordGraphRequests();
  await page.getByRole("button", { name: "Apply 3 changes" }).click();
  await page.getByRole("alertdialog", { name: "Apply 3 changes to the tenant?" }).getByRole("button", { name: "Apply" }).click();
  const results = page.getByRole("table", { name: "Results" });
  await expect(page.getByRole("status").filter({ hasText: /applied, .* failed/ })).toHaveText("2 applied, 1 failed; 2 HTTP requests ($batch).");
  await expect(results.getByRole("row", { name: new RegExp(String(first.displayName)) })).toContainText("after 1 retry (throttled)");
  await expect(results.getByRole("row", { name: new RegExp(String(third.displayName)) })).toContainText(/Failed \(400\): BadRequest: .+ request-id [0-9a-f-]{36}/);
  expect(sent.map((r) => new URL(r.url()).pathname)).toEqual(["/api/graph/beta/$batch", "/api/graph/beta/$batch"]);
  expect((sent[1]!.postDataJSON() as { requests: unknown[] }).requests).toHaveLength(1);
});

test("two documents compare as the second tenant would; a group the target does not have is flagged and cannot be applied", async ({ page, sandbox }) => {
  await sandbox.reset({ deviceManagementPartners: 2, complianceManagementPartners: 0 });
  const config = new ConfigurationPage(page);
  await config.goto();
  await ready(page);
  const current = (await config.export()).text;
  const desired = JSON.parse(current) as { deviceManagementPartners: Record<string, unknown>[] };
  const partner = desired.deviceManagementPartners[0]!;
  partner.groupsRequiringPartnerEnrollment = [
    { target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: "00000000-0000-4000-8000-00000000dead" }, names: { group: "Nobody has this group" } },
  ];
  await page.getByRole("radio", { name: "A second document" }).check();
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  // Nothing chosen: said beside each field.
  await expect(page.getByText("Choose a document exported by the console or by npm run config.")).toHaveCount(2);
  await page.getByLabel("Document", { exact: true }).setInputFiles({ name: "desired.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await page.getByLabel("Second document", { exact: true }).setInputFiles({ name: "current.json", mimeType: "application/json", buffer: Buffer.from(current) });
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(page.getByLabel("Document", { exact: true })).toHaveAccessibleDescription(/The document is not JSON/);
  await page.getByLabel("Document", { exact: true }).setInputFiles({ name: "desired.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(desired)) });
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(config.summary).toHaveText("1 changed, 0 added, 0 removed, 1 unchanged.");
  await expect(config.partner("device", String(partner.displayName))).toContainText('Group "Nobody has this group" (Groups requiring partner enrollment) is not in the target tenant: this change cannot be applied.');
  // Two documents: nothing to apply to.
  await expect(page.getByRole("region", { name: "Apply" })).toHaveCount(0);

  // Against the tenant the change is blocked: no checkbox, nothing to send.
  await config.compareWithTenant(JSON.stringify(desired));
  await expect(config.summary).toHaveText("1 changed, 0 added, 0 removed, 1 unchanged.");
  await expect(page.getByRole("checkbox", { name: `Apply the change to ${String(partner.displayName)}` })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Apply" })).toContainText("1 change cannot be applied");
  await expect(page.getByRole("button", { name: "Apply 0 changes" })).toBeDisabled();
});

test("volatile fields are left out unless asked for; a change left unchosen is not sent", async ({ page, sandbox }) => {
  await sandbox.reset({ deviceManagementPartners: 2, complianceManagementPartners: 0 });
  const config = new ConfigurationPage(page);
  await config.goto();
  await ready(page);
  const document = JSON.parse((await config.export()).text) as { deviceManagementPartners: Record<string, unknown>[] };
  const [first, second] = document.deviceManagementPartners as [Record<string, unknown>, Record<string, unknown>];
  first.lastHeartbeatDateTime = "2020-01-01T00:00:00Z";
  second.isConfigured = !second.isConfigured;
  await config.compareWithTenant(JSON.stringify(document));
  await expect(config.summary).toHaveText("1 changed, 0 added, 0 removed, 1 unchanged.");
  await page.getByRole("switch", { name: /Include volatile fields/ }).check();
  await expect(config.summary).toHaveText("2 changed, 0 added, 0 removed, 0 unchanged.");
  await expect(config.partner("device", String(first.displayName))).toContainText("Last heartbeat");
  await page.getByRole("switch", { name: /Include volatile fields/ }).uncheck();
  await expect(page.getByRole("button", { name: "Apply 1 change" })).toBeEnabled();
  await page.getByRole("checkbox", { name: `Apply the change to ${String(second.displayName)}` }).uncheck();
  await expect(page.getByRole("button", { name: "Apply 0 changes" })).toBeDisabled();
  await expect(page.getByRole("region", { name: "Requests to send" })).toHaveCount(0);
});

// axe on the new views, in both themes.
for (const theme of ["light", "dark"] as Theme[]) {
  test.describe(`in the ${theme} theme`, () => {
    test.use({ theme });

    test("the configuration page, its differences, the requests and the confirm dialog pass axe", async ({ page, sandbox, axe }) => {
      test.slow();
      await sandbox.reset({ deviceManagementPartners: 3, complianceManagementPartners: 1 });
      const config = new ConfigurationPage(page);
      await config.goto();
      await ready(page);
      await axe("configuration page");
      const document = JSON.parse((await config.export()).text) as { deviceManagementPartners: Record<string, unknown>[] };
      document.deviceManagementPartners[0]!.isConfigured = !document.deviceManagementPartners[0]!.isConfigured;
      document.deviceManagementPartners[1]!.groupsRequiringPartnerEnrollment = [{ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: "00000000-0000-4000-8000-00000000beef" }, names: { group: "Missing" } }];
      document.deviceManagementPartners.pop();
      await config.compareWithTenant(JSON.stringify(document));
      await expect(config.summary).toHaveText("2 changed, 0 added, 1 removed, 1 unchanged.");
      await axe("configuration differences and requests");
      await page.getByRole("button", { name: "Apply 2 changes" }).click();
      await expect(page.getByRole("alertdialog", { name: "Apply 2 changes to the tenant?" })).toBeVisible();
      await axe("apply confirm dialog");
      await page.getByRole("alertdialog").getByRole("button", { name: "Apply" }).click();
      await expect(page.getByRole("table", { name: "Results" }).getByRole("row")).toHaveCount(3);
      await axe("apply results");
    });
  });
}
