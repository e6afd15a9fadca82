// Plain data, no zod: the list and detail pages use it without loading a validator.
import type { ApiVersion } from "./api-version";

/**
 * The platforms a compliance partner onboards, in the order the console shows them.
 * Windows is in the seed pages (older beta), Linux in today's beta metadata: both are beta only.
 */
export const compliancePlatforms = [
  { key: "macOs", label: "macOS", onboarded: "macOsOnboarded", assignments: "macOsEnrollmentAssignments", versions: ["beta", "v1.0"] },
  { key: "ios", label: "iOS/iPadOS", onboarded: "iosOnboarded", assignments: "iosEnrollmentAssignments", versions: ["beta", "v1.0"] },
  { key: "android", label: "Android", onboarded: "androidOnboarded", assignments: "androidEnrollmentAssignments", versions: ["beta", "v1.0"] },
  { key: "windows", label: "Windows", onboarded: "windowsOnboarded", assignments: "windowsEnrollmentAssignments", versions: ["beta"] },
  { key: "linux", label: "Linux", onboarded: "linuxOnboarded", assignments: "linuxEnrollmentAssignments", versions: ["beta"] },
] as const satisfies readonly {
  key: string;
  label: string;
  onboarded: `${string}Onboarded`;
  assignments: `${string}EnrollmentAssignments`;
  versions: readonly ApiVersion[];
}[];

export type CompliancePlatform = (typeof compliancePlatforms)[number];
export type CompliancePlatformKey = CompliancePlatform["key"];

export function compliancePlatformsIn(version: ApiVersion): CompliancePlatform[] {
  return compliancePlatforms.filter((p) => (p.versions as readonly ApiVersion[]).includes(version));
}
