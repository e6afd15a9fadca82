"use client";

import { Badge, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { isStale } from "@/lib/graph/heartbeat";
import { isNeverDateTime } from "@/lib/graph/never-date-time";
import { formatExact, formatRelative } from "./date-time";

const useStyles = makeStyles({
  root: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  time: { textDecoration: "underline dotted", cursor: "help" },
});

export interface HeartbeatCellProps {
  partner: { partnerState?: string | null; lastHeartbeatDateTime?: string | null };
  now: Date;
}

/** Relative time, the exact local time on hover or focus, and "Stale" for an enabled partner silent for over 24 hours. */
export function HeartbeatCell({ partner, now }: HeartbeatCellProps) {
  const styles = useStyles();
  const iso = partner.lastHeartbeatDateTime;
  if (!iso) return <span>—</span>;
  if (isNeverDateTime(iso)) return <span>Never</span>;
  const stale = isStale({ partnerState: partner.partnerState ?? undefined, lastHeartbeatDateTime: iso }, now);
  return (
    <span className={styles.root}>
      <Tooltip content={formatExact(iso)} relationship="description">
        <time dateTime={iso} className={styles.time} tabIndex={0}>
          {formatRelative(iso, now)}
        </time>
      </Tooltip>
      {stale ? (
        <Badge appearance="filled" color="warning" size="small">
          Stale
        </Badge>
      ) : null}
    </span>
  );
}
