import { describe, expect, it } from "vitest";
import type { PartnerComparison } from "@/lib/config/compare-configuration";
import { comparisonSummary } from "../comparison-results";
import { changeLines } from "../partner-comparison-item";

const group = (groupId: string, name: string) => ({ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId }, names: { group: name } });

const changed: PartnerComparison = {
  kind: "deviceManagementPartners",
  displayName: "Jamf Pro",
  status: "changed",
  targetId: "a",
  changes: [
    { property: "partnerAppType", from: "multiTenantApp", to: "singleTenantApp" },
    { property: "isConfigured", from: false, to: true },
  ],
  assignments: [{ property: "groupsRequiringPartnerEnrollment", added: [group("1", "Sales")], removed: [group("2", "Finance"), group("3", "Engineering")], desired: [group("1", "Sales")] }],
  unresolved: [{ property: "groupsRequiringPartnerEnrollment", kind: "group", id: "9", name: "Legal" }],
};

describe("the words of a comparison", () => {
  it("says each property old → new, and the groups added and removed by name, and what cannot be applied", () => {
    expect(changeLines(changed)).toEqual([
      { text: "Partner app type: Multi-tenant app → Single tenant app" },
      { text: "Configured: No → Yes" },
      { text: "Groups requiring partner enrollment, added: Group Sales" },
      { text: "Groups requiring partner enrollment, removed: Group Finance; Group Engineering" },
      { text: 'Group "Legal" (Groups requiring partner enrollment) is not in the target tenant: this change cannot be applied.', blocked: true },
    ]);
  });

  it("counts each status, or says nothing differs", () => {
    expect(comparisonSummary(["changed", "unchanged", "added", "unchanged"], true)).toBe("1 changed, 1 added, 0 removed, 2 unchanged.");
    expect(comparisonSummary(["unchanged", "unchanged"], true)).toBe("No differences: the tenant matches the document (2 unchanged).");
    expect(comparisonSummary([], false)).toBe("No differences: the documents match (0 unchanged).");
  });
});
