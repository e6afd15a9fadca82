import { assignmentTargetTypeOf } from "@/lib/graph/assignment-target-types";
import { propertyLabel, valueWords, type ValueWords } from "@/lib/graph/property-words";
import type { ConfigurationAssignment, PartnerKind } from "./configuration-document";
import type { PartnerComparison } from "./compare-configuration";
import { filterIdProperty } from "./export-configuration";

export const kindWords: Record<PartnerKind, string> = {
  deviceManagementPartners: "Device management partner",
  complianceManagementPartners: "Compliance management partner",
};

/** An assignment by name: "Group Sales (include filter Corporate iPads)". */
export function assignmentWords(assignment: ConfigurationAssignment): string {
  const t = assignment.target;
  const type = assignmentTargetTypeOf(String(t["@odata.type"]));
  let words = type?.label ?? String(t["@odata.type"]);
  if (typeof t.groupId === "string") words += ` ${assignment.names?.group ?? t.groupId}`;
  if (typeof t.collectionId === "string") words += ` ${t.collectionId}`;
  const filterId = t[filterIdProperty];
  if (typeof filterId === "string" && filterId) {
    const filterType = valueWords("deviceAndAppManagementAssignmentFilterType", t.deviceAndAppManagementAssignmentFilterType ?? "include").toLowerCase();
    words += ` (${filterType} filter ${assignment.names?.filter ?? filterId})`;
  }
  return words;
}

const statusWords = { added: "added", removed: "removed", changed: "changed", unchanged: "unchanged" } as const;

/** One comparison as lines of plain text: the same words the browser shows, for the command line. */
export function describeComparison(comparison: PartnerComparison, words: ValueWords = {}): string[] {
  const name = comparison.displayName ?? "(no name)";
  const lines = [`${kindWords[comparison.kind]} "${name}": ${statusWords[comparison.status]}`];
  for (const change of comparison.changes) {
    lines.push(`  ${propertyLabel(change.property)}: ${valueWords(change.property, change.from, words)} → ${valueWords(change.property, change.to, words)}`);
  }
  for (const change of comparison.assignments) {
    for (const a of change.added) lines.push(`  ${propertyLabel(change.property)}: + ${assignmentWords(a)}`);
    for (const a of change.removed) lines.push(`  ${propertyLabel(change.property)}: − ${assignmentWords(a)}`);
  }
  for (const u of comparison.unresolved) {
    lines.push(`  ! ${propertyLabel(u.property)}: ${u.kind === "group" ? "group" : "assignment filter"} ${u.name ? `"${u.name}"` : ""}${u.id ? ` (${u.id})` : ""} is not in the target tenant; this change cannot be applied`);
  }
  return lines;
}
