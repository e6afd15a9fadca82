import { describe, expect, it } from "vitest";
import { countdownInWords, summarizeHealth } from "../health-summary";
import { placeholderDateTime } from "../partner-health";

const now = new Date("2026-11-20T12:00:00.000Z");
const hour = 3_600_000;
const day = 24 * hour;
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
const partner = (id: string, partnerState: string, heartbeatAgo: number | string, dates: Record<string, string | null> = {}) => ({
  id,
  displayName: id,
  partnerState,
  lastHeartbeatDateTime: typeof heartbeatAgo === "string" ? heartbeatAgo : at(-heartbeatAgo),
  ...dates,
});

describe("the health summary", () => {
  const partners = [
    partner("fresh", "enabled", hour),
    partner("quiet", "enabled", 36 * hour),
    partner("quieter", "enabled", 50 * hour),
    partner("silent", "enabled", 5 * day),
    partner("rejected", "rejected", hour),
    partner("placeholder", "unknown", placeholderDateTime),
    partner("ended", "terminated", 40 * day, {
      whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: at(12 * day),
      whenPartnerDevicesWillBeRemovedDateTime: at(60 * day),
    }),
    partner("soon", "unresponsive", 9 * day, { whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: at(2 * day), whenPartnerDevicesWillBeRemovedDateTime: at(29 * day) }),
    partner("past", "enabled", hour, { whenPartnerDevicesWillBeRemovedDateTime: at(-day) }),
  ];

  it("counts every health and state", () => {
    const summary = summarizeHealth(partners, now);
    expect(summary.total).toBe(9);
    expect(summary.byHealth).toEqual({ unhealthy: 3, warning: 2, healthy: 2, notSetUp: 1, terminated: 1 });
    expect(summary.byState).toEqual({ enabled: 5, rejected: 1, unknown: 1, terminated: 1, unresponsive: 1 });
  });

  it("lists unhealthy before warning, the longest silent first, with the reason", () => {
    const summary = summarizeHealth(partners, now);
    expect(summary.attention.map((a) => a.id)).toEqual(["soon", "silent", "rejected", "quieter", "quiet"]);
    expect(summary.attention[1]).toEqual({ id: "silent", displayName: "silent", health: "unhealthy", reason: "No heartbeat for 5 days.", silentMs: 5 * day });
    expect(summary.attentionTotal).toBe(5);
    expect(summarizeHealth(partners, now, { limit: 2 }).attention).toHaveLength(2);
  });

  it("shows device dates within 30 days, soonest first, and nothing past or later", () => {
    const summary = summarizeHealth(partners, now);
    expect(summary.comingUp.map((c) => [c.id, c.property])).toEqual([
      ["soon", "whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime"],
      ["ended", "whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime"],
      ["soon", "whenPartnerDevicesWillBeRemovedDateTime"],
    ]);
    expect(summary.comingUp[0]!.inMs).toBe(2 * day);
  });

  it("writes countdowns in days, hours or minutes", () => {
    expect(countdownInWords(at(12 * day + 5 * hour), now)).toBe("in 12 days");
    expect(countdownInWords(at(30 * hour), now)).toBe("in 30 hours");
    expect(countdownInWords(at(hour), now)).toBe("in 1 hour");
    expect(countdownInWords(at(20 * 60_000), now)).toBe("in 20 minutes");
    expect(countdownInWords(at(-3 * day), now)).toBe("3 days ago");
  });
});
