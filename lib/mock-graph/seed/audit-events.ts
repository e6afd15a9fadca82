import type { AuditEvent } from "@/lib/graph/audit-event";
import type { ResourceName } from "@/lib/graph/resources";
import { auditEventOf, type AuditWho } from "../audit/audit-event-of";
import type { Entity } from "../entity-collection";
import { graphDateTime, stableGuid } from "./stable-guid";

const hour = 3_600_000;
const admins: AuditWho[] = ["megan.bowen", "adele.vance", "alex.wilber"].map((name) => ({
  userPrincipalName: `${name}@contoso.onmicrosoft.com`,
  userId: stableGuid(`user:${name}`),
  applicationId: null,
}));
/** How many partners of each kind get a history: the curated ones, not the synthetic thousands. */
const withHistory = 12;

/**
 * A few weeks of plausible history for the seeded partners: each was created 3 to 5 weeks ago, most were edited
 * since (assignments, then the name), and the terminated ones were terminated a week or two ago. Oldest first.
 */
export function seedAuditEvents(now: Date, partners: Record<ResourceName, Entity[]>): AuditEvent[] {
  const events: AuditEvent[] = [];
  const at = (hoursAgo: number) => graphDateTime(new Date(now.getTime() - hoursAgo * hour));
  for (const resource of Object.keys(partners) as ResourceName[]) {
    partners[resource].slice(0, withHistory).forEach((partner, index) => {
      const who = admins[index % admins.length]!;
      const ids = (step: string, hoursAgo: number) => ({ id: stableGuid(`audit:${partner.id}:${step}`), correlationId: stableGuid(`correlation:${partner.id}:${step}`), at: at(hoursAgo) });
      const created = 24 * (21 + ((index * 5) % 14)) + index;
      const assignments = Object.keys(partner).filter((name) => name.endsWith("Assignments") || name === "groupsRequiringPartnerEnrollment");
      const bare: Entity = { ...partner, displayName: `${String(partner.displayName)} (pilot)` };
      for (const name of assignments) bare[name] = [];
      events.push(auditEventOf({ operation: "Create", resource, after: bare }, who, ids("create", created)));
      if (assignments.some((name) => Array.isArray(partner[name]) && (partner[name] as unknown[]).length > 0)) {
        const withAssignments = { ...partner, displayName: bare.displayName };
        events.push(auditEventOf({ operation: "Patch", resource, before: bare, after: withAssignments }, who, ids("assign", created - 30)));
      }
      events.push(auditEventOf({ operation: "Patch", resource, before: { ...partner, displayName: bare.displayName }, after: partner }, admins[(index + 1) % admins.length]!, ids("rename", 24 * (2 + ((index * 3) % 12)) + index)));
      if (resource === "deviceManagementPartners" && partner.partnerState === "terminated") {
        const before = { ...partner, partnerState: "enabled", whenPartnerDevicesWillBeRemovedDateTime: null };
        events.push(auditEventOf({ operation: "Action", action: "terminate", resource, before, after: partner }, who, ids("terminate", 24 * (7 + index))));
      }
    });
  }
  return events.sort((a, b) => Date.parse(a.activityDateTime) - Date.parse(b.activityDateTime));
}
