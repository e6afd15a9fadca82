import { describe, expect, it } from "vitest";
import { assignmentTargetOdataTypes } from "@/lib/graph/assignment-target-types";
import { validateEntityBody } from "@/lib/graph/validate-body";
import { seedComplianceManagementPartners } from "../seed/compliance-management-partners";
import { seedDeviceManagementPartners } from "../seed/device-management-partners";
import { seedGroups } from "../seed/groups";

const now = new Date("2026-11-20T10:00:00Z");

describe("seed data", () => {
  it("covers every partner state, app type and target type, with stale enabled partners", () => {
    const partners = seedDeviceManagementPartners(now);
    expect(partners.length).toBeGreaterThanOrEqual(10);
    expect(new Set(partners.map((p) => p.partnerAppType))).toEqual(new Set(["unknown", "singleTenantApp", "multiTenantApp"]));
    const targets = partners.flatMap((p) => (p.groupsRequiringPartnerEnrollment as { target: Record<string, unknown> }[]).map((a) => a.target));
    expect(new Set(targets.map((t) => t["@odata.type"]))).toEqual(new Set(assignmentTargetOdataTypes));
    const groupIds = new Set(seedGroups.map((g) => g.id));
    for (const t of targets) if ("groupId" in t) expect(groupIds.has(t.groupId as string)).toBe(true);
    const stale = partners.filter((p) => p.partnerState === "enabled" && now.getTime() - Date.parse(p.lastHeartbeatDateTime as string) > 24 * 3_600_000);
    expect(stale.length).toBeGreaterThanOrEqual(1);
  });

  it("is valid against the beta schemas and deterministic", () => {
    for (const p of seedDeviceManagementPartners(now, 40)) {
      const { id: _id, ...body } = p;
      expect(validateEntityBody("deviceManagementPartners", "beta", "create", body).ok).toBe(true);
    }
    for (const p of seedComplianceManagementPartners(now, 40)) {
      const { id: _id, ...body } = p;
      expect(validateEntityBody("complianceManagementPartners", "beta", "create", body).ok).toBe(true);
    }
    expect(seedDeviceManagementPartners(now, 30)).toEqual(seedDeviceManagementPartners(now, 30));
    expect(seedGroups.length).toBeGreaterThanOrEqual(25);
    expect(new Set(seedGroups.map((g) => g.id)).size).toBe(seedGroups.length);
  });

  it("honours counts: a prefix of the curated set, then synthetic partners", () => {
    expect(seedDeviceManagementPartners(now, 0)).toEqual([]);
    expect(seedDeviceManagementPartners(now, 3).map((p) => p.displayName)).toEqual(["Jamf Pro", "Omnissa Workspace ONE", "Ivanti Neurons for MDM"]);
    const many = seedDeviceManagementPartners(now, 5000);
    expect(new Set(many.map((p) => p.id)).size).toBe(5000);
    const compliance = seedComplianceManagementPartners(now, 5000);
    for (const platform of ["macOs", "ios", "android", "windows", "linux"]) {
      expect(compliance.filter((p) => p[`${platform}Onboarded`] === true)).toHaveLength(1);
    }
  });
});
