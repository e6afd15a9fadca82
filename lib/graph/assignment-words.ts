import { assignmentTargetTypeOf } from "./assignment-target-types";
import { valueWords } from "./property-words";

export const filterIdProperty = "deviceAndAppManagementAssignmentFilterId";

/** A target as Graph spells it, with whatever names are known for its group and filter. */
export interface NamedTarget {
  target: { "@odata.type"?: unknown } & Record<string, unknown>;
  names?: { group?: string | null; filter?: string | null };
}

/** An assignment by name: "Group Sales (include filter Corporate iPads)"; an id without a name shows as the id. */
export function assignmentWords({ target, names }: NamedTarget): string {
  const type = assignmentTargetTypeOf(String(target["@odata.type"] ?? ""));
  let words = type?.label ?? String(target["@odata.type"] ?? "Unknown target");
  if (typeof target.groupId === "string") words += ` ${names?.group ?? target.groupId}`;
  if (typeof target.collectionId === "string") words += ` ${target.collectionId}`;
  const filterId = target[filterIdProperty];
  if (typeof filterId === "string" && filterId) {
    const filterType = valueWords("deviceAndAppManagementAssignmentFilterType", target.deviceAndAppManagementAssignmentFilterType ?? "include").toLowerCase();
    words += ` (${filterType} filter ${names?.filter ?? filterId})`;
  }
  return words;
}

/** Same target, same filter: order and names make no difference. */
export function namedTargetKey({ target }: NamedTarget): string {
  const type = String(target["@odata.type"] ?? "").replace(/^#?/, "#");
  const filterType = target.deviceAndAppManagementAssignmentFilterType && target.deviceAndAppManagementAssignmentFilterType !== "none" ? String(target.deviceAndAppManagementAssignmentFilterType) : "";
  return [type, target.groupId ?? "", target.collectionId ?? "", target[filterIdProperty] ?? "", filterType].map((p) => String(p).toLowerCase()).join("|");
}
