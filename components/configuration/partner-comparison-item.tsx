"use client";

import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PartnerComparison } from "@/lib/config/compare-configuration";
import { assignmentWords } from "@/lib/graph/assignment-words";
import { propertyLabel, valueWords } from "@/lib/graph/property-words";
import { formatExact } from "@/components/common/date-time";
import { NativeCheckbox } from "@/components/common/native-checkbox";

const useStyles = makeStyles({
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", paddingBlock: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  box: { width: "16px", paddingTop: "2px", flexShrink: 0 },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  blocked: { color: tokens.colorPaletteRedForeground1 },
});

const statusBadge = {
  added: { color: "success", label: "Added" },
  removed: { color: "danger", label: "Removed" },
  changed: { color: "warning", label: "Changed" },
  unchanged: { color: "informative", label: "Unchanged" },
} as const;

const words = { dateTime: (iso: string) => formatExact(iso) };

/** The lines of a difference in human words: each property old → new, then the groups added and removed, by name. */
export function changeLines(comparison: PartnerComparison): { text: string; blocked?: boolean }[] {
  const lines: { text: string; blocked?: boolean }[] = [];
  if (comparison.status === "added") lines.push({ text: "In the document, not in the tenant: it will be created." });
  if (comparison.status === "removed") lines.push({ text: "In the tenant, not in the document: it will be deleted." });
  for (const change of comparison.changes) {
    lines.push({ text: `${propertyLabel(change.property)}: ${valueWords(change.property, change.from, words)} → ${valueWords(change.property, change.to, words)}` });
  }
  for (const change of comparison.assignments) {
    const label = propertyLabel(change.property);
    if (change.added.length) lines.push({ text: `${label}, added: ${change.added.map(assignmentWords).join("; ")}` });
    if (change.removed.length) lines.push({ text: `${label}, removed: ${change.removed.map(assignmentWords).join("; ")}` });
  }
  for (const u of comparison.unresolved) {
    const what = u.kind === "group" ? "Group" : "Assignment filter";
    lines.push({ text: `${what} ${u.name ? `"${u.name}"` : u.id} (${propertyLabel(u.property)}) is not in the target tenant: this change cannot be applied.`, blocked: true });
  }
  return lines;
}

export interface PartnerComparisonItemProps {
  comparison: PartnerComparison;
  /** Shown when the change can be applied to the tenant. */
  choice?: { checked: boolean; onToggle: () => void };
}

/** One partner's result: its status, what differs, and whether its change is chosen. */
export function PartnerComparisonItem({ comparison, choice }: PartnerComparisonItemProps) {
  const styles = useStyles();
  const name = comparison.displayName ?? "(no name)";
  const badge = statusBadge[comparison.status];
  const lines = changeLines(comparison);
  return (
    <li className={styles.item} aria-label={`${name}: ${badge.label.toLowerCase()}`}>
      <span className={styles.box}>{choice ? <NativeCheckbox aria-label={`Apply the change to ${name}`} checked={choice.checked} onChange={choice.onToggle} /> : null}</span>
      <div className={styles.body}>
        <div className={styles.head}>
          <Text weight="semibold">{name}</Text>
          <Badge appearance="tint" color={badge.color}>
            {badge.label}
          </Badge>
        </div>
        {lines.length ? (
          <ul className={styles.lines}>
            {lines.map((line, i) => (
              <li key={i} className={line.blocked ? styles.blocked : undefined}>
                {line.text}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}
