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

/** deviceManagementPartnerAssignment and complianceManagementPartnerAssignment: one property, `target`, no id. */
export const partnerAssignmentSchemas = {
  "v1.0": z.strictObject({ target: assignmentTargetSchemas["v1.0"] }),
  beta: z.strictObject({ target: assignmentTargetSchemas.beta }),
} satisfies Record<ApiVersion, z.ZodType>;

export type PartnerAssignment = z.output<(typeof partnerAssignmentSchemas)["beta"]>;
