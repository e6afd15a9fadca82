import { z } from "zod";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { DeviceManagementPartner } from "@/lib/graph/device-management-partner";
import { dateTimeOffset, enumSchema } from "@/lib/graph/entity-schemas";
import { deviceManagementPartnerAppType, deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import { assignmentRowsFromGraph, assignmentRowsSchema, assignmentRowsToGraph, guidPattern, type AssignmentRow } from "@/components/assignments/assignment-rows";
import { nowDateTimeOffset } from "@/components/common/date-time";
import type { PartnerFormModel } from "@/components/partners/partner-form-model";

export interface DeviceManagementPartnerFormValues {
  displayName: string;
  partnerState: DeviceManagementPartner["partnerState"] & string;
  partnerAppType: DeviceManagementPartner["partnerAppType"] & string;
  singleTenantAppId: string;
  isConfigured: boolean;
  /** DateTimeOffset strings exactly as Graph sent them until the user changes them; "" is none. */
  lastHeartbeatDateTime: string;
  whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: string;
  whenPartnerDevicesWillBeRemovedDateTime: string;
  groupsRequiringPartnerEnrollment: AssignmentRow[];
}

export const deviceManagementPartnerFormFields = [
  "displayName",
  "partnerState",
  "partnerAppType",
  "singleTenantAppId",
  "isConfigured",
  "lastHeartbeatDateTime",
  "whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime",
  "whenPartnerDevicesWillBeRemovedDateTime",
  "groupsRequiringPartnerEnrollment",
] as const satisfies readonly (keyof DeviceManagementPartnerFormValues)[];

const optionalDate = z.union([z.literal(""), dateTimeOffset], "Enter a date and time.");

export function deviceManagementPartnerFormSchema(version: ApiVersion) {
  return z
    .object({
      displayName: z.string().trim().min(1, "Enter a display name.").max(256, "Use at most 256 characters."),
      partnerState: enumSchema(deviceManagementPartnerTenantState),
      partnerAppType: enumSchema(deviceManagementPartnerAppType),
      singleTenantAppId: z.string().trim(),
      isConfigured: z.boolean(),
      lastHeartbeatDateTime: dateTimeOffset.or(z.literal("")).refine((v) => v !== "", "Enter the last heartbeat."),
      whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: optionalDate,
      whenPartnerDevicesWillBeRemovedDateTime: optionalDate,
      groupsRequiringPartnerEnrollment: assignmentRowsSchema(version),
    })
    .superRefine((value, ctx) => {
      const id = value.singleTenantAppId;
      if (value.partnerAppType === "singleTenantApp" && !id) {
        ctx.addIssue({ code: "custom", path: ["singleTenantAppId"], message: "A single tenant app needs its app ID." });
      } else if (id && !guidPattern.test(id)) {
        ctx.addIssue({ code: "custom", path: ["singleTenantAppId"], message: "An app ID is a GUID, e.g. 00000000-0000-0000-0000-000000000000." });
      }
    });
}

export function newDeviceManagementPartnerFormValues(now = new Date()): DeviceManagementPartnerFormValues {
  return {
    displayName: "",
    partnerState: "enabled",
    partnerAppType: "multiTenantApp",
    singleTenantAppId: "",
    isConfigured: false,
    lastHeartbeatDateTime: nowDateTimeOffset(now),
    whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: "",
    whenPartnerDevicesWillBeRemovedDateTime: "",
    groupsRequiringPartnerEnrollment: [],
  };
}

export function deviceManagementPartnerFormValues(partner: DeviceManagementPartner): DeviceManagementPartnerFormValues {
  return {
    displayName: partner.displayName ?? "",
    partnerState: partner.partnerState ?? "unknown",
    partnerAppType: partner.partnerAppType ?? "unknown",
    singleTenantAppId: partner.singleTenantAppId ?? "",
    isConfigured: partner.isConfigured ?? false,
    lastHeartbeatDateTime: partner.lastHeartbeatDateTime ?? "",
    whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: partner.whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime ?? "",
    whenPartnerDevicesWillBeRemovedDateTime: partner.whenPartnerDevicesWillBeRemovedDateTime ?? "",
    groupsRequiringPartnerEnrollment: assignmentRowsFromGraph(partner.groupsRequiringPartnerEnrollment),
  };
}

/** The Graph body for form values in an API version. */
export function deviceManagementPartnerBody(values: DeviceManagementPartnerFormValues, version: ApiVersion): Record<string, unknown> {
  return {
    displayName: values.displayName.trim(),
    partnerState: values.partnerState,
    partnerAppType: values.partnerAppType,
    singleTenantAppId: values.singleTenantAppId.trim() || null,
    isConfigured: values.isConfigured,
    ...(values.lastHeartbeatDateTime ? { lastHeartbeatDateTime: values.lastHeartbeatDateTime } : {}),
    whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: values.whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime || null,
    whenPartnerDevicesWillBeRemovedDateTime: values.whenPartnerDevicesWillBeRemovedDateTime || null,
    groupsRequiringPartnerEnrollment: assignmentRowsToGraph(values.groupsRequiringPartnerEnrollment, version),
  };
}

export const deviceManagementPartnerFormModel: PartnerFormModel<DeviceManagementPartnerFormValues, DeviceManagementPartner> = {
  fields: deviceManagementPartnerFormFields,
  schema: deviceManagementPartnerFormSchema,
  defaults: newDeviceManagementPartnerFormValues,
  fromPartner: deviceManagementPartnerFormValues,
  toBody: deviceManagementPartnerBody,
};
