import { partnerHealthOf, partnerHealths, type HealthInput, type PartnerHealth } from "./partner-health";
import { assessPartnerHealth, silentForMs } from "./partner-health-advice";

// In its own module so the list pages' countdowns do not carry the health advice words.
export { countdownInWords } from "./countdown-in-words";

/** The properties the overview asks Graph for (its `$select`), per kind. */
export const healthSummaryProperties = ["id", "displayName", "partnerState", "lastHeartbeatDateTime"] as const;
export const deviceDateProperties = ["whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime", "whenPartnerDevicesWillBeRemovedDateTime"] as const;
export type DeviceDateProperty = (typeof deviceDateProperties)[number];

export interface HealthSummaryPartner extends HealthInput {
  id: string;
  displayName?: string | null;
  whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime?: string | null;
  whenPartnerDevicesWillBeRemovedDateTime?: string | null;
}

export interface AttentionItem {
  id: string;
  displayName: string;
  health: PartnerHealth;
  reason: string;
  /** Time since the last heartbeat; Infinity when there never was one. */
  silentMs: number;
}

export interface ComingUpItem {
  id: string;
  displayName: string;
  /** Which date: devices marked non-compliant, or devices removed. */
  property: DeviceDateProperty;
  at: string;
  inMs: number;
}

export interface HealthSummary {
  total: number;
  byHealth: Record<PartnerHealth, number>;
  byState: Record<string, number>;
  /** Unhealthy then warning, the longest silent first; at most `limit`. */
  attention: AttentionItem[];
  attentionTotal: number;
  /** Device dates within the horizon, soonest first; at most `limit`. */
  comingUp: ComingUpItem[];
  comingUpTotal: number;
}

const needsAttention: readonly PartnerHealth[] = ["unhealthy", "warning"];
export const comingUpHorizonMs = 30 * 24 * 3_600_000;

const nameOf = (p: HealthSummaryPartner) => p.displayName || p.id;

/** Counts per health and per state, what needs attention and what comes up, in one pass over the partners. */
export function summarizeHealth(
  partners: readonly HealthSummaryPartner[],
  now: Date,
  { limit = 10, horizonMs = comingUpHorizonMs }: { limit?: number; horizonMs?: number } = {},
): HealthSummary {
  const byHealth = Object.fromEntries(partnerHealths.map((h) => [h, 0])) as Record<PartnerHealth, number>;
  const byState: Record<string, number> = {};
  const attention: { partner: HealthSummaryPartner; health: PartnerHealth; silent: number }[] = [];
  const comingUp: ComingUpItem[] = [];
  const nowMs = now.getTime();
  for (const partner of partners) {
    const health = partnerHealthOf(partner, now);
    byHealth[health]++;
    const state = partner.partnerState ?? "unknown";
    byState[state] = (byState[state] ?? 0) + 1;
    if (needsAttention.includes(health)) attention.push({ partner, health, silent: silentForMs(partner, now) ?? Infinity });
    for (const property of deviceDateProperties) {
      const at = partner[property];
      const when = at ? Date.parse(at) : NaN;
      if (Number.isNaN(when) || when < nowMs || when - nowMs > horizonMs) continue;
      comingUp.push({ id: partner.id, displayName: nameOf(partner), property, at: at!, inMs: when - nowMs });
    }
  }
  attention.sort((a, b) => compareAttention({ ...a, displayName: nameOf(a.partner), silentMs: a.silent }, { ...b, displayName: nameOf(b.partner), silentMs: b.silent }));
  comingUp.sort((a, b) => a.inMs - b.inMs || a.displayName.localeCompare(b.displayName));
  return {
    total: partners.length,
    byHealth,
    byState,
    attention: attention.slice(0, limit).map(({ partner, health, silent }) => ({
      id: partner.id,
      displayName: nameOf(partner),
      health,
      reason: assessPartnerHealth(partner, now).reason,
      silentMs: silent,
    })),
    attentionTotal: attention.length,
    comingUp: comingUp.slice(0, limit),
    comingUpTotal: comingUp.length,
  };
}

/** Worst first: unhealthy before warning, then the longest silent, then by name. Also merges several kinds' lists. */
export function compareAttention(
  a: Pick<AttentionItem, "health" | "silentMs" | "displayName">,
  b: Pick<AttentionItem, "health" | "silentMs" | "displayName">,
): number {
  const rank = (h: PartnerHealth) => needsAttention.indexOf(h);
  return rank(a.health) - rank(b.health) || (a.silentMs === b.silentMs ? 0 : b.silentMs > a.silentMs ? 1 : -1) || a.displayName.localeCompare(b.displayName);
}

