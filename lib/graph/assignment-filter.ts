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

/** How Intune names each filter platform. */
export const devicePlatformLabels: Partial<Record<string, string>> = {
  android: "Android device administrator",
  androidForWork: "Android Enterprise",
  androidWorkProfile: "Android work profile",
  androidAOSP: "Android (AOSP)",
  iOS: "iOS/iPadOS",
  macOS: "macOS",
  windows10AndLater: "Windows 10 and later",
  windows81AndLater: "Windows 8.1 and later",
  windowsPhone81: "Windows Phone 8.1",
};

export const devicePlatformLabel = (platform: string) => devicePlatformLabels[platform] ?? platform;

export interface AssignmentFilterChoice {
  id: string;
  label: string;
}

/**
 * The filters a picker offers, by name: those of the given platforms (all device filters when none are given), the
 * chosen one kept whatever its platform; an id that resolves to no filter is offered as "Filter not found: <id>".
 */
export function assignmentFilterChoices(
  filters: readonly AssignmentFilter[],
  platforms: readonly string[] | undefined,
  selectedId: string,
): AssignmentFilterChoice[] {
  const selected = selectedId.trim().toLowerCase();
  const offered = filters
    .filter((f) => (platforms ? platforms.includes(f.platform) : !/MobileApplicationManagement$/.test(f.platform)) || f.id.toLowerCase() === selected)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  // Filters of one platform need no platform in their names; a mixed list does, or two "Corporate" filters look alike.
  const mixed = !platforms || platforms.length > 1 || offered.some((f) => !platforms.includes(f.platform));
  const choices = offered.map((f) => ({ id: f.id, label: mixed ? `${f.displayName} (${devicePlatformLabel(f.platform)})` : f.displayName }));
  if (selected && !offered.some((f) => f.id.toLowerCase() === selected)) choices.unshift({ id: selectedId, label: filterNotFound(selectedId) });
  return choices;
}

export const filterNotFound = (id: string) => `Filter not found: ${id}`;

/** A filter's name for a read-only view; an id that no longer resolves says so. */
export function assignmentFilterName(filters: readonly AssignmentFilter[], id: string): string {
  return filters.find((f) => f.id.toLowerCase() === id.toLowerCase())?.displayName ?? filterNotFound(id);
}
