// Plain data: Intune's auditEvent (v1.0 and beta), as the mock serves it and a history view reads it.
import type { ResourceName } from "./resources";
import type { PropertyDefinition } from "./resources";

export interface AuditProperty {
  displayName: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface AuditResource {
  displayName: string | null;
  type: string;
  auditResourceType: string;
  resourceId: string;
  modifiedProperties: AuditProperty[];
}

export interface AuditActor {
  type: string;
  auditActorType: string;
  userPermissions: string[];
  applicationId: string | null;
  applicationDisplayName: string | null;
  userPrincipalName: string | null;
  servicePrincipalName: string | null;
  ipAddress: string | null;
  userId: string | null;
  userRoleScopeTags: { displayName: string; roleScopeTagId: string }[];
  remoteTenantId: string | null;
  remoteUserId: string | null;
}

export interface AuditEvent {
  id: string;
  displayName: string;
  componentName: string;
  actor: AuditActor;
  activity: string;
  activityDateTime: string;
  activityType: string;
  activityOperationType: "Create" | "Patch" | "Delete" | "Action" | "Get";
  activityResult: string;
  correlationId: string;
  resources: AuditResource[];
  category: string;
}

/** Where IntuneCD reads each partner kind's history (GRAPH.md): componentName, and the category Intune files it under. */
export const auditPlacementOf: Record<ResourceName, { componentName: string; category: string; auditResourceType: string }> = {
  deviceManagementPartners: { componentName: "Enrollment", category: "Enrollment", auditResourceType: "DeviceManagementPartner" },
  complianceManagementPartners: { componentName: "DeviceCompliancePolicy", category: "Compliance", auditResourceType: "ComplianceManagementPartner" },
};

/** Intune's audit categories, with the activity types the mock knows in each. */
export const auditActivityTypes: Record<string, readonly string[]> = {
  Other: [],
  Enrollment: [
    "Create DeviceManagementPartner",
    "Patch DeviceManagementPartner",
    "Delete DeviceManagementPartner",
    "Terminate DeviceManagementPartner",
    "Create DeviceEnrollmentConfiguration",
    "Patch DeviceEnrollmentConfiguration",
  ],
  Compliance: [
    "Create ComplianceManagementPartner",
    "Patch ComplianceManagementPartner",
    "Delete ComplianceManagementPartner",
    "Create DeviceCompliancePolicy",
    "Patch DeviceCompliancePolicy",
  ],
  DeviceConfiguration: ["Create DeviceConfiguration", "Patch DeviceConfiguration", "Delete DeviceConfiguration"],
  Device: ["Wipe ManagedDevice", "Retire ManagedDevice", "Sync ManagedDevice"],
  Application: ["Create MobileApp", "Patch MobileApp", "Assign MobileApp"],
  Role: ["Create RoleDefinition", "Create RoleAssignment"],
  AssignmentFilter: ["Create DeviceAndAppManagementAssignmentFilter", "Patch DeviceAndAppManagementAssignmentFilter"],
};

const resourceProperties: PropertyDefinition[] = [
  { name: "displayName", kind: "string", nullable: true },
  { name: "type", kind: "string", nullable: true },
  { name: "auditResourceType", kind: "string", nullable: true },
  { name: "resourceId", kind: "string", nullable: true },
];

const actorProperties: PropertyDefinition[] = ["userPrincipalName", "applicationDisplayName", "servicePrincipalName", "userId", "auditActorType"].map((name) => ({ name, kind: "string", nullable: true }));

/** auditEvent's properties, for $select, $filter (with `resources/any(...)`) and $orderby. */
export const auditEventProperties: PropertyDefinition[] = [
  { name: "id", kind: "string", nullable: false },
  { name: "displayName", kind: "string", nullable: true },
  { name: "componentName", kind: "string", nullable: true },
  { name: "actor", kind: "complex", nullable: true, items: actorProperties },
  { name: "activity", kind: "string", nullable: true },
  { name: "activityDateTime", kind: "dateTimeOffset", nullable: false },
  { name: "activityType", kind: "string", nullable: true },
  { name: "activityOperationType", kind: "string", nullable: true },
  { name: "activityResult", kind: "string", nullable: true },
  { name: "correlationId", kind: "string", nullable: false },
  { name: "resources", kind: "collection", nullable: true, items: resourceProperties },
  { name: "category", kind: "string", nullable: true },
];

/** At most this many events per tenant; the oldest go first. */
export const maxAuditEventsPerTenant = 10_000;
