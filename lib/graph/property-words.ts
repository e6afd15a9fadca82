// Plain data, no zod: the words the console uses for each partner property, shared by change history and configuration diffs.
import { compliancePlatforms } from "./compliance-platforms";
import { deviceAndAppManagementAssignmentFilterType, deviceManagementPartnerAppType, deviceManagementPartnerTenantState, labelOf, type GraphEnum } from "./enums";

const labels: Record<string, string> = {
  id: "ID",
  displayName: "Display name",
  partnerState: "Partner state",
  partnerAppType: "Partner app type",
  singleTenantAppId: "Single tenant app ID",
  isConfigured: "Configured",
  lastHeartbeatDateTime: "Last heartbeat",
  whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: "Devices will be marked non-compliant",
  whenPartnerDevicesWillBeRemovedDateTime: "Devices will be removed",
  groupsRequiringPartnerEnrollment: "Groups requiring partner enrollment",
  ...Object.fromEntries(compliancePlatforms.flatMap((p) => [[p.onboarded, `${p.label} onboarded`], [p.assignments, `${p.label} enrollment groups`]])),
};

const enums: Record<string, GraphEnum> = {
  partnerState: deviceManagementPartnerTenantState,
  partnerAppType: deviceManagementPartnerAppType,
  deviceAndAppManagementAssignmentFilterType,
};

/** The words for a property; one the console does not know (Graph adds fields) shows as Graph spells it. */
export function propertyLabel(name: string): string {
  return labels[name] ?? name;
}

export function isKnownProperty(name: string): boolean {
  return Object.hasOwn(labels, name);
}

export interface ValueWords {
  /** How a date-time reads; the UI passes local time, the command line ISO. */
  dateTime?: (iso: string) => string;
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A property's value in the console's words: enum names, Yes/No, dates, "Not set"; anything else as JSON. */
export function valueWords(name: string, value: unknown, words: ValueWords = {}): string {
  if (value === null || value === undefined || value === "") return "Not set";
  const graphEnum = enums[name];
  if (graphEnum && typeof value === "string") return labelOf(graphEnum, value);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string") {
    if (value.startsWith("0001-01-01")) return "Never";
    return isoDateTime.test(value) && words.dateTime ? words.dateTime(value) : value;
  }
  return JSON.stringify(value);
}
