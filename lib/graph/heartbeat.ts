import { isNeverDateTime } from "./never-date-time";

// When a partner connector counts as silent; its health, built on the same heartbeat, is in partner-health.ts.

export const staleAfterMs = 24 * 60 * 60 * 1000;

/** An enabled partner whose last heartbeat is more than 24 hours old. */
export function isStale(partner: { partnerState?: string; lastHeartbeatDateTime?: string | null }, now: Date): boolean {
  if (partner.partnerState !== "enabled" || !partner.lastHeartbeatDateTime) return false;
  if (isNeverDateTime(partner.lastHeartbeatDateTime)) return true;
  const at = new Date(partner.lastHeartbeatDateTime).getTime();
  return !Number.isNaN(at) && now.getTime() - at > staleAfterMs;
}
