// Plain data, no zod: the assignment editor reads it without loading a validator.
import type { CompliancePlatformKey } from "./compliance-platforms";
import type { PropertyDefinition } from "./resources";

/** devicePlatformType, the platform of an assignment filter (beta). */
export const devicePlatformTypes = [
  "android",
  "androidForWork",
  "iOS",
  "macOS",
  "windowsPhone81",
  "windows81AndLater",
  "windows10AndLater",
  "androidWorkProfile",
  "unknown",
  "androidAOSP",
  "androidMobileApplicationManagement",
  "iOSMobileApplicationManagement",
  "unknownFutureValue",
  "windowsMobileApplicationManagement",
] as const;
export type DevicePlatformType = (typeof devicePlatformTypes)[number];

/** deviceAndAppManagementAssignmentFilter, as the console reads it. */
export interface AssignmentFilter {
  id: string;
  displayName: string;
  description?: string | null;
  platform: DevicePlatformType | string;
  rule?: string;
}

/** Its properties, for $select, $filter and $orderby. */
export const assignmentFilterProperties: PropertyDefinition[] = [
  { name: "id", kind: "string", nullable: false },
  { name: "createdDateTime", kind: "dateTimeOffset", nullable: false },
  { name: "lastModifiedDateTime", kind: "dateTimeOffset", nullable: false },
  { name: "displayName", kind: "string", nullable: false },
  { name: "description", kind: "string", nullable: true },
  { name: "platform", kind: "enum", nullable: false, members: devicePlatformTypes },
  { name: "rule", kind: "string", nullable: false },
  { name: "roleScopeTags", kind: "collection", nullable: false },
  { name: "payloads", kind: "collection", nullable: false },
  { name: "assignmentFilterManagementType", kind: "enum", nullable: false, members: ["devices", "apps", "unknownFutureValue"] },
];

/** The filter platforms that apply to a compliance partner's platform section (devicePlatformType has no Linux). */
export const filterPlatformsOf: Record<CompliancePlatformKey, readonly DevicePlatformType[]> = {
  macOs: ["macOS"],
  ios: ["iOS"],
  android: ["android", "androidForWork", "androidWorkProfile", "androidAOSP"],
  windows: ["windows10AndLater", "windows81AndLater"],
  linux: [],
};
