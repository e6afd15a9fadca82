import { compliancePlatforms } from "@/lib/graph/compliance-platforms";
import { stableGuid } from "./stable-guid";

type Entity = Record<string, unknown> & { id: string };

const neverHeartbeat = "0001-01-01T00:00:00Z";

/** Real tenants list records for partners that were never set up; tools such as IntuneCD skip them (GRAPH.md). */
export function placeholderDeviceManagementPartners(): Entity[] {
  return ["IBM MaaS360", "Sophos Mobile", "Absolute"].map((name) => ({
    "@odata.type": "#microsoft.graph.deviceManagementPartner",
    id: stableGuid(`deviceManagementPartner:placeholder:${name}`),
    displayName: name,
    lastHeartbeatDateTime: neverHeartbeat,
    partnerState: "unknown",
    partnerAppType: "unknown",
    singleTenantAppId: null,
    isConfigured: false,
    whenPartnerDevicesWillBeRemovedDateTime: null,
    whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: null,
    groupsRequiringPartnerEnrollment: [],
  }));
}

export function placeholderComplianceManagementPartners(): Entity[] {
  return ["BlackBerry UEM", "Sophos Mobile"].map((name) => {
    const entity: Entity = {
      "@odata.type": "#microsoft.graph.complianceManagementPartner",
      id: stableGuid(`complianceManagementPartner:placeholder:${name}`),
      displayName: name,
      lastHeartbeatDateTime: neverHeartbeat,
      partnerState: "unknown",
    };
    for (const p of compliancePlatforms) {
      entity[p.onboarded] = false;
      entity[p.assignments] = [];
    }
    return entity;
  });
}
