import { assignmentWords } from "@/lib/graph/assignment-words";
import { propertyLabel, valueWords, type ValueWords } from "@/lib/graph/property-words";
import type { PartnerKind } from "./configuration-document";
import type { PartnerComparison } from "./compare-configuration";

export const kindWords: Record<PartnerKind, string> = {
  deviceManagementPartners: "Device management partner",
  complianceManagementPartners: "Compliance management partner",
};

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
