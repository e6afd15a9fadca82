import { z } from "zod";

/** An OData enum: its members in Graph's order and the words the console shows for each. */
function graphEnum<const T extends readonly [string, ...string[]]>(name: string, labels: { [K in T[number]]: string }, members: T) {
  return { name, members, labels, schema: z.enum(members) } as const;
}

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
export type DeviceManagementPartnerTenantState = z.infer<typeof deviceManagementPartnerTenantState.schema>;

export const deviceManagementPartnerAppType = graphEnum(
  "deviceManagementPartnerAppType",
  { unknown: "Unknown", singleTenantApp: "Single tenant app", multiTenantApp: "Multi-tenant app" },
  ["unknown", "singleTenantApp", "multiTenantApp"],
);
export type DeviceManagementPartnerAppType = z.infer<typeof deviceManagementPartnerAppType.schema>;

/** Beta only. */
export const deviceAndAppManagementAssignmentFilterType = graphEnum(
  "deviceAndAppManagementAssignmentFilterType",
  { none: "None", include: "Include", exclude: "Exclude" },
  ["none", "include", "exclude"],
);
export type DeviceAndAppManagementAssignmentFilterType = z.infer<
  typeof deviceAndAppManagementAssignmentFilterType.schema
>;

export type GraphEnum = typeof deviceManagementPartnerTenantState | typeof deviceManagementPartnerAppType | typeof deviceAndAppManagementAssignmentFilterType;
