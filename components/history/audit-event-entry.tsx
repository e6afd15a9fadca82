"use client";

import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ChangeWords, EventWords } from "@/lib/graph/audit-event-words";
import { formatExact, formatRelative } from "@/components/common/date-time";

const useStyles = makeStyles({
  entry: { paddingBlock: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  head: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  when: { color: tokens.colorNeutralForeground2 },
  changes: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  value: { fontFamily: tokens.fontFamilyBase, overflowWrap: "anywhere" },
});

function ChangeLine({ change }: { change: ChangeWords }) {
  const styles = useStyles();
  if (change.kind === "value") {
    return (
      <li className={styles.value}>
        {change.label}: {change.from} → {change.to}
      </li>
    );
  }
  const parts = [change.added.length ? `added ${change.added.join(", ")}` : "", change.removed.length ? `removed ${change.removed.join(", ")}` : ""].filter(Boolean);
  return (
    <li className={styles.value}>
      {change.label}: {parts.length ? parts.join("; ") : "reordered, same assignments"}
    </li>
  );
}

/** A creation lists every property from "Not set", a deletion nothing new: only other events show their changes. */
const showsChanges = (words: EventWords) => words.operation !== "Created" && words.operation !== "Deleted";

/** One audit event: what, who, when (relative, exact on the same line), and each change old → new. */
export function AuditEventEntry({ words, at, now, subject }: { words: EventWords; at: string; now: Date; subject?: ReactNode }) {
  const styles = useStyles();
  return (
    <li className={styles.entry}>
      <div className={styles.head}>
        <Text weight="semibold">{words.operation}</Text>
        {subject}
        <span>by {words.who}</span>
        <time className={styles.when} dateTime={at}>
          {formatRelative(at, now)} ({formatExact(at)})
        </time>
      </div>
      {words.changes.length && showsChanges(words) ? (
        <ul className={styles.changes} aria-label="Changes">
          {words.changes.map((change) => (
            <ChangeLine key={change.property} change={change} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
