import { auditPlacementOf, maxAuditEventsPerTenant, type AuditEvent, type AuditProperty } from "@/lib/graph/audit-event";
import type { Entity } from "../entity-collection";
import type { PartnerChange } from "./partner-change";

/** Who made a change, as the audit log names them. */
export interface AuditWho {
  userPrincipalName: string | null;
  userId: string | null;
  applicationId: string | null;
}

/** The console's own name: Intune's events name the portal that made the change. */
export const consoleApplicationName = "Intune Partner Console";

const verbs: Record<PartnerChange["operation"], string> = { Create: "Create", Patch: "Patch", Delete: "Delete", Action: "" };

/** One auditProperty per property whose value changed, old and new as JSON text (assignment collections too). */
function modifiedProperties(before: Entity | undefined, after: Entity | undefined): AuditProperty[] {
  if (!after) return [];
  const changes: AuditProperty[] = [];
  for (const [name, value] of Object.entries(after)) {
    if (name === "id" || name.startsWith("@odata.")) continue;
    const newValue = JSON.stringify(value ?? null);
    const oldValue = before ? JSON.stringify(before[name] ?? null) : null;
    if (oldValue !== newValue) changes.push({ displayName: name, oldValue, newValue });
  }
  return changes;
}

export function auditEventOf(change: PartnerChange, who: AuditWho, ids: { id: string; correlationId: string; at: string }): AuditEvent {
  const placement = auditPlacementOf[change.resource];
  const verb = change.operation === "Action" ? `${change.action![0]!.toUpperCase()}${change.action!.slice(1)}` : verbs[change.operation];
  const activityType = `${verb} ${placement.auditResourceType}`;
  const entity = change.after ?? change.before!;
  return {
    id: ids.id,
    displayName: activityType,
    componentName: placement.componentName,
    actor: {
      type: "ItPro",
      auditActorType: "ItPro",
      userPermissions: ["*"],
      applicationId: who.applicationId,
      applicationDisplayName: consoleApplicationName,
      userPrincipalName: who.userPrincipalName,
      servicePrincipalName: null,
      ipAddress: null,
      userId: who.userId,
      userRoleScopeTags: [{ displayName: "Default", roleScopeTagId: "0" }],
      remoteTenantId: null,
      remoteUserId: null,
    },
    activity: activityType,
    activityDateTime: ids.at,
    activityType,
    activityOperationType: change.operation,
    activityResult: "Success",
    correlationId: ids.correlationId,
    resources: [
      {
        displayName: typeof entity.displayName === "string" ? entity.displayName : null,
        type: placement.auditResourceType,
        auditResourceType: placement.auditResourceType,
        resourceId: entity.id,
        modifiedProperties: modifiedProperties(change.before, change.after),
      },
    ],
    category: placement.category,
  };
}

/** Appends, dropping the oldest past the per-tenant bound. */
export function appendAuditEvent(events: AuditEvent[], event: AuditEvent): void {
  events.push(event);
  if (events.length > maxAuditEventsPerTenant) events.splice(0, events.length - maxAuditEventsPerTenant);
}
