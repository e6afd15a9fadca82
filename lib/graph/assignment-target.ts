import { z } from "zod";
import type { ApiVersion } from "./api-version";
import type { AssignmentTargetOdataType } from "./assignment-target-types";
import { enumSchema, graphString } from "./entity-schemas";
import { deviceAndAppManagementAssignmentFilterType } from "./enums";

/** Seeds write `@odata.type` with and without the leading `#`: accept both, answer with `#`. */
function odataTypeOf<const T extends AssignmentTargetOdataType>(odataType: T) {
  return z.enum([odataType, odataType.slice(1) as T extends `#${infer R}` ? R : never]).transform(() => odataType);
}

const nullableString = graphString.nullable().optional();

/** Beta adds assignment filters to every target. */
const betaFilterShape = {
  deviceAndAppManagementAssignmentFilterId: nullableString,
  deviceAndAppManagementAssignmentFilterType: enumSchema(deviceAndAppManagementAssignmentFilterType).optional(),
};

function targetSchemas<const S extends z.ZodRawShape>(extra: S) {
  return [
    z.strictObject({ "@odata.type": odataTypeOf("#microsoft.graph.allLicensedUsersAssignmentTarget"), ...extra }),
    z.strictObject({ "@odata.type": odataTypeOf("#microsoft.graph.allDevicesAssignmentTarget"), ...extra }),
    z.strictObject({ "@odata.type": odataTypeOf("#microsoft.graph.groupAssignmentTarget"), groupId: nullableString, ...extra }),
    z.strictObject({
      "@odata.type": odataTypeOf("#microsoft.graph.exclusionGroupAssignmentTarget"),
      groupId: nullableString,
      ...extra,
    }),
    z.strictObject({
      "@odata.type": odataTypeOf("#microsoft.graph.configurationManagerCollectionAssignmentTarget"),
      collectionId: nullableString,
      ...extra,
    }),
  ] as const;
}

export const assignmentTargetSchemas = {
  "v1.0": z.discriminatedUnion("@odata.type", targetSchemas({})),
  beta: z.discriminatedUnion("@odata.type", targetSchemas(betaFilterShape)),
} satisfies Record<ApiVersion, z.ZodType>;

export type AssignmentTargetV1 = z.output<(typeof assignmentTargetSchemas)["v1.0"]>;
export type AssignmentTargetBeta = z.output<(typeof assignmentTargetSchemas)["beta"]>;
/** The beta shape is a superset of v1.0: the console works in it and drops what a version lacks. */
export type AssignmentTarget = AssignmentTargetBeta;

export type PartnerAssignmentType = "deviceManagementPartnerAssignment" | "complianceManagementPartnerAssignment";

/**
 * deviceManagementPartnerAssignment or complianceManagementPartnerAssignment: one property, `target` (nullable, as
 * in the CSDL; seed 001 sends assignments without one), no id. A body may annotate the assignment with its declared
 * type, with or without `#` (OData JSON format); the annotation is not stored, as Graph answers the declared type
 * without it.
 */
function partnerAssignmentSchema<T extends z.ZodType>(assignmentType: PartnerAssignmentType, target: T) {
  const annotation = z.enum([`#microsoft.graph.${assignmentType}`, `microsoft.graph.${assignmentType}`]).optional();
  return z
    .strictObject({ "@odata.type": annotation, target: target.nullable().optional() })
    .transform(({ "@odata.type": _annotation, ...assignment }) => assignment);
}

export function partnerAssignmentSchemas(assignmentType: PartnerAssignmentType) {
  return {
    "v1.0": partnerAssignmentSchema(assignmentType, assignmentTargetSchemas["v1.0"]),
    beta: partnerAssignmentSchema(assignmentType, assignmentTargetSchemas.beta),
  } satisfies Record<ApiVersion, z.ZodType>;
}

export type PartnerAssignment = z.output<ReturnType<typeof partnerAssignmentSchemas>["beta"]>;
