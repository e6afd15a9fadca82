import { z } from "zod";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { ComplianceManagementPartner } from "@/lib/graph/compliance-management-partner";
import { compliancePlatforms, compliancePlatformsIn, type CompliancePlatform } from "@/lib/graph/compliance-platforms";
import { dateTimeOffset, enumSchema } from "@/lib/graph/entity-schemas";
import { deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import { assignmentRowsFromGraph, assignmentRowsSchema, assignmentRowsToGraph, type AssignmentRow } from "@/components/assignments/assignment-rows";
import { nowDateTimeOffset } from "@/components/common/date-time";
import type { PartnerFormModel } from "@/components/partners/partner-form-model";

type OnboardedProperty = CompliancePlatform["onboarded"];
type AssignmentsProperty = CompliancePlatform["assignments"];

export type ComplianceManagementPartnerFormValues = {
  displayName: string;
  partnerState: NonNullable<ComplianceManagementPartner["partnerState"]>;
  /** A DateTimeOffset exactly as Graph sent it until the user changes it. */
  lastHeartbeatDateTime: string;
} & Record<OnboardedProperty, boolean> &
  Record<AssignmentsProperty, AssignmentRow[]>;

/** Every platform is held in the form (so a version switch loses no edits); the body carries only the version's. */
export const complianceManagementPartnerFormFields = [
  "displayName",
  "partnerState",
  "lastHeartbeatDateTime",
  ...compliancePlatforms.flatMap((p) => [p.onboarded, p.assignments]),
] as const satisfies readonly (keyof ComplianceManagementPartnerFormValues)[];

export function complianceManagementPartnerFormSchema(version: ApiVersion) {
  const rows = assignmentRowsSchema(version);
  const platformShape: Record<string, z.ZodType> = {};
  for (const p of compliancePlatforms) {
    const present = compliancePlatformsIn(version).includes(p);
    platformShape[p.onboarded] = z.boolean();
    // A platform the version lacks is neither shown nor sent, so its rows are not checked.
    platformShape[p.assignments] = present ? rows : z.array(z.unknown());
  }
  return z.object({
    displayName: z.string().trim().min(1, "Enter a display name.").max(256, "Use at most 256 characters."),
    partnerState: enumSchema(deviceManagementPartnerTenantState),
    lastHeartbeatDateTime: dateTimeOffset.or(z.literal("")).refine((v) => v !== "", "Enter the last heartbeat."),
    ...platformShape,
  });
}

export function newComplianceManagementPartnerFormValues(now = new Date()): ComplianceManagementPartnerFormValues {
  const values: Record<string, unknown> = { displayName: "", partnerState: "enabled", lastHeartbeatDateTime: nowDateTimeOffset(now) };
  for (const p of compliancePlatforms) {
    values[p.onboarded] = false;
    values[p.assignments] = [];
  }
  return values as ComplianceManagementPartnerFormValues;
}

export function complianceManagementPartnerFormValues(partner: ComplianceManagementPartner): ComplianceManagementPartnerFormValues {
  const values: Record<string, unknown> = {
    displayName: partner.displayName ?? "",
    partnerState: partner.partnerState ?? "unknown",
    lastHeartbeatDateTime: partner.lastHeartbeatDateTime ?? "",
  };
  for (const p of compliancePlatforms) {
    values[p.onboarded] = partner[p.onboarded] ?? false;
    values[p.assignments] = assignmentRowsFromGraph(partner[p.assignments]);
  }
  return values as ComplianceManagementPartnerFormValues;
}

/** The Graph body for form values in an API version: platforms the version lacks are left out. */
export function complianceManagementPartnerBody(values: ComplianceManagementPartnerFormValues, version: ApiVersion): Record<string, unknown> {
  const body: Record<string, unknown> = {
    displayName: values.displayName.trim(),
    partnerState: values.partnerState,
    ...(values.lastHeartbeatDateTime ? { lastHeartbeatDateTime: values.lastHeartbeatDateTime } : {}),
  };
  for (const p of compliancePlatformsIn(version)) {
    body[p.onboarded] = values[p.onboarded];
    body[p.assignments] = assignmentRowsToGraph(values[p.assignments], version);
  }
  return body;
}

export const complianceManagementPartnerFormModel: PartnerFormModel<ComplianceManagementPartnerFormValues, ComplianceManagementPartner> = {
  fields: complianceManagementPartnerFormFields,
  schema: complianceManagementPartnerFormSchema,
  defaults: newComplianceManagementPartnerFormValues,
  fromPartner: complianceManagementPartnerFormValues,
  toBody: complianceManagementPartnerBody,
};
