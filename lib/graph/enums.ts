// Plain data, no zod: the list and detail pages read labels and members from here without loading a validator.
// The zod schemas for these enums are made from `members` in entity-schemas.ts.

/** An OData enum: its members in Graph's order and the words the console shows for each. */
function graphEnum<const T extends readonly [string, ...string[]]>(name: string, labels: { [K in T[number]]: string }, members: T) {
  return { name, members, labels } as const;
}

/** A member of an enum made by graphEnum. */
export type MemberOf<E extends { members: readonly string[] }> = E["members"][number];

export const deviceManagementPartnerTenantState = graphEnum(
  "deviceManagementPartnerTenantState",
  {
    unknown: "Unknown",
    unavailable: "Unavailable",
    enabled: "Enabled",
    terminated: "Terminated",
    rejected: "Rejected",
    unresponsive: "Unresponsive",
  },
  ["unknown", "unavailable", "enabled", "terminated", "rejected", "unresponsive"],
);
export type DeviceManagementPartnerTenantState = MemberOf<typeof deviceManagementPartnerTenantState>;

export const deviceManagementPartnerAppType = graphEnum(
  "deviceManagementPartnerAppType",
  { unknown: "Unknown", singleTenantApp: "Single tenant app", multiTenantApp: "Multi-tenant app" },
  ["unknown", "singleTenantApp", "multiTenantApp"],
);
export type DeviceManagementPartnerAppType = MemberOf<typeof deviceManagementPartnerAppType>;

/** Beta only. */
export const deviceAndAppManagementAssignmentFilterType = graphEnum(
  "deviceAndAppManagementAssignmentFilterType",
  { none: "None", include: "Include", exclude: "Exclude" },
  ["none", "include", "exclude"],
);
export type DeviceAndAppManagementAssignmentFilterType = MemberOf<typeof deviceAndAppManagementAssignmentFilterType>;

export type GraphEnum = typeof deviceManagementPartnerTenantState | typeof deviceManagementPartnerAppType | typeof deviceAndAppManagementAssignmentFilterType;

/** The words for a member; a member Graph added after this console was built shows as Graph spells it. */
export function labelOf(graphEnum: GraphEnum, member: string): string {
  return (graphEnum.labels as Record<string, string>)[member] ?? member;
}
