import { expect, ready, test, uniqueName } from "./support/fixtures";
import { DevicePartnersListPage } from "./support/device-partner-pages";

test("terminate explains itself, then the partner is terminated and cannot be terminated again", async ({ page, sandbox, axe }) => {
  const partner = await sandbox.createDeviceManagementPartner({ displayName: uniqueName("Terminate me"), partnerState: "enabled" });
  await page.goto(`/device-partners/${partner.id}`);
  await ready(page);
  await expect(page.getByRole("heading", { level: 1, name: partner.displayName })).toBeVisible();
  await page.getByRole("button", { name: "Terminate" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Terminate ${partner.displayName}?` });
  await expect(dialog).toContainText("removes the partner's devices 90 days later");
  await axe("terminate dialog");
  const terminate = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith(`/deviceManagementPartners/${partner.id}/terminate`));
  await dialog.getByRole("button", { name: "Terminate" }).click();
  await terminate;
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText("This partnership is terminated.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Terminate" })).toBeDisabled();
  const stored = await sandbox.getDeviceManagementPartner(partner.id);
  expect(stored.partnerState).toBe("terminated");
});

test("delete asks, deletes and returns to the list", async ({ page, sandbox, axe }) => {
  const partner = await sandbox.createDeviceManagementPartner({ displayName: uniqueName("Delete me") });
  await page.goto(`/device-partners/${partner.id}`);
  await ready(page);
  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Delete ${partner.displayName}?` });
  await expect(dialog).toBeVisible();
  await axe("delete dialog");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/device-partners$/);
  // The closed dialog leaves nothing hidden from assistive technology.
  await expect(page.getByRole("heading", { level: 1, name: "Device management partners" })).toBeVisible();
  const list = new DevicePartnersListPage(page);
  await expect(list.status).toBeVisible();
  await expect(list.rows.first()).toBeVisible();
  await expect(list.row(partner.displayName)).toHaveCount(0);
  // Searched by its name, the partner is not on a later page either: the list answers with nothing.
  await list.search(partner.displayName);
  await expect(page.getByText(/match this view/)).toBeVisible();
  await expect(list.rows).toHaveCount(0);
  const response = await page.context().request.get(`/api/graph/beta/deviceManagement/deviceManagementPartners/${partner.id}`);
  expect(response.status()).toBe(404);
});

test("bulk delete names what will go and deletes only the selected rows", async ({ page, sandbox, axe }) => {
  await sandbox.reset({ deviceManagementPartners: 0, complianceManagementPartners: 0 });
  const keep = await sandbox.createDeviceManagementPartner({ displayName: "Keep me" });
  const first = await sandbox.createDeviceManagementPartner({ displayName: "Bulk one" });
  const second = await sandbox.createDeviceManagementPartner({ displayName: "Bulk two" });
  const list = new DevicePartnersListPage(page);
  await list.goto();
  await ready(page);
  await expect(list.rows).toHaveCount(3);
  await expect(page.getByRole("button", { name: "Delete selected" })).toBeDisabled();
  await list.row("Bulk one").getByRole("checkbox", { name: "Select Bulk one" }).check();
  await list.row("Bulk two").getByRole("checkbox", { name: "Select Bulk two" }).check();
  await page.getByRole("button", { name: "Delete selected (2)" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete 2 device management partners?" });
  const names = dialog.getByRole("list", { name: "To be deleted" }).getByRole("listitem");
  await expect(names).toHaveText(["Bulk one", "Bulk two"]);
  await axe("bulk delete dialog");
  const sent: { method: string; path: string; body: unknown }[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/api/graph/") && r.method() !== "GET") sent.push({ method: r.method(), path, body: r.postDataJSON() });
  });
  await dialog.getByRole("button", { name: "Delete 2 device management partners" }).click();
  await expect(dialog).toHaveCount(0);
  // The rows go together: one $batch of two DELETEs, no DELETE of its own.
  expect(sent).toEqual([
    {
      method: "POST",
      path: "/api/graph/beta/$batch",
      body: {
        requests: [
          { id: "1", method: "DELETE", url: `/deviceManagement/deviceManagementPartners/${first.id}` },
          { id: "2", method: "DELETE", url: `/deviceManagement/deviceManagementPartners/${second.id}` },
        ],
      },
    },
  ]);
  await expect.poll(() => list.names()).toEqual(["Keep me"]);
  for (const gone of [first, second]) {
    expect((await page.context().request.get(`/api/graph/beta/deviceManagement/deviceManagementPartners/${gone.id}`)).status()).toBe(404);
  }
  expect((await sandbox.getDeviceManagementPartner(keep.id)).displayName).toBe("Keep me");
});
