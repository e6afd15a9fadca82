import { z } from "zod";
import type { ApiVersion } from "./api-version";
import { partnerAssignmentSchemas } from "./assignment-target";
import { assignmentList, dateTimeOffset, entitySchemas, enumSchema, graphString } from "./entity-schemas";
import { deviceManagementPartnerAppType, deviceManagementPartnerTenantState } from "./enums";

function deviceManagementPartnerShape<A extends z.ZodType>(assignment: A) {
  return {
    displayName: graphString.nullable(),
    lastHeartbeatDateTime: dateTimeOffset,
    partnerState: enumSchema(deviceManagementPartnerTenantState),
    partnerAppType: enumSchema(deviceManagementPartnerAppType),
    singleTenantAppId: graphString.nullable(),
    isConfigured: z.boolean(),
    whenPartnerDevicesWillBeRemovedDateTime: dateTimeOffset.nullable(),
    whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: dateTimeOffset.nullable(),
    groupsRequiringPartnerEnrollment: assignmentList(assignment).nullable(),
  };
}

/** The same properties in beta and v1.0; only the assignment targets differ (beta has filters). */
export const deviceManagementPartnerSchemas = {
  "v1.0": entitySchemas("deviceManagementPartner", deviceManagementPartnerShape(partnerAssignmentSchemas("deviceManagementPartnerAssignment")["v1.0"])),
  beta: entitySchemas("deviceManagementPartner", deviceManagementPartnerShape(partnerAssignmentSchemas("deviceManagementPartnerAssignment").beta)),
} satisfies Record<ApiVersion, unknown>;

export type DeviceManagementPartner = z.output<(typeof deviceManagementPartnerSchemas)["beta"]["read"]>;
export type DeviceManagementPartnerCreate = z.input<(typeof deviceManagementPartnerSchemas)["beta"]["create"]>;
export type DeviceManagementPartnerUpdate = z.input<(typeof deviceManagementPartnerSchemas)["beta"]["update"]>;
