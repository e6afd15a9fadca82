import { expect, ready, test, uniqueName } from "./support/fixtures";
import { screenshot } from "./support/screenshot";
import { DevicePartnerFormPage } from "./support/device-partner-pages";

// A zone away from UTC proves date-times are shown and sent in local time with their offset.
test.use({ timezoneId: "Europe/Berlin" });

test("create a partner with assignments of every target type", { tag: "@both-flavors" }, async ({ page, sandbox, axe }) => {
  // The longest flow in the suite (every target type, two axe passes): it gets three times the usual 30 s.
  test.slow();
  const [first, second] = await sandbox.groups(2);
  const filters = await sandbox.assignmentFilters();
  const kiosk = filters.find((f) => f.displayName === "Kiosk")!.id;
  const name = uniqueName("Contoso MDM");
  await page.goto("/device-partners");
  await ready(page);
  await page.getByRole("link", { name: "New partner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New device management partner" })).toBeVisible();
  const form = new DevicePartnerFormPage(page);
  await expect(form.field("Last heartbeat")).not.toHaveValue("");
  await form.field("Display name").fill(name);
  await form.field("Partner state").selectOption({ label: "Enabled" });
  await form.field("Partner app type").selectOption({ label: "Single tenant app" });
  await form.field("Single tenant app ID").fill("6a1f3f7e-2b4c-4d5e-8f90-123456789abc");
  await page.getByRole("switch", { name: "Configured" }).check();
  await form.field("Devices will be removed").fill("2027-03-04T05:06:07");

  const users = await form.addAssignment();
  await form.chooseTarget(users, "All licensed users");
  const devices = await form.addAssignment();
  await form.chooseTarget(devices, "All devices");
  // A device partner enrolls any platform: every device filter is offered, each named with its platform.
  const filter = devices.getByLabel("Assignment filter", { exact: true });
  await expect(filter.getByRole("option")).toHaveCount(filters.length + 1);
  await expect(devices.getByLabel("Assignment filter type")).toHaveCount(0);
  await filter.selectOption({ label: "Kiosk (Windows 10 and later)" });
  await expect(devices.getByLabel("Assignment filter type")).toHaveValue("include");
  const group = await form.addAssignment();
  await form.chooseTarget(group, "Group");
  await form.pickGroup(group, first!.displayName.slice(0, 4), first!.displayName);
  const excluded = await form.addAssignment();
  await form.chooseTarget(excluded, "Excluded group");
  await form.pickGroup(excluded, second!.displayName.slice(0, 4), second!.displayName);
  const collection = await form.addAssignment();
  await form.chooseTarget(collection, "Configuration Manager collection");
  await collection.getByLabel("Collection ID").fill("SMS00001");
  await axe("new device partner form");

  const post = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/api/graph/beta/deviceManagement/deviceManagementPartners"));
  await form.save("Create");
  const body = (await post).postDataJSON() as Record<string, unknown>;
  expect(body.whenPartnerDevicesWillBeRemovedDateTime).toBe("2027-03-04T05:06:07+01:00");
  expect(body.groupsRequiringPartnerEnrollment).toEqual([
    { target: { "@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget" } },
    {
      target: {
        "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget",
        deviceAndAppManagementAssignmentFilterId: kiosk,
        deviceAndAppManagementAssignmentFilterType: "include",
      },
    },
    { target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: first!.id } },
    { target: { "@odata.type": "#microsoft.graph.exclusionGroupAssignmentTarget", groupId: second!.id } },
    { target: { "@odata.type": "#microsoft.graph.configurationManagerCollectionAssignmentTarget", collectionId: "SMS00001" } },
  ]);

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const assignments = page.getByRole("list", { name: "Groups requiring partner enrollment" });
  await expect(assignments.getByRole("listitem")).toHaveCount(5);
  await expect(assignments.getByText(first!.displayName, { exact: true })).toBeVisible();
  await expect(assignments.getByText(second!.displayName, { exact: true })).toBeVisible();
  await expect(assignments.getByText("Collection SMS00001")).toBeVisible();
  await expect(assignments.getByText(/^Filter: Include\s+Kiosk$/)).toBeVisible();
  await page.getByRole("button", { name: "Raw JSON" }).click();
  await expect(page.getByLabel("Raw JSON")).toContainText('"collectionId": "SMS00001"');
  await axe("device partner detail");
});

test("validation messages appear beside the fields before anything is sent", async ({ page }) => {
  let posts = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/api/graph/")) posts++;
  });
  await page.goto("/device-partners/new");
  await ready(page);
  const form = new DevicePartnerFormPage(page);
  await form.field("Partner app type").selectOption({ label: "Single tenant app" });
  const collection = await form.addAssignment();
  await form.chooseTarget(collection, "Configuration Manager collection");
  await collection.getByLabel("Collection ID").fill("not-an-id");
  const group = await form.addAssignment();
  await form.chooseTarget(group, "Group");
  const users = await form.addAssignment();
  await form.chooseTarget(users, "All devices");
  const duplicate = await form.addAssignment();
  await form.chooseTarget(duplicate, "All devices");
  await form.save("Create");

  await expect(page.getByText("Enter a display name.")).toBeVisible();
  await expect(page.getByText("A single tenant app needs its app ID.")).toBeVisible();
  await expect(collection.getByText(/Enter a collection ID/)).toBeVisible();
  await expect(group.getByText("Choose a group.")).toBeVisible();
  await expect(duplicate.getByText("This assignment duplicates assignment 3.")).toBeVisible();
  await expect(form.field("Display name")).toBeFocused();

  await form.field("Single tenant app ID").fill("not a guid");
  await form.field("Single tenant app ID").blur();
  await expect(page.getByText(/An app ID is a GUID/)).toBeVisible();

  await page.getByRole("button", { name: "Remove assignment 4" }).click();
  await expect(page.getByText("This assignment duplicates assignment 3.")).toHaveCount(0);
  expect(posts).toBe(0);
});

test("edit sends only what changed and keeps untouched date-times exactly", { tag: "@both-flavors" }, async ({ page, sandbox, flavor, axe }) => {
  // Detail, form and detail again, each waiting for the filters by name: more than the usual 30 s on a shared machine.
  test.slow();
  const heartbeat = "2026-01-02T03:04:05.1234567+05:30";
  // A filter deleted since it was assigned: its id resolves to nothing, and it must be shown and kept, not dropped.
  const gone = "0f0e0d0c-0b0a-4909-8807-060504030201";
  const assigned = [
    { target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget", deviceAndAppManagementAssignmentFilterId: gone, deviceAndAppManagementAssignmentFilterType: "exclude" } },
  ];
  const partner = await sandbox.createDeviceManagementPartner({
    displayName: uniqueName("Edit me"),
    lastHeartbeatDateTime: heartbeat,
    groupsRequiringPartnerEnrollment: assigned,
  });
  await page.goto(`/device-partners/${partner.id}`);
  await ready(page);
  await expect(page.getByRole("list", { name: "Groups requiring partner enrollment" }).getByText(`Filter not found: ${gone}`)).toBeVisible();
  await page.getByRole("button", { name: "Edit" }).click();
  await expect(page).toHaveURL(new RegExp(`/device-partners/${partner.id}/edit$`));
  const form = new DevicePartnerFormPage(page);
  await expect(form.field("Display name")).toHaveValue(partner.displayName);
  await expect(page.getByText("Local time (Europe/Berlin, UTC+01:00)").first()).toBeVisible();
  // 03:04:05 at +05:30 is 22:34:05 the day before in Berlin.
  await expect(form.field("Last heartbeat")).toHaveValue("2026-01-01T22:34:05");
  const filter = form.assignment(0).getByLabel("Assignment filter", { exact: true });
  await expect(filter.locator("option:checked")).toHaveText(`Filter not found: ${gone}`);
  await expect(form.assignment(0).getByLabel("Assignment filter type")).toHaveValue("exclude");
  await axe("edit device partner form");

  const renamed = `${partner.displayName} renamed`;
  await form.field("Display name").fill(renamed);
  await page.getByRole("switch", { name: "Configured" }).uncheck();
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes(`/deviceManagementPartners/${partner.id}`)) sent.push(r.method());
  });
  const patch = page.waitForResponse((r) => r.request().method() === "PATCH");
  await form.save();
  const answer = await patch;
  expect(answer.request().postDataJSON()).toEqual({ displayName: renamed, isConfigured: false });
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByText("Configured", { exact: true }).locator("xpath=following-sibling::dd[1]")).toHaveText("No");
  if (flavor === "service") {
    // Real tenants answer 204 with no body: the console reads the partner back before showing it.
    expect(answer.status()).toBe(204);
    expect(sent.slice(sent.indexOf("PATCH") + 1)).toContain("GET");
  } else {
    expect(answer.status()).toBe(200);
  }
  const stored = await sandbox.getDeviceManagementPartner(partner.id);
  expect(stored.lastHeartbeatDateTime).toBe(heartbeat);
  expect(stored.groupsRequiringPartnerEnrollment).toEqual(assigned);
});

test("a server error shows Graph's message and request-id, and the edits stay", async ({ page, sandbox, axe }) => {
  const partner = await sandbox.createDeviceManagementPartner({ displayName: uniqueName("Faulty") });
  await sandbox.faults("rate=1,codes=500,methods=PATCH,count=1");
  await page.goto(`/device-partners/${partner.id}/edit`);
  await ready(page);
  const form = new DevicePartnerFormPage(page);
  await expect(form.field("Display name")).toHaveValue(partner.displayName);
  await form.field("Display name").fill("Changed but not saved");
  const response = page.waitForResponse((r) => r.request().method() === "PATCH");
  await form.save();
  const failed = await response;
  expect(failed.status()).toBe(500);
  expect(failed.headers()["request-id"]).toBeTruthy();
  const requestId = ((await failed.json()) as { error: { innerError: { "request-id": string } } }).error.innerError["request-id"];
  expect(requestId).toBeTruthy();
  const bar = page.getByRole("group", { name: "The partner could not be saved" });
  await expect(bar).toContainText(`Request ID: ${requestId}`);
  await expect(bar).toContainText("InternalError");
  await expect(bar.getByRole("button", { name: "Copy error details" })).toBeVisible();
  await expect(form.field("Display name")).toHaveValue("Changed but not saved");
  await axe("form with a server error");

  // The fault was for one request: saving again works.
  await form.save();
  await expect(page.getByRole("heading", { level: 1, name: "Changed but not saved" })).toBeVisible();
});

test("a server validation error is shown beside the field it names", async ({ page, sandbox }) => {
  const partner = await sandbox.createDeviceManagementPartner({ displayName: uniqueName("Server checks") });
  await page.goto(`/device-partners/${partner.id}/edit`);
  await ready(page);
  const form = new DevicePartnerFormPage(page);
  await expect(form.field("Display name")).toHaveValue(partner.displayName);
  // Graph refuses something the form allows (the mock has no app registry, so this answer is routed).
  await page.route("**/api/graph/**/deviceManagementPartners/*", async (route) => {
    if (route.request().method() !== "PATCH") return route.fallback();
    await route.fulfill({
      status: 400,
      headers: { "content-type": "application/json", "request-id": "00000000-0000-0000-0000-00000000abcd" },
      body: JSON.stringify({ error: { code: "BadRequest", message: "Single tenant app ID is not a registered application.", target: "singleTenantAppId", innerError: { "request-id": "00000000-0000-0000-0000-00000000abcd" } } }),
    });
  });
  await form.field("Single tenant app ID").fill("6a1f3f7e-2b4c-4d5e-8f90-123456789abc");
  await form.save();
  await expect(page.getByText("Request ID: 00000000-0000-0000-0000-00000000abcd", { exact: false })).toBeVisible();
  await expect(form.field("Single tenant app ID")).toHaveAttribute("aria-invalid", "true");
  await expect(form.field("Single tenant app ID")).toHaveAccessibleDescription(/Single tenant app ID is not a registered application\./);
  await expect(form.field("Single tenant app ID")).toHaveValue("6a1f3f7e-2b4c-4d5e-8f90-123456789abc");
});

test("leaving a form with unsaved changes asks first", async ({ page, sandbox, axe }) => {
  const partner = await sandbox.createDeviceManagementPartner({ displayName: uniqueName("Unsaved") });
  await page.goto(`/device-partners/${partner.id}/edit`);
  await ready(page);
  const form = new DevicePartnerFormPage(page);
  await expect(form.field("Display name")).toHaveValue(partner.displayName);

  // Untouched: no question.
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(new RegExp(`/device-partners/${partner.id}$`));
  await page.getByRole("button", { name: "Edit" }).click();
  await form.field("Display name").fill("Half-way edit");

  await page.getByRole("link", { name: "Device management partners", exact: true }).first().click();
  const dialog = page.getByRole("alertdialog", { name: "Leave without saving?" });
  await expect(dialog).toBeVisible();
  await axe("unsaved changes dialog");
  await dialog.getByRole("button", { name: "Stay on this page" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(form.field("Display name")).toHaveValue("Half-way edit");

  // Closing or reloading the tab asks through the browser's own prompt.
  const prompt = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const beforeUnload = await prompt;
  expect(beforeUnload.type()).toBe("beforeunload");
  await beforeUnload.dismiss();
  await expect(form.field("Display name")).toHaveValue("Half-way edit");

  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Leave without saving" }).click();
  await expect(page).toHaveURL(new RegExp(`/device-partners/${partner.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: partner.displayName })).toBeVisible();
});

test("a demo partner's edit form, and its screenshot", async ({ page, axe }) => {
  // A seeded partner with two group assignments and one excluded group, so the group pickers are really checked.
  const name = "SOTI MobiControl";
  const groups = ["Sales - Field devices", "Retail Stores", "IT Admins"];
  await page.goto("/device-partners");
  await ready(page);
  await page.getByRole("grid", { name: "Device management partners" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("button", { name: "Edit" }).click();
  const form = new DevicePartnerFormPage(page);
  await expect(form.field("Display name")).toHaveValue(name);
  const pickers = page.getByRole("combobox", { name: "Group" });
  await expect(pickers).toHaveCount(groups.length);
  for (const [index, group] of groups.entries()) await expect(form.assignment(index).getByRole("combobox", { name: "Group" })).toHaveValue(group);
  await axe("edit form with demo data");
  await screenshot(page, "device-partner-edit.png");
});
