import { describe, expect, it } from "vitest";
import { changedFields, jsonEqual } from "../changed-fields";

describe("changedFields", () => {
  const original = {
    displayName: "Jamf Pro",
    isConfigured: true,
    singleTenantAppId: null as string | null,
    lastHeartbeatDateTime: "2026-11-20T10:00:00.1234567+01:00",
    groupsRequiringPartnerEnrollment: [{ target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }],
  };

  it("returns nothing when nothing changed", () => {
    expect(changedFields(original, structuredClone(original))).toEqual({});
  });

  it("returns only the properties that changed", () => {
    expect(changedFields(original, { ...original, displayName: "Jamf", isConfigured: false })).toEqual({ displayName: "Jamf", isConfigured: false });
  });

  it("treats a changed collection as one value, sent whole", () => {
    const edited = {
      ...original,
      groupsRequiringPartnerEnrollment: [
        ...original.groupsRequiringPartnerEnrollment,
        { target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: "g" } },
      ],
    };
    expect(changedFields(original, edited)).toEqual({ groupsRequiringPartnerEnrollment: edited.groupsRequiringPartnerEnrollment });
  });

  it("sends a cleared value as null and treats absent and null alike", () => {
    expect(changedFields({ a: "x" } as Record<string, unknown>, { a: null })).toEqual({ a: null });
    expect(changedFields({} as Record<string, unknown>, { a: null })).toEqual({});
  });

  it("keeps a date-time string that only differs in precision as a change", () => {
    expect(changedFields(original, { ...original, lastHeartbeatDateTime: "2026-11-20T10:00:00+01:00" })).toEqual({
      lastHeartbeatDateTime: "2026-11-20T10:00:00+01:00",
    });
  });

  it("ignores object key order", () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
  });
});
