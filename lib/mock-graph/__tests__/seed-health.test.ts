import { describe, expect, it } from "vitest";
import { partnerHealthOf, partnerHealths } from "@/lib/graph/partner-health";
import { seedComplianceManagementPartners } from "../seed/compliance-management-partners";
import { seedDeviceManagementPartners } from "../seed/device-management-partners";

const now = new Date("2026-11-20T10:00:00Z");
const healthsOf = (partners: Record<string, unknown>[], at: Date) =>
  partners.map((p) => partnerHealthOf(p as { partnerState?: string; lastHeartbeatDateTime?: string }, at));

describe("seed health", () => {
  it("has partners of every health in both kinds, placeholder records among them", () => {
    for (const partners of [seedDeviceManagementPartners(now), seedComplianceManagementPartners(now)]) {
      expect(new Set(healthsOf(partners, now))).toEqual(new Set(partnerHealths));
      expect(partners.some((p) => p.partnerState === "unknown" && p.lastHeartbeatDateTime === "0001-01-01T00:00:00Z")).toBe(true);
    }
  });

  it("dates heartbeats relative to the seeding time, so health does not drift with the calendar", () => {
    const later = new Date(now.getTime() + 400 * 24 * 3_600_000);
    expect(healthsOf(seedDeviceManagementPartners(later), later)).toEqual(healthsOf(seedDeviceManagementPartners(now), now));
  });
});
