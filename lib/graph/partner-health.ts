import { isNeverDateTime } from "./never-date-time";

// Plain data and functions, no zod: the overview and the lists read health without loading a validator.
// The thresholds are Intune's Connector status (Tenant status) applied to lastHeartbeatDateTime (GRAPH.md).

/** A partner's health, worst first. */
export const partnerHealths = ["unhealthy", "warning", "healthy", "notSetUp", "terminated"] as const;
export type PartnerHealth = (typeof partnerHealths)[number];

export const partnerHealthLabels: Record<PartnerHealth, string> = {
  unhealthy: "Unhealthy",
  warning: "Warning",
  healthy: "Healthy",
  notSetUp: "Not set up",
  terminated: "Terminated",
};

export function isPartnerHealth(value: unknown): value is PartnerHealth {
  return typeof value === "string" && (partnerHealths as readonly string[]).includes(value);
}

export const hourMs = 3_600_000;
export const dayMs = 24 * hourMs;
/** Warning when the last heartbeat is more than this old. */
export const warningAfterMs = dayMs;
/** Unhealthy when the last heartbeat is this old or older. */
export const unhealthyAfterMs = 3 * dayMs;

/** Graph's value for a date-time never set: real tenants list placeholder partners with this heartbeat. */
export const placeholderDateTime = "0001-01-01T00:00:00Z";
/** The first instant after Graph's placeholder day, for `$filter`. */
const afterPlaceholder = "0001-01-02T00:00:00Z";

/** States Graph reports for a connection that is broken. */
export const brokenStates = ["rejected", "unresponsive", "unavailable"] as const;

export interface HealthInput {
  partnerState?: string | null;
  lastHeartbeatDateTime?: string | null;
}

/** The health alone, cheap enough for thousands of partners. */
export function partnerHealthOf(partner: HealthInput, now: Date): PartnerHealth {
  const state = partner.partnerState;
  if (state === "terminated") return "terminated";
  const heartbeat = heartbeatMs(partner.lastHeartbeatDateTime);
  if (state === "unknown" || heartbeat === undefined) return "notSetUp";
  if ((brokenStates as readonly (string | null | undefined)[]).includes(state)) return "unhealthy";
  const age = now.getTime() - heartbeat;
  if (age >= unhealthyAfterMs) return "unhealthy";
  if (age > warningAfterMs) return "warning";
  return "healthy";
}

/** Milliseconds since the epoch, or undefined for Graph's placeholder, a missing or an unreadable value. */
export function heartbeatMs(iso: string | null | undefined): number | undefined {
  if (!iso || isNeverDateTime(iso)) return undefined;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? undefined : at;
}

const notTerminatedOrUnknown = "partnerState ne 'terminated' and partnerState ne 'unknown'";
const notBroken = brokenStates.map((s) => `partnerState ne '${s}'`).join(" and ");
const broken = `(${brokenStates.map((s) => `partnerState eq '${s}'`).join(" or ")})`;

/**
 * The `$filter` matching exactly the partners of one health at `now`. States are compared with `ne` where the rule
 * says "otherwise", so a state Graph adds later lands where partnerHealthOf puts it. A missing heartbeat cannot be
 * filtered for: Graph declares lastHeartbeatDateTime non-null.
 */
export function healthFilter(health: PartnerHealth, now: Date): string {
  const warningBefore = new Date(now.getTime() - warningAfterMs).toISOString();
  const unhealthySince = new Date(now.getTime() - unhealthyAfterMs).toISOString();
  switch (health) {
    case "terminated":
      return "partnerState eq 'terminated'";
    case "notSetUp":
      return `partnerState ne 'terminated' and (partnerState eq 'unknown' or lastHeartbeatDateTime lt ${afterPlaceholder})`;
    case "unhealthy":
      return `${notTerminatedOrUnknown} and lastHeartbeatDateTime ge ${afterPlaceholder} and (${broken} or lastHeartbeatDateTime le ${unhealthySince})`;
    case "warning":
      return `${notTerminatedOrUnknown} and ${notBroken} and lastHeartbeatDateTime gt ${unhealthySince} and lastHeartbeatDateTime lt ${warningBefore}`;
    case "healthy":
      return `${notTerminatedOrUnknown} and ${notBroken} and lastHeartbeatDateTime ge ${warningBefore}`;
  }
}

/** Several healths OR'ed; undefined when none is chosen. */
export function healthsFilter(healths: readonly PartnerHealth[], now: Date): string | undefined {
  const chosen = partnerHealths.filter((h) => healths.includes(h));
  if (chosen.length === 0) return undefined;
  if (chosen.length === 1) return healthFilter(chosen[0]!, now);
  return chosen.map((h) => `(${healthFilter(h, now)})`).join(" or ");
}
