// Plain data, no zod: the detail pages and the assignment editor use it without loading a validator.
// It imports nothing of assignment-target.ts, whose schemas are built from it.

/** The five concrete deviceAndAppManagementAssignmentTarget types, in the order the console offers them. */
export const assignmentTargetTypes = [
  { odataType: "#microsoft.graph.allLicensedUsersAssignmentTarget", label: "All licensed users", idProperty: null },
  { odataType: "#microsoft.graph.allDevicesAssignmentTarget", label: "All devices", idProperty: null },
  { odataType: "#microsoft.graph.groupAssignmentTarget", label: "Group", idProperty: "groupId" },
  { odataType: "#microsoft.graph.exclusionGroupAssignmentTarget", label: "Excluded group", idProperty: "groupId" },
  {
    odataType: "#microsoft.graph.configurationManagerCollectionAssignmentTarget",
    label: "Configuration Manager collection",
    idProperty: "collectionId",
  },
] as const;

export type AssignmentTargetType = (typeof assignmentTargetTypes)[number];
export type AssignmentTargetOdataType = AssignmentTargetType["odataType"];

export const assignmentTargetOdataTypes = assignmentTargetTypes.map((t) => t.odataType);

export function assignmentTargetTypeOf(odataType: string): AssignmentTargetType | undefined {
  const normalized = odataType.startsWith("#") ? odataType : `#${odataType}`;
  return assignmentTargetTypes.find((t) => t.odataType === normalized);
}

/** Two assignments are the same when they target the same thing; filters do not make a duplicate distinct. */
export function assignmentTargetKey(target: { "@odata.type": string }): string {
  const type = assignmentTargetTypeOf(target["@odata.type"]);
  const id = type?.idProperty ? ((target as Record<string, unknown>)[type.idProperty] ?? "") : "";
  return `${type?.odataType ?? target["@odata.type"]}|${String(id).toLowerCase()}`;
}
