import type { PropertyDefinition } from "@/lib/graph/resources";
import { stableGuid } from "./stable-guid";

export type Group = Record<string, unknown> & { id: string; displayName: string };

/** The Entra group properties the mock serves, for $select, $filter and $orderby. */
export const groupProperties: PropertyDefinition[] = [
  { name: "id", kind: "string", nullable: false },
  { name: "displayName", kind: "string", nullable: false },
  { name: "description", kind: "string", nullable: true },
  { name: "mailNickname", kind: "string", nullable: false },
  { name: "mailEnabled", kind: "boolean", nullable: false },
  { name: "securityEnabled", kind: "boolean", nullable: false },
  { name: "groupTypes", kind: "collection", nullable: false },
  { name: "createdDateTime", kind: "dateTimeOffset", nullable: true },
];

const names: [string, string][] = [
  ["All macOS devices", "Every Mac enrolled in Intune."],
  ["All iOS devices", "Every iPhone and iPad enrolled in Intune."],
  ["All Android devices", "Every Android device enrolled in Intune."],
  ["All Windows devices", "Every Windows PC enrolled in Intune."],
  ["All Linux devices", "Every Linux device enrolled in Intune."],
  ["Corporate Macs", "Company-owned Macs managed by the partner MDM."],
  ["Corporate iPhones", "Company-owned iPhones."],
  ["BYOD iOS", "Personal iOS devices under app protection."],
  ["BYOD Android", "Personal Android devices with a work profile."],
  ["Engineering", "Engineering department."],
  ["Engineering Macs", "Macs used by engineering."],
  ["Finance", "Finance department."],
  ["Finance - Restricted", "Finance staff with access to payroll."],
  ["Human Resources", "HR department."],
  ["Sales", "Sales department."],
  ["Sales - Field devices", "Rugged and field devices used by sales."],
  ["Marketing", "Marketing department."],
  ["Legal", "Legal department."],
  ["Executives", "Executive leadership team."],
  ["IT Admins", "Intune and Entra administrators."],
  ["Helpdesk", "First-line support."],
  ["Contractors", "External contractors."],
  ["Frontline Workers", "Shared and frontline devices."],
  ["Kiosk devices", "Single-app kiosk devices."],
  ["Pilot - Partner MDM", "Pilot ring for partner MDM enrollment."],
  ["Pilot - Compliance partner", "Pilot ring for third-party compliance."],
  ["Excluded from partner enrollment", "Devices that stay with Intune."],
  ["Retail Stores", "Store devices."],
  ["Research Lab", "Lab devices, including Linux workstations."],
  ["Design Studio", "Creative team Macs and iPads."],
];

export const seedGroups: readonly Group[] = names.map(([displayName, description], i) => ({
  id: stableGuid(`group:${displayName}`),
  displayName,
  description,
  mailNickname: displayName.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""),
  mailEnabled: false,
  securityEnabled: true,
  groupTypes: i % 7 === 3 ? ["DynamicMembership"] : [],
  createdDateTime: `2024-0${1 + (i % 9)}-1${i % 10}T08:${10 + i}:00Z`,
}));

export function groupIdOf(displayName: string): string {
  const group = seedGroups.find((g) => g.displayName === displayName);
  if (!group) throw new Error(`No seeded group named ${displayName}`);
  return group.id;
}
