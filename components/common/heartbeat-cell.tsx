"use client";

import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { isStale } from "@/lib/graph/heartbeat";
import { isNeverDateTime } from "@/lib/graph/never-date-time";
import { formatExact, formatRelative } from "./date-time";

const useStyles = makeStyles({
  root: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalS, position: "relative" },
  time: { textDecoration: "underline dotted", cursor: "help" },
  // Fluent's tooltip look without its positioning engine: a grid cell has room above for one line.
  tip: {
    position: "absolute",
    bottom: "100%",
    left: 0,
    marginBottom: tokens.spacingVerticalXS,
    zIndex: 1,
    whiteSpace: "nowrap",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalMNudge}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow16,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    pointerEvents: "none",
  },
});

export interface HeartbeatCellProps {
  partner: { partnerState?: string | null; lastHeartbeatDateTime?: string | null };
  now: Date;
}

/** Relative time, the exact local time on hover or focus (Escape hides it), and "Stale" for an enabled partner silent for over 24 hours. */
export function HeartbeatCell({ partner, now }: HeartbeatCellProps) {
  const styles = useStyles();
  const tipId = useId();
  const [tipShown, setTipShown] = useState(false);
  const iso = partner.lastHeartbeatDateTime;
  if (!iso) return <span>—</span>;
  if (isNeverDateTime(iso)) return <span>Never</span>;
  const stale = isStale({ partnerState: partner.partnerState ?? undefined, lastHeartbeatDateTime: iso }, now);
  const show = () => setTipShown(true);
  const hide = () => setTipShown(false);
  return (
    <span className={styles.root}>
      <time
        dateTime={iso}
        className={styles.time}
        tabIndex={0}
        aria-describedby={tipId}
        onMouseEnter={show}
        onMouseLeave={hide}
        onFocus={show}
        onBlur={hide}
        onKeyDown={(e) => {
          if (e.key === "Escape" && tipShown) {
            e.stopPropagation();
            hide();
          }
        }}
      >
        {formatRelative(iso, now)}
      </time>
      <span id={tipId} role="tooltip" className={styles.tip} hidden={!tipShown}>
        {formatExact(iso)}
      </span>
      {stale ? (
        <Badge appearance="filled" color="warning" size="small">
          Stale
        </Badge>
      ) : null}
    </span>
  );
}
