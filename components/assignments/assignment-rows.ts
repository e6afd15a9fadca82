import { z } from "zod";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { AssignmentTarget, PartnerAssignment } from "@/lib/graph/assignment-target";
import {
  assignmentTargetKey,
  assignmentTargetOdataTypes,
  assignmentTargetTypeOf,
  type AssignmentTargetOdataType,
} from "@/lib/graph/assignment-target-types";
import { enumSchema } from "@/lib/graph/entity-schemas";
import { deviceAndAppManagementAssignmentFilterType } from "@/lib/graph/enums";

/** One assignment as the editor holds it: flat, every field a string, so switching the target type loses nothing. */
export interface AssignmentRow {
  targetType: AssignmentTargetOdataType;
  groupId: string;
  collectionId: string;
  filterId: string;
  filterType: "none" | "include" | "exclude";
}

export const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A Configuration Manager collection ID: a three-character site code and five hexadecimal digits, e.g. SMS00001. */
export const collectionIdPattern = /^[A-Z0-9]{3}[0-9A-F]{5}$/i;

export function emptyAssignmentRow(): AssignmentRow {
  return { targetType: "#microsoft.graph.groupAssignmentTarget", groupId: "", collectionId: "", filterId: "", filterType: "none" };
}

export function assignmentRowFromGraph(assignment: PartnerAssignment): AssignmentRow {
  const target = assignment.target as Record<string, unknown> & AssignmentTarget;
  const type = assignmentTargetTypeOf(target["@odata.type"]);
  return {
    targetType: type?.odataType ?? "#microsoft.graph.allDevicesAssignmentTarget",
    groupId: typeof target.groupId === "string" ? target.groupId : "",
    collectionId: typeof target.collectionId === "string" ? target.collectionId : "",
    filterId: target.deviceAndAppManagementAssignmentFilterId ?? "",
    filterType: target.deviceAndAppManagementAssignmentFilterType ?? "none",
  };
}

export function assignmentRowsFromGraph(assignments: readonly PartnerAssignment[] | null | undefined): AssignmentRow[] {
  return (assignments ?? []).map(assignmentRowFromGraph);
}

/** Graph's assignment for a row; filter properties only in beta, and only when a filter is set. */
export function assignmentRowToGraph(row: AssignmentRow, version: ApiVersion): PartnerAssignment {
  const type = assignmentTargetTypeOf(row.targetType);
  const target: Record<string, unknown> = { "@odata.type": row.targetType };
  if (type?.idProperty === "groupId") target.groupId = row.groupId.trim();
  if (type?.idProperty === "collectionId") target.collectionId = row.collectionId.trim();
  if (version === "beta" && row.filterId.trim()) {
    target.deviceAndAppManagementAssignmentFilterId = row.filterId.trim();
    target.deviceAndAppManagementAssignmentFilterType = row.filterType;
  }
  return { target } as PartnerAssignment;
}

export function assignmentRowsToGraph(rows: readonly AssignmentRow[], version: ApiVersion): PartnerAssignment[] {
  return rows.map((row) => assignmentRowToGraph(row, version));
}

/** The editor's validation, per version: ids where the target type needs them, filters in beta, no duplicates. */
export function assignmentRowsSchema(version: ApiVersion) {
  const row = z
    .object({
      targetType: z.enum(assignmentTargetOdataTypes as [AssignmentTargetOdataType, ...AssignmentTargetOdataType[]], "Choose a target type."),
      groupId: z.string(),
      collectionId: z.string(),
      filterId: z.string(),
      filterType: enumSchema(deviceAndAppManagementAssignmentFilterType),
    })
    .superRefine((value, ctx) => {
      const type = assignmentTargetTypeOf(value.targetType);
      if (type?.idProperty === "groupId" && !guidPattern.test(value.groupId.trim())) {
        ctx.addIssue({ code: "custom", path: ["groupId"], message: "Choose a group." });
      }
      if (type?.idProperty === "collectionId" && !collectionIdPattern.test(value.collectionId.trim())) {
        ctx.addIssue({
          code: "custom",
          path: ["collectionId"],
          message: "Enter a collection ID: a three-character site code and five hexadecimal digits, e.g. SMS00001.",
        });
      }
      if (version === "beta" && value.filterId.trim() && !guidPattern.test(value.filterId.trim())) {
        ctx.addIssue({ code: "custom", path: ["filterId"], message: "A filter ID is a GUID, e.g. 00000000-0000-0000-0000-000000000000." });
      }
      if (version === "beta" && value.filterId.trim() && value.filterType === "none") {
        ctx.addIssue({ code: "custom", path: ["filterType"], message: "Choose Include or Exclude for the filter." });
      }
    });
  return z.array(row).superRefine((rows, ctx) => {
    const seen = new Map<string, number>();
    rows.forEach((value, index) => {
      const key = assignmentTargetKey(assignmentRowToGraph(value, version).target);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else {
        const type = assignmentTargetTypeOf(value.targetType);
        ctx.addIssue({
          code: "custom",
          path: [index, type?.idProperty ?? "targetType"],
          message: `This assignment duplicates assignment ${first + 1}.`,
        });
      }
    });
  });
}
