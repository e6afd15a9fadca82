import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** What the gateway requires of a mutation: the console's own Origin and its header. */
export function consoleHeaders(baseURL: string) {
  return { Origin: new URL(baseURL).origin, "X-Requested-With": "XMLHttpRequest", Accept: "application/json" };
}

export interface DemoSeed {
  deviceManagementPartners?: number;
  complianceManagementPartners?: number;
}

export interface DeviceManagementPartnerInput {
  displayName: string;
  partnerState?: string;
  partnerAppType?: string;
  singleTenantAppId?: string | null;
  isConfigured?: boolean;
  lastHeartbeatDateTime?: string;
  whenPartnerDevicesWillBeRemovedDateTime?: string | null;
  whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime?: string | null;
  groupsRequiringPartnerEnrollment?: unknown[];
}

export interface Group {
  id: string;
  displayName: string;
}

/** Talks to this test's own demo sandbox (the browser context's cookie) through the console's gateway. */
export class Sandbox {
  constructor(
    private readonly request: APIRequestContext,
    private readonly baseURL: string,
  ) {}

  static of(page: Page, baseURL: string): Sandbox {
    return new Sandbox(page.context().request, baseURL);
  }

  async reset(seed: DemoSeed = {}): Promise<void> {
    const response = await this.request.post("/api/demo/reset", { headers: consoleHeaders(this.baseURL), data: seed });
    expect(response.status(), await response.text()).toBe(204);
  }

  async faults(spec: string | null): Promise<void> {
    const response = await this.request.post("/api/demo/faults", { headers: consoleHeaders(this.baseURL), data: { faults: spec } });
    expect(response.status(), await response.text()).toBe(204);
  }

  async createDeviceManagementPartner(input: DeviceManagementPartnerInput, version = "beta"): Promise<{ id: string; displayName: string }> {
    const response = await this.request.post(`/api/graph/${version}/deviceManagement/deviceManagementPartners`, {
      headers: consoleHeaders(this.baseURL),
      data: {
        partnerState: "enabled",
        partnerAppType: "multiTenantApp",
        isConfigured: true,
        lastHeartbeatDateTime: new Date().toISOString(),
        ...input,
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as { id: string; displayName: string };
  }

  async getDeviceManagementPartner(id: string, version = "beta"): Promise<Record<string, unknown>> {
    const response = await this.request.get(`/api/graph/${version}/deviceManagement/deviceManagementPartners/${id}`, {
      headers: consoleHeaders(this.baseURL),
    });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as Record<string, unknown>;
  }

  /** The tenant's assignment filters (beta only), to find one's id by name. */
  async assignmentFilters(): Promise<{ id: string; displayName: string; platform: string }[]> {
    const response = await this.request.get("/api/graph/beta/deviceManagement/assignmentFilters?$select=id,displayName,platform", { headers: consoleHeaders(this.baseURL) });
    expect(response.status(), await response.text()).toBe(200);
    return ((await response.json()) as { value: { id: string; displayName: string; platform: string }[] }).value;
  }

  async filterId(displayName: string): Promise<string> {
    const filter = (await this.assignmentFilters()).find((f) => f.displayName === displayName);
    expect(filter, `assignment filter ${displayName}`).toBeTruthy();
    return filter!.id;
  }

  async groups(top = 5): Promise<Group[]> {
    const response = await this.request.get(`/api/graph/v1.0/groups?$top=${top}&$select=id,displayName`, { headers: consoleHeaders(this.baseURL) });
    expect(response.status(), await response.text()).toBe(200);
    return ((await response.json()) as { value: Group[] }).value;
  }
}
