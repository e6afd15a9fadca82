import { expect, ready, test } from "./support/fixtures";

// The curated seed (lib/mock-graph/seed), heartbeats relative to the reset: its healths are fixed.
const seedHealth = {
  "Device management partners": { total: 14, Unhealthy: 4, Warning: 2, Healthy: 4, "Not set up": 3, Terminated: 1 },
  "Compliance management partners": { total: 13, Unhealthy: 3, Warning: 2, Healthy: 5, "Not set up": 2, Terminated: 1 },
};

test("the overview counts the seed's partners per health, each count readable and linked to its list", async ({ page, sandbox }) => {
  await sandbox.reset();
  await page.goto("/");
  await ready(page);
  for (const [kind, counts] of Object.entries(seedHealth)) {
    await expect(page.getByText(`${counts.total} in total`)).toBeVisible();
    const list = page.getByRole("list", { name: `${kind} by health` });
    for (const [health, count] of Object.entries(counts)) {
      if (health === "total") continue;
      await expect(list.getByRole("link", { name: `${health}: ${count}`, exact: true })).toBeVisible();
    }
  }
  await page.getByRole("list", { name: "Device management partners by health" }).getByRole("link", { name: "Unhealthy: 4" }).click();
  await expect(page).toHaveURL(/\/device-partners\?health=unhealthy$/);
});

test("needs attention lists the worst first with the reason, and coming up the device dates soonest first", async ({ page, sandbox }) => {
  await sandbox.reset();
  await page.goto("/");
  await ready(page);
  const attention = page.getByRole("table", { name: "Partners that need attention" });
  const rows = attention.getByRole("row").filter({ has: page.getByRole("link") });
  await expect(rows).toHaveCount(10);
  await expect(rows.nth(0)).toContainText("Unhealthy");
  await expect(rows.nth(0)).toContainText("Mosyle");
  await expect(rows.nth(0)).toContainText("Device management");
  await expect(rows.nth(0)).toContainText("The partner does not respond. No heartbeat for 9 days.");
  await expect(rows.nth(1)).toContainText("Compliance management");
  await expect(rows.nth(9)).toContainText("Warning");
  await expect(rows.nth(9)).toContainText("No heartbeat for 27 hours.");
  await expect(page.getByText("Showing 10 of 11.")).toBeVisible();

  const comingUp = page.getByRole("table", { name: "Coming up in the next 30 days" });
  const events = comingUp.getByRole("row").filter({ has: page.getByRole("link") });
  await expect(events).toHaveCount(2);
  await expect(events.nth(0)).toContainText("Mosyle");
  await expect(events.nth(0)).toContainText("in 14 days");
  await expect(events.nth(0)).toContainText("Devices will be marked non-compliant");
  await expect(events.nth(1)).toContainText("Addigy");
  await expect(events.nth(1)).toContainText("in 30 days");
  const exact = await events.nth(0).locator("time").getAttribute("datetime");
  expect(Math.round((Date.parse(exact!) - Date.now()) / 86_400_000)).toBe(14);

  await rows.nth(0).getByRole("link", { name: "Mosyle" }).click();
  await expect(page).toHaveURL(/\/device-partners\/[0-9a-f-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mosyle" })).toBeVisible();
});

test("the overview reads 5,000 partners a kind with only the properties it needs, page by page", async ({ page, sandbox }) => {
  test.setTimeout(120_000);
  await sandbox.reset({ deviceManagementPartners: 5000, complianceManagementPartners: 5000 });
  const requests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/graph/")) requests.push(decodeURIComponent(r.url()));
  });
  await page.goto("/");
  await ready(page);
  // Counting 10,000 partners on a shared machine: wait for it, whatever it takes (no timing is asserted).
  await expect(page.getByText("5,000 in total")).toHaveCount(2, { timeout: 60_000 });
  const device = requests.filter((u) => u.includes("/deviceManagementPartners"));
  expect(device.length).toBe(6);
  for (const url of device) {
    expect(url).toContain(
      "$select=id,displayName,partnerState,lastHeartbeatDateTime,whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime,whenPartnerDevicesWillBeRemovedDateTime",
    );
  }
  const list = page.getByRole("list", { name: "Compliance management partners by health" });
  const counts = await list.getByRole("link").allTextContents();
  expect(counts.reduce((sum, text) => sum + Number(text.split(": ")[1]!.replace(/,/g, "")), 0)).toBe(5000);
});
