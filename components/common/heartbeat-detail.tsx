"use client";

import { isNeverDateTime } from "@/lib/graph/never-date-time";
import { formatExact } from "./date-time";
import { HeartbeatCell, type HeartbeatCellProps } from "./heartbeat-cell";

/** The last heartbeat, exact and relative (with the Stale marker), or Never for Graph's 0001-01-01. */
export function HeartbeatDetail({ partner, now }: HeartbeatCellProps) {
  return (
    <span>
      {isNeverDateTime(partner.lastHeartbeatDateTime) ? "Never" : <>{formatExact(partner.lastHeartbeatDateTime)} (<HeartbeatCell partner={partner} now={now} />)</>}
    </span>
  );
}
