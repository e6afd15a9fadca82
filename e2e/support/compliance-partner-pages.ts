import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { test as base, type Flavor } from "./fixtures";
import { PartnerListPage } from "./partner-list-page";

export interface ComplianceManagementPartnerInput {
  displayName: string;
  partnerState?: string;
  lastHeartbeatDateTime?: string;
  [platformProperty: `${string}Onboarded` | `${string}EnrollmentAssignments`]: unknown;
}

/** Compliance partners in this test's own demo sandbox, through the console's gateway. */
export class ComplianceSandbox {
  constructor(
    private readonly request: APIRequestContext,
    private readonly baseURL: string,
    private readonly flavor: Flavor = "docs",
  ) {}

  private headers() {
    return { Origin: new URL(this.baseURL).origin, "X-Requested-With": "XMLHttpRequest", Accept: "application/json" };
  }

  /**
   * A partner for the test. Real tenants (service flavor) refuse to create one: there the test takes a never-configured
   * record (the placeholders every tenant lists) and sets it up by PATCH, as the partner's own console would.
   */
  async create(input: ComplianceManagementPartnerInput, version = "beta"): Promise<{ id: string; displayName: string }> {
    if (this.flavor === "service") return this.adopt(input, version);
    const response = await this.request.post(`/api/graph/${version}/deviceManagement/complianceManagementPartners`, {
      headers: this.headers(),
      data: { partnerState: "enabled", lastHeartbeatDateTime: new Date().toISOString(), ...input },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { id: string; displayName: string };
  }

  private async adopt(input: ComplianceManagementPartnerInput, version: string): Promise<{ id: string; displayName: string }> {
    const base = `/api/graph/${version}/deviceManagement/complianceManagementPartners`;
    const list = await this.request.get(`${base}?$select=id,lastHeartbeatDateTime`, { headers: this.headers() });
    expect(list.status(), await list.text()).toBe(200);
    const placeholder = ((await list.json()) as { value: { id: string; lastHeartbeatDateTime: string }[] }).value.find((p) => p.lastHeartbeatDateTime.startsWith("0001-"));
    expect(placeholder, "a never-configured compliance partner record to set up").toBeTruthy();
    const response = await this.request.patch(`${base}/${placeholder!.id}`, {
      headers: this.headers(),
      data: { partnerState: "enabled", lastHeartbeatDateTime: new Date().toISOString(), ...input },
    });
    expect(response.status(), await response.text()).toBe(204);
    return { id: placeholder!.id, displayName: input.displayName };
  }

  async get(id: string, version = "beta"): Promise<Record<string, unknown>> {
    const response = await this.request.get(`/api/graph/${version}/deviceManagement/complianceManagementPartners/${id}`, { headers: this.headers() });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as Record<string, unknown>;
  }

  async status(id: string, version = "beta"): Promise<number> {
    return (await this.request.get(`/api/graph/${version}/deviceManagement/complianceManagementPartners/${id}`, { headers: this.headers() })).status();
  }
}

export const test = base.extend<{ compliance: ComplianceSandbox }>({
  compliance: async ({ page, baseURL, flavor }, provide) => {
    await provide(new ComplianceSandbox(page.context().request, baseURL!, flavor));
  },
});

export { expect, ready, uniqueName, type Theme } from "./fixtures";

export const allDevices = { target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } };
export const allLicensedUsers = { target: { "@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget" } };

export class CompliancePartnersListPage extends PartnerListPage<"Partner state" | "Onboarded platform"> {
  constructor(page: Page) {
    super(page, "Compliance management partners", "/compliance-partners");
  }
}

export class CompliancePartnerFormPage {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByLabel(label);
  }

  /** A platform's section of the form (or of the detail page). */
  platform(label: string): Locator {
    return this.page.getByRole("region", { name: label, exact: true });
  }

  onboarded(platform: string): Locator {
    return this.platform(platform).getByRole("switch", { name: "Onboarded" });
  }

  assignment(platform: string, index: number): Locator {
    return this.page.getByRole("group", { name: `${platform} enrollment assignments: Assignment ${index + 1}` });
  }

  async addAssignment(platform: string): Promise<Locator> {
    const count = await this.page.getByRole("group", { name: new RegExp(`^${platform.replace(/[/]/g, "\\/")} enrollment assignments: Assignment`) }).count();
    await this.platform(platform).getByRole("button", { name: "Add assignment" }).click();
    const row = this.assignment(platform, count);
    await expect(row).toBeVisible();
    return row;
  }

  async chooseTarget(row: Locator, label: string): Promise<void> {
    await row.getByLabel("Target type").selectOption({ label });
  }

  async pickGroup(row: Locator, search: string, name: string): Promise<void> {
    const box = row.getByRole("combobox", { name: "Group" });
    await box.click();
    await box.fill(search);
    await this.page.getByRole("option", { name, exact: true }).click();
    await expect(box).toHaveValue(name);
  }

  async save(label: "Save" | "Create" = "Save"): Promise<void> {
    await this.page.getByRole("button", { name: label, exact: true }).click();
  }
}
