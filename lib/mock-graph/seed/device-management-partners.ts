import { allDevices, allLicensedUsers, configManagerCollection, exclusionGroup, group } from "./assignments";
import { filterIdOf } from "./assignment-filters";
import { hoursFrom, stableGuid } from "./stable-guid";

type Entity = Record<string, unknown> & { id: string };

const odataType = "#microsoft.graph.deviceManagementPartner";

/** The curated partners: every partnerState and partnerAppType, stale heartbeats, every target type. */
function curated(now: Date): Entity[] {
  const partner = (name: string, fields: Record<string, unknown>): Entity => ({
    "@odata.type": odataType,
    id: stableGuid(`deviceManagementPartner:${name}`),
    displayName: name,
    lastHeartbeatDateTime: hoursFrom(now, -1),
    partnerState: "enabled",
    partnerAppType: "multiTenantApp",
    singleTenantAppId: null,
    isConfigured: true,
    whenPartnerDevicesWillBeRemovedDateTime: null,
    whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: null,
    groupsRequiringPartnerEnrollment: [],
    ...fields,
  });
  return [
    partner("Jamf Pro", {
      lastHeartbeatDateTime: hoursFrom(now, -0.2),
      groupsRequiringPartnerEnrollment: [group("Corporate Macs", filterIdOf("macOS 14+")), exclusionGroup("Excluded from partner enrollment")],
    }),
    partner("Omnissa Workspace ONE", {
      lastHeartbeatDateTime: hoursFrom(now, -73.5),
      groupsRequiringPartnerEnrollment: [allLicensedUsers(), exclusionGroup("Executives")],
    }),
    partner("Ivanti Neurons for MDM", {
      partnerAppType: "singleTenantApp",
      singleTenantAppId: stableGuid("app:Ivanti Neurons for MDM"),
      lastHeartbeatDateTime: hoursFrom(now, -2),
      groupsRequiringPartnerEnrollment: [configManagerCollection("MEM00012"), group("Corporate iPhones")],
    }),
    partner("Fleet", {
      partnerState: "unavailable",
      isConfigured: false,
      lastHeartbeatDateTime: hoursFrom(now, -120),
      groupsRequiringPartnerEnrollment: [group("Research Lab")],
    }),
    partner("Kandji", {
      lastHeartbeatDateTime: hoursFrom(now, -0.5),
      groupsRequiringPartnerEnrollment: [allDevices(filterIdOf("Corporate Apple devices")), exclusionGroup("Contractors")],
    }),
    partner("Mosyle", {
      partnerState: "unresponsive",
      lastHeartbeatDateTime: hoursFrom(now, -216),
      whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: hoursFrom(now, 24 * 14),
      groupsRequiringPartnerEnrollment: [group("Design Studio")],
    }),
    partner("Addigy", {
      partnerState: "terminated",
      isConfigured: false,
      lastHeartbeatDateTime: hoursFrom(now, -24 * 30),
      whenPartnerDevicesWillBeRemovedDateTime: hoursFrom(now, 24 * 60),
      whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: hoursFrom(now, 24 * 30),
    }),
    partner("Hexnode", {
      partnerState: "rejected",
      partnerAppType: "unknown",
      isConfigured: false,
      lastHeartbeatDateTime: hoursFrom(now, -24 * 3),
    }),
    partner("Contoso In-House MDM", {
      partnerAppType: "singleTenantApp",
      singleTenantAppId: stableGuid("app:Contoso In-House MDM"),
      lastHeartbeatDateTime: hoursFrom(now, -36),
      groupsRequiringPartnerEnrollment: [configManagerCollection("MEM00027"), group("Frontline Workers"), group("Kiosk devices", filterIdOf("Kiosk"), "exclude")],
    }),
    partner("Citrix Endpoint Management", {
      partnerState: "unknown",
      partnerAppType: "unknown",
      isConfigured: false,
      lastHeartbeatDateTime: "0001-01-01T00:00:00Z",
    }),
    partner("SOTI MobiControl", {
      lastHeartbeatDateTime: hoursFrom(now, -0.1),
      groupsRequiringPartnerEnrollment: [group("Sales - Field devices"), group("Retail Stores"), exclusionGroup("IT Admins")],
    }),
    partner("Miradore", {
      lastHeartbeatDateTime: hoursFrom(now, -26),
      groupsRequiringPartnerEnrollment: [group("Pilot - Partner MDM")],
    }),
    // Placeholder records, as real tenants list for partners never set up (GRAPH.md): one Unknown, one enabled but silent.
    partner("BlackBerry UEM", { partnerState: "unknown", partnerAppType: "unknown", isConfigured: false, lastHeartbeatDateTime: "0001-01-01T00:00:00Z" }),
    partner("Sophos Mobile", { isConfigured: false, lastHeartbeatDateTime: "0001-01-01T00:00:00Z" }),
  ];
}

const states = ["enabled", "enabled", "enabled", "unavailable", "unresponsive", "terminated", "rejected", "unknown"];
const appTypes = ["multiTenantApp", "singleTenantApp", "unknown"];

export function seedDeviceManagementPartners(now: Date, count?: number): Entity[] {
  const partners = curated(now);
  if (count === undefined) return partners;
  if (count <= partners.length) return partners.slice(0, count);
  const nowMs = now.getTime();
  for (let i = partners.length; i < count; i++) {
    const n = i + 1;
    const appType = appTypes[n % appTypes.length]!;
    partners.push({
      "@odata.type": odataType,
      id: stableGuid(`deviceManagementPartner:synthetic:${n}`),
      displayName: `Partner MDM ${String(n).padStart(5, "0")}`,
      lastHeartbeatDateTime: new Date(nowMs - (n % 97) * 3_600_000).toISOString(),
      partnerState: states[n % states.length],
      partnerAppType: appType,
      singleTenantAppId: appType === "singleTenantApp" ? stableGuid(`app:synthetic:${n}`) : null,
      isConfigured: n % 3 !== 0,
      whenPartnerDevicesWillBeRemovedDateTime: null,
      whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: null,
      groupsRequiringPartnerEnrollment: [],
    });
  }
  return partners;
}
