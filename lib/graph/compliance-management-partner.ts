import { z } from "zod";
import type { ApiVersion } from "./api-version";
import { partnerAssignmentSchemas } from "./assignment-target";
import { dateTimeOffset, entitySchemas } from "./entity-schemas";
import { deviceManagementPartnerTenantState } from "./enums";

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

function complianceManagementPartnerShapeV1<A extends z.ZodType>(assignment: A) {
  const assignments = z.array(assignment).nullable();
  return {
    displayName: z.string().nullable(),
    lastHeartbeatDateTime: dateTimeOffset,
    partnerState: deviceManagementPartnerTenantState.schema,
    macOsOnboarded: z.boolean(),
    iosOnboarded: z.boolean(),
    androidOnboarded: z.boolean(),
    macOsEnrollmentAssignments: assignments,
    iosEnrollmentAssignments: assignments,
    androidEnrollmentAssignments: assignments,
  };
}

function complianceManagementPartnerShapeBeta<A extends z.ZodType>(assignment: A) {
  const assignments = z.array(assignment).nullable();
  return {
    ...complianceManagementPartnerShapeV1(assignment),
    windowsOnboarded: z.boolean(),
    windowsEnrollmentAssignments: assignments,
    linuxOnboarded: z.boolean(),
    linuxEnrollmentAssignments: assignments,
  };
}

export const complianceManagementPartnerSchemas = {
  "v1.0": entitySchemas("complianceManagementPartner", complianceManagementPartnerShapeV1(partnerAssignmentSchemas["v1.0"])),
  beta: entitySchemas("complianceManagementPartner", complianceManagementPartnerShapeBeta(partnerAssignmentSchemas.beta)),
} satisfies Record<ApiVersion, unknown>;

export type ComplianceManagementPartner = z.output<(typeof complianceManagementPartnerSchemas)["beta"]["read"]>;
export type ComplianceManagementPartnerCreate = z.input<(typeof complianceManagementPartnerSchemas)["beta"]["create"]>;
export type ComplianceManagementPartnerUpdate = z.input<(typeof complianceManagementPartnerSchemas)["beta"]["update"]>;
