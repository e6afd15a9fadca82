import { graphDateTime, stableGuid } from "./stable-guid";

export type AssignmentFilter = Record<string, unknown> & { id: string; displayName: string; platform: string };

const day = 24 * 3_600_000;
// Fixed dates: filters are configuration made long before the demo starts, not activity relative to today.
const created = new Date("2025-03-04T09:12:45.1234567Z").getTime();

const definitions: [name: string, platform: string, rule: string, description: string][] = [
  ["macOS 14+", "macOS", '(device.osVersion -startsWith "14") or (device.osVersion -startsWith "15")', "Macs on macOS Sonoma or later."],
  ["Corporate Apple devices", "macOS", '(device.deviceOwnership -eq "Corporate") and (device.manufacturer -eq "Apple")', "Company-owned Macs."],
  ["Corporate iPhones", "iOS", '(device.deviceOwnership -eq "Corporate") and (device.model -startsWith "iPhone")', "Company-owned iPhones."],
  ["iPadOS shared devices", "iOS", '(device.model -startsWith "iPad") and (device.enrollmentProfileName -eq "Shared iPad")', "Shared iPads in stores."],
  ["Android Enterprise fully managed", "androidForWork", '(device.deviceOwnership -eq "Corporate")', "Corporate-owned Android devices."],
  ["Samsung Knox devices", "android", '(device.manufacturer -eq "samsung")', "Samsung devices with Knox."],
  ["Android work profile", "androidWorkProfile", '(device.deviceOwnership -eq "Personal")', "Personal Android devices with a work profile."],
  ["Windows 11", "windows10AndLater", '(device.osVersion -startsWith "10.0.22")', "PCs on Windows 11."],
  ["Kiosk", "windows10AndLater", '(device.enrollmentProfileName -eq "Kiosk")', "Single-app kiosk PCs."],
  ["Surface devices", "windows10AndLater", '(device.manufacturer -eq "Microsoft Corporation") and (device.model -startsWith "Surface")', "Microsoft Surface hardware."],
];

/** Realistic assignment filters, a few per platform; every filter id in the seed names one of these. */
export const seedAssignmentFilters: readonly AssignmentFilter[] = definitions.map(([displayName, platform, rule, description], index) => ({
  id: stableGuid(`filter:${displayName}`),
  createdDateTime: graphDateTime(new Date(created + index * 3 * day)),
  lastModifiedDateTime: graphDateTime(new Date(created + (index * 3 + 40) * day)),
  displayName,
  description,
  platform,
  rule,
  roleScopeTags: ["0"],
  payloads: [],
  assignmentFilterManagementType: "devices",
}));

/** The id of a seeded filter; a name that is not seeded is a mistake in the seed. */
export function filterIdOf(name: string): string {
  const filter = seedAssignmentFilters.find((f) => f.displayName === name);
  if (!filter) throw new Error(`No seeded assignment filter named '${name}'.`);
  return filter.id;
}
