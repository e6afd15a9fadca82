import { compliancePlatforms } from "@/lib/graph/compliance-platforms";
import { allDevices, allLicensedUsers, exclusionGroup, group } from "./assignments";
import { filterIdOf } from "./assignment-filters";
import { hoursFrom, stableGuid } from "./stable-guid";

type Entity = Record<string, unknown> & { id: string };

const odataType = "#microsoft.graph.complianceManagementPartner";

function empty(): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const p of compliancePlatforms) {
    fields[p.onboarded] = false;
    fields[p.assignments] = [];
  }
  return fields;
}

/** Intune allows one onboarded compliance partner per platform: the curated set honours that. */
function curated(now: Date): Entity[] {
  const partner = (name: string, fields: Record<string, unknown>): Entity => ({
    "@odata.type": odataType,
    id: stableGuid(`complianceManagementPartner:${name}`),
    displayName: name,
    lastHeartbeatDateTime: hoursFrom(now, -1),
    partnerState: "enabled",
    ...empty(),
    ...fields,
  });
  return [
    partner("Jamf Pro", {
      lastHeartbeatDateTime: hoursFrom(now, -0.3),
      macOsOnboarded: true,
      macOsEnrollmentAssignments: [group("Corporate Macs", filterIdOf("macOS 14+")), exclusionGroup("Excluded from partner enrollment")],
    }),
    partner("Omnissa Workspace ONE", {
      lastHeartbeatDateTime: hoursFrom(now, -1.5),
      iosOnboarded: true,
      iosEnrollmentAssignments: [group("Corporate iPhones", filterIdOf("Corporate iPhones")), group("BYOD iOS")],
    }),
    partner("Ivanti Neurons for MDM", {
      lastHeartbeatDateTime: hoursFrom(now, -30),
      androidOnboarded: true,
      androidEnrollmentAssignments: [allLicensedUsers(), exclusionGroup("Contractors")],
    }),
    partner("Citrix Endpoint Management", {
      lastHeartbeatDateTime: hoursFrom(now, -4),
      windowsOnboarded: true,
      windowsEnrollmentAssignments: [allDevices(filterIdOf("Windows 11"))],
    }),
    partner("Fleet", {
      lastHeartbeatDateTime: hoursFrom(now, -0.8),
      linuxOnboarded: true,
      linuxEnrollmentAssignments: [group("Research Lab"), group("All Linux devices")],
    }),
    partner("Kandji", { partnerState: "unavailable", lastHeartbeatDateTime: hoursFrom(now, -96) }),
    partner("Mosyle", { partnerState: "unresponsive", lastHeartbeatDateTime: hoursFrom(now, -200) }),
    partner("Addigy", { partnerState: "terminated", lastHeartbeatDateTime: hoursFrom(now, -24 * 45) }),
    partner("Hexnode", { partnerState: "rejected", lastHeartbeatDateTime: hoursFrom(now, -24 * 5) }),
    partner("MobileIron Core", { partnerState: "unknown", lastHeartbeatDateTime: "0001-01-01T00:00:00Z" }),
    partner("SOTI MobiControl", { lastHeartbeatDateTime: hoursFrom(now, -27), androidEnrollmentAssignments: [group("Sales - Field devices")] }),
    partner("Contoso Compliance Bridge", { lastHeartbeatDateTime: hoursFrom(now, -2), iosEnrollmentAssignments: [group("Pilot - Compliance partner")] }),
    partner("BlackBerry UEM", { partnerState: "unknown", lastHeartbeatDateTime: "0001-01-01T00:00:00Z" }),
  ];
}

const states = ["enabled", "unavailable", "unresponsive", "terminated", "rejected", "unknown"];

export function seedComplianceManagementPartners(now: Date, count?: number): Entity[] {
  const partners = curated(now);
  if (count === undefined) return partners;
  if (count <= partners.length) return partners.slice(0, count);
  const nowMs = now.getTime();
  for (let i = partners.length; i < count; i++) {
    const n = i + 1;
    partners.push({
      "@odata.type": odataType,
      id: stableGuid(`complianceManagementPartner:synthetic:${n}`),
      displayName: `Compliance partner ${String(n).padStart(5, "0")}`,
      lastHeartbeatDateTime: new Date(nowMs - (n % 89) * 3_600_000).toISOString(),
      partnerState: states[n % states.length],
      ...empty(),
    });
  }
  return partners;
}
