import { screenshot } from "./support/screenshot";
import { CompliancePartnerFormPage, allDevices, expect, ready, test, uniqueName } from "./support/compliance-partner-pages";

// A zone away from UTC proves date-times are shown and sent in local time with their offset.
test.use({ timezoneId: "Europe/Berlin" });

test("create a partner with assignments on several platforms", { tag: "@both-flavors" }, async ({ page, sandbox, flavor, axe }) => {
  // The longest flow in the suite (every target type, two axe passes): it gets three times the usual 30 s.
  test.slow();
  await sandbox.reset({ complianceManagementPartners: 0 });
  const [first, second] = await sandbox.groups(2);
  const macOs14 = await sandbox.filterId("macOS 14+");
  const name = uniqueName("Contoso Compliance");
  await page.goto("/compliance-partners");
  await ready(page);
  await page.getByRole("link", { name: "New partner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New compliance management partner" })).toBeVisible();
  const form = new CompliancePartnerFormPage(page);
  await expect(form.field("Last heartbeat")).not.toHaveValue("");
  await form.field("Display name").fill(name);
  await form.field("Partner state").selectOption({ label: "Enabled" });
  await form.field("Last heartbeat").fill("2027-03-04T05:06:07");

  await form.onboarded("macOS").check();
  const macGroup = await form.addAssignment("macOS");
  await form.chooseTarget(macGroup, "Group");
  await form.pickGroup(macGroup, first!.displayName.slice(0, 4), first!.displayName);
  // The macOS section offers the macOS filters only, by name.
  const macFilter = macGroup.getByLabel("Assignment filter", { exact: true });
  await expect(macFilter.getByRole("option")).toHaveText(["No filter", "Corporate Apple devices", "macOS 14+"]);
  await macFilter.selectOption({ label: "macOS 14+" });
  await expect(macGroup.getByLabel("Assignment filter type")).toHaveValue("include");
  const macExcluded = await form.addAssignment("macOS");
  await form.chooseTarget(macExcluded, "Excluded group");
  await form.pickGroup(macExcluded, second!.displayName.slice(0, 4), second!.displayName);

  await form.onboarded("iOS/iPadOS").check();
  const iosUsers = await form.addAssignment("iOS/iPadOS");
  await form.chooseTarget(iosUsers, "All licensed users");
  await expect(iosUsers.getByLabel("Assignment filter", { exact: true }).getByRole("option")).toHaveText(["No filter", "Corporate iPhones", "iPadOS shared devices"]);
  const iosCollection = await form.addAssignment("iOS/iPadOS");
  await form.chooseTarget(iosCollection, "Configuration Manager collection");
  await iosCollection.getByLabel("Collection ID").fill("SMS00001");

  await form.onboarded("Linux").check();
  const linuxDevices = await form.addAssignment("Linux");
  await form.chooseTarget(linuxDevices, "All devices");
  // Intune has no filter platform for Linux: nothing to pick, and it says so.
  await expect(linuxDevices.getByLabel("Assignment filter", { exact: true }).getByRole("option")).toHaveText(["No filter"]);
  await expect(linuxDevices.getByText("Intune has no assignment filters for this platform.")).toBeVisible();
  await axe("new compliance partner form");

  const post = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/api/graph/beta/deviceManagement/complianceManagementPartners"));
  await form.save("Create");
  const answer = await post;
  expect(answer.request().postDataJSON()).toEqual({
    displayName: name,
    partnerState: "enabled",
    lastHeartbeatDateTime: "2027-03-04T05:06:07+01:00",
    macOsOnboarded: true,
    macOsEnrollmentAssignments: [
      {
        target: {
          "@odata.type": "#microsoft.graph.groupAssignmentTarget",
          groupId: first!.id,
          deviceAndAppManagementAssignmentFilterId: macOs14,
          deviceAndAppManagementAssignmentFilterType: "include",
        },
      },
      { target: { "@odata.type": "#microsoft.graph.exclusionGroupAssignmentTarget", groupId: second!.id } },
    ],
    iosOnboarded: true,
    iosEnrollmentAssignments: [
      { target: { "@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget" } },
      { target: { "@odata.type": "#microsoft.graph.configurationManagerCollectionAssignmentTarget", collectionId: "SMS00001" } },
    ],
    androidOnboarded: false,
    androidEnrollmentAssignments: [],
    windowsOnboarded: false,
    windowsEnrollmentAssignments: [],
    linuxOnboarded: true,
    linuxEnrollmentAssignments: [{ target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }],
  });

  if (flavor === "service") {
    // Real tenants refuse to create compliance partners: the console explains onboarding beside the form, and keeps every value.
    expect(answer.status()).toBe(400);
    await expect(page.getByText(/Microsoft Graph does not create compliance partners in this tenant: onboard the partner from its own console/)).toBeVisible();
    await expect(page).toHaveURL(/\/compliance-partners\/new$/);
    await expect(form.field("Display name")).toHaveValue(name);
    await expect(form.onboarded("macOS")).toBeChecked();
    await expect(form.assignment("macOS", 0).getByRole("combobox", { name: "Group" })).toHaveValue(first!.displayName);
    await expect(form.assignment("macOS", 0).getByLabel("Assignment filter", { exact: true }).locator("option:checked")).toHaveText("macOS 14+");
    await expect(iosCollection.getByLabel("Collection ID")).toHaveValue("SMS00001");
    await axe("compliance partner creation refused");
    return;
  }
  expect(answer.status()).toBe(201);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const mac = page.getByRole("list", { name: "macOS enrollment assignments" });
  await expect(mac.getByRole("listitem")).toHaveCount(2);
  await expect(mac.getByText(first!.displayName, { exact: true })).toBeVisible();
  await expect(mac.getByText(second!.displayName, { exact: true })).toBeVisible();
  await expect(mac.getByText(/^Filter: Include\s+macOS 14\+$/)).toBeVisible();
  await expect(page.getByRole("list", { name: "iOS/iPadOS enrollment assignments" }).getByText("Collection SMS00001")).toBeVisible();
  await expect(form.platform("Android").getByText("Not onboarded", { exact: true })).toBeVisible();
  await expect(form.platform("macOS").getByText("Onboarded", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Raw JSON" }).click();
  await expect(page.getByLabel("Raw JSON")).toContainText('"collectionId": "SMS00001"');
  await axe("compliance partner detail");
});

test("edit one platform's assignments sends only that platform's collection", { tag: "@both-flavors" }, async ({ page, sandbox, compliance, flavor, axe }) => {
  // Detail, form and detail again, each waiting for the filters by name: more than the usual 30 s on a shared machine.
  test.slow();
  await sandbox.reset({ complianceManagementPartners: 0 });
  const [group] = await sandbox.groups(1);
  const corporateIPhones = await sandbox.filterId("Corporate iPhones");
  const filtered = {
    target: {
      "@odata.type": "#microsoft.graph.groupAssignmentTarget",
      groupId: group!.id,
      deviceAndAppManagementAssignmentFilterId: corporateIPhones,
      deviceAndAppManagementAssignmentFilterType: "exclude",
    },
  };
  const heartbeat = "2026-01-02T03:04:05.1234567+05:30";
  const partner = await compliance.create({
    displayName: uniqueName("Edit platforms"),
    lastHeartbeatDateTime: heartbeat,
    iosOnboarded: true,
    iosEnrollmentAssignments: [allDevices, filtered],
    androidOnboarded: true,
    androidEnrollmentAssignments: [allDevices],
  });
  await page.goto(`/compliance-partners/${partner.id}`);
  await ready(page);
  const ios = page.getByRole("list", { name: "iOS/iPadOS enrollment assignments" });
  await expect(ios.getByText(group!.displayName, { exact: true })).toBeVisible();
  await expect(ios.getByText(/^Filter: Exclude\s+Corporate iPhones$/)).toBeVisible();
  await page.getByRole("button", { name: "Edit" }).click();
  await expect(page).toHaveURL(new RegExp(`/compliance-partners/${partner.id}/edit$`));
  const form = new CompliancePartnerFormPage(page);
  await expect(form.field("Display name")).toHaveValue(partner.displayName);
  await expect(form.onboarded("iOS/iPadOS")).toBeChecked();
  await expect(form.assignment("iOS/iPadOS", 1).getByRole("combobox", { name: "Group" })).toHaveValue(group!.displayName);
  await expect(form.assignment("iOS/iPadOS", 1).getByLabel("Assignment filter", { exact: true }).locator("option:checked")).toHaveText("Corporate iPhones");
  // 03:04:05 at +05:30 is 22:34:05 the day before in Berlin.
  await expect(form.field("Last heartbeat")).toHaveValue("2026-01-01T22:34:05");
  await axe("edit compliance partner form");

  await form.platform("iOS/iPadOS").getByRole("button", { name: "Remove assignment 1" }).click();
  const users = await form.addAssignment("iOS/iPadOS");
  await form.chooseTarget(users, "All licensed users");
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes(`/complianceManagementPartners/${partner.id}`)) sent.push(r.method());
  });
  const patch = page.waitForResponse((r) => r.request().method() === "PATCH");
  await form.save();
  const answer = await patch;
  expect(answer.request().postDataJSON()).toEqual({
    iosEnrollmentAssignments: [filtered, { target: { "@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget" } }],
  });
  await expect(page.getByRole("heading", { level: 1, name: partner.displayName })).toBeVisible();
  await expect(page.getByRole("list", { name: "iOS/iPadOS enrollment assignments" }).getByRole("listitem")).toHaveText([
    new RegExp(`Group.*${group!.displayName}.*Corporate iPhones`),
    /All licensed users/,
  ]);
  if (flavor === "service") {
    // Real tenants answer 204 with no body: the console reads the partner back before showing it.
    expect(answer.status()).toBe(204);
    expect(sent.slice(sent.indexOf("PATCH") + 1)).toContain("GET");
  } else {
    expect(answer.status()).toBe(200);
  }
  const stored = await compliance.get(partner.id);
  expect(stored.lastHeartbeatDateTime).toBe(heartbeat);
  expect(stored.androidEnrollmentAssignments).toEqual([allDevices]);
});

test("onboarding a platform another partner has warns and names that partner before saving", async ({ page, sandbox, compliance, axe }) => {
  await sandbox.reset({ complianceManagementPartners: 0 });
  const jamf = await compliance.create({ displayName: "Jamf Pro", macOsOnboarded: true, iosOnboarded: true });
  const other = await compliance.create({ displayName: "Contoso Compliance", androidOnboarded: true });
  let writes = 0;
  page.on("request", (r) => {
    if (["PATCH", "POST"].includes(r.method()) && r.url().includes("/api/graph/")) writes++;
  });

  await page.goto(`/compliance-partners/${other.id}/edit`);
  await ready(page);
  const form = new CompliancePartnerFormPage(page);
  await expect(form.field("Display name")).toHaveValue("Contoso Compliance");

  await form.onboarded("macOS").check();
  const warning = form.platform("macOS").getByRole("group", { name: "macOS already has a compliance partner" });
  await expect(warning).toContainText("Jamf Pro is already onboarded for macOS");
  // Now that the partner list has provably loaded: Contoso's own Android onboarding is not a conflict.
  await expect(form.platform("Android").getByText(/already onboarded/)).toHaveCount(0);
  await axe("one-partner-per-platform warning");
  await form.onboarded("Windows").check();
  await expect(form.platform("Windows").getByText(/already onboarded/)).toHaveCount(0);
  await form.onboarded("macOS").uncheck();
  await expect(warning).toHaveCount(0);
  await form.onboarded("iOS/iPadOS").check();
  await expect(form.platform("iOS/iPadOS").getByText("Jamf Pro is already onboarded for iOS/iPadOS", { exact: false })).toBeVisible();
  expect(writes).toBe(0);

  // The partner that has the platform is not warned about itself.
  await page.goto(`/compliance-partners/${jamf.id}/edit`);
  await expect(form.field("Display name")).toHaveValue("Jamf Pro");
  await expect(form.onboarded("macOS")).toBeChecked();
  // The warning about another partner proves the partner list has loaded before its absence is checked.
  await form.onboarded("Android").check();
  await expect(form.platform("Android").getByText("Contoso Compliance is already onboarded for Android", { exact: false })).toBeVisible();
  await expect(form.platform("macOS").getByText(/already onboarded/)).toHaveCount(0);
  await expect(form.platform("iOS/iPadOS").getByText(/already onboarded/)).toHaveCount(0);
  await form.onboarded("Android").uncheck();
  await expect(page.getByText(/already onboarded/)).toHaveCount(0);

  // A new partner is checked too.
  await page.goto("/compliance-partners/new");
  await form.onboarded("Android").check();
  await expect(form.platform("Android").getByText("Contoso Compliance is already onboarded for Android", { exact: false })).toBeVisible();
});

test("validation beside the fields; a failed save keeps every edit", async ({ page, compliance, sandbox, axe }) => {
  await sandbox.reset({ complianceManagementPartners: 0 });
  const partner = await compliance.create({ displayName: uniqueName("Faulty"), macOsOnboarded: true });
  await page.goto(`/compliance-partners/${partner.id}/edit`);
  await ready(page);
  const form = new CompliancePartnerFormPage(page);
  await expect(form.field("Display name")).toHaveValue(partner.displayName);
  await form.field("Display name").fill("");
  const android = await form.addAssignment("Android");
  await form.chooseTarget(android, "Group");
  let patches = 0;
  page.on("request", (r) => {
    if (r.method() === "PATCH") patches++;
  });
  await form.save();
  await expect(page.getByText("Enter a display name.")).toBeVisible();
  await expect(android.getByText("Choose a group.")).toBeVisible();
  await axe("compliance form with validation errors");
  expect(patches).toBe(0);

  await android.getByRole("button", { name: "Remove assignment 1" }).click();
  await form.field("Display name").fill("Changed but not saved");
  await form.onboarded("Android").check();
  await sandbox.faults("rate=1,codes=500,methods=PATCH,count=1");
  const response = page.waitForResponse((r) => r.request().method() === "PATCH");
  await form.save();
  const failed = await response;
  expect(failed.status()).toBe(500);
  const requestId = ((await failed.json()) as { error: { innerError: { "request-id": string } } }).error.innerError["request-id"];
  const bar = page.getByRole("group", { name: "The partner could not be saved" });
  await expect(bar).toContainText(`Request ID: ${requestId}`);
  await expect(form.field("Display name")).toHaveValue("Changed but not saved");
  await expect(form.onboarded("Android")).toBeChecked();

  const patch = page.waitForRequest((r) => r.method() === "PATCH");
  await form.save();
  expect((await patch).postDataJSON()).toEqual({ displayName: "Changed but not saved", androidOnboarded: true });
  await expect(page.getByRole("heading", { level: 1, name: "Changed but not saved" })).toBeVisible();
});

test("leaving the form with unsaved changes asks first", async ({ page, compliance, axe }) => {
  const partner = await compliance.create({ displayName: uniqueName("Unsaved"), macOsOnboarded: false });
  await page.goto(`/compliance-partners/${partner.id}/edit`);
  await ready(page);
  const form = new CompliancePartnerFormPage(page);
  await expect(form.field("Display name")).toHaveValue(partner.displayName);
  await form.onboarded("macOS").check();
  await page.getByRole("button", { name: "Cancel" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Leave without saving?" });
  await expect(dialog).toBeVisible();
  await axe("unsaved changes dialog");
  await dialog.getByRole("button", { name: "Stay on this page" }).click();
  await expect(form.onboarded("macOS")).toBeChecked();
  await page.getByRole("button", { name: "Cancel" }).click();
  await dialog.getByRole("button", { name: "Leave without saving" }).click();
  await expect(page).toHaveURL(new RegExp(`/compliance-partners/${partner.id}$`));
  expect((await compliance.get(partner.id)).macOsOnboarded).toBe(false);
});

test("the compliance edit form, and its screenshot", async ({ page, sandbox, compliance, axe }) => {
  await sandbox.reset({ complianceManagementPartners: 0 });
  const [group] = await sandbox.groups(1);
  await compliance.create({ displayName: "Jamf Pro", macOsOnboarded: true });
  const partner = await compliance.create({
    displayName: "Contoso Compliance",
    macOsEnrollmentAssignments: [{ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: group!.id } }],
    iosOnboarded: true,
    iosEnrollmentAssignments: [allDevices],
  });
  await page.goto(`/compliance-partners/${partner.id}/edit`);
  await ready(page);
  const form = new CompliancePartnerFormPage(page);
  await expect(form.field("Display name")).toHaveValue("Contoso Compliance");
  await expect(form.assignment("macOS", 0).getByRole("combobox", { name: "Group" })).toHaveValue(group!.displayName);
  await form.onboarded("macOS").check();
  await expect(form.platform("macOS").getByText(/Jamf Pro is already onboarded/)).toBeVisible();
  await axe("compliance edit form with a conflict");
  await screenshot(page, "compliance-partner-edit.png");
});
