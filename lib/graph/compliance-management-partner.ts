import { z } from "zod";
import type { ApiVersion } from "./api-version";
import { partnerAssignmentSchemas } from "./assignment-target";
import { assignmentList, dateTimeOffset, entitySchemas, enumSchema, graphString } from "./entity-schemas";
import { deviceManagementPartnerTenantState } from "./enums";

function complianceManagementPartnerShapeV1<A extends z.ZodType>(assignment: A) {
  const assignments = assignmentList(assignment).nullable();
  return {
    displayName: graphString.nullable(),
    lastHeartbeatDateTime: dateTimeOffset,
    partnerState: enumSchema(deviceManagementPartnerTenantState),
    macOsOnboarded: z.boolean(),
    iosOnboarded: z.boolean(),
    androidOnboarded: z.boolean(),
    macOsEnrollmentAssignments: assignments,
    iosEnrollmentAssignments: assignments,
    androidEnrollmentAssignments: assignments,
  };
}

function complianceManagementPartnerShapeBeta<A extends z.ZodType>(assignment: A) {
  const assignments = assignmentList(assignment).nullable();
  return {
    ...complianceManagementPartnerShapeV1(assignment),
    windowsOnboarded: z.boolean(),
    windowsEnrollmentAssignments: assignments,
    linuxOnboarded: z.boolean(),
    linuxEnrollmentAssignments: assignments,
  };
}

export const complianceManagementPartnerSchemas = {
  "v1.0": entitySchemas("complianceManagementPartner", complianceManagementPartnerShapeV1(partnerAssignmentSchemas("complianceManagementPartnerAssignment")["v1.0"])),
  beta: entitySchemas("complianceManagementPartner", complianceManagementPartnerShapeBeta(partnerAssignmentSchemas("complianceManagementPartnerAssignment").beta)),
} satisfies Record<ApiVersion, unknown>;

export type ComplianceManagementPartner = z.output<(typeof complianceManagementPartnerSchemas)["beta"]["read"]>;
export type ComplianceManagementPartnerCreate = z.input<(typeof complianceManagementPartnerSchemas)["beta"]["create"]>;
export type ComplianceManagementPartnerUpdate = z.input<(typeof complianceManagementPartnerSchemas)["beta"]["update"]>;
