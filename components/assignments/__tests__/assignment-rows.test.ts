import { describe, expect, it } from "vitest";
import { formFieldOfErrorTarget } from "@/components/partners/form-field-of-error-target";
import { assignmentRowsFromGraph, assignmentRowsSchema, assignmentRowsToGraph, emptyAssignmentRow, type AssignmentRow } from "../assignment-rows";
import { deviceManagementPartnerBody, deviceManagementPartnerFormSchema, deviceManagementPartnerFormValues, newDeviceManagementPartnerFormValues } from "@/components/device-partners/device-partner-form-model";
import { changedFields } from "@/lib/api/changed-fields";

const groupId = "2b1f1f3e-0f2a-4c1e-9a55-0a1b2c3d4e5f";
const row = (patch: Partial<AssignmentRow>): AssignmentRow => ({ ...emptyAssignmentRow(), ...patch });

describe("assignment rows", () => {
  it("round-trips Graph assignments, accepting @odata.type without #", () => {
    const rows = assignmentRowsFromGraph([
      { target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId, deviceAndAppManagementAssignmentFilterId: groupId, deviceAndAppManagementAssignmentFilterType: "include" } },
      { target: { "@odata.type": "#microsoft.graph.configurationManagerCollectionAssignmentTarget", collectionId: "SMS00001" } },
    ]);
    expect(assignmentRowsToGraph(rows, "beta")).toEqual([
      { target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId, deviceAndAppManagementAssignmentFilterId: groupId, deviceAndAppManagementAssignmentFilterType: "include" } },
      { target: { "@odata.type": "#microsoft.graph.configurationManagerCollectionAssignmentTarget", collectionId: "SMS00001" } },
    ]);
  });

  it("never sends filters in v1.0 nor ids a target type lacks", () => {
    const rows = [row({ targetType: "#microsoft.graph.allDevicesAssignmentTarget", groupId, filterId: groupId, filterType: "exclude" })];
    expect(assignmentRowsToGraph(rows, "v1.0")).toEqual([{ target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }]);
  });

  it("refuses duplicates, missing groups and malformed collection ids", () => {
    const result = assignmentRowsSchema("beta").safeParse([
      row({ groupId }),
      row({ groupId: groupId.toUpperCase() }),
      row({ targetType: "#microsoft.graph.exclusionGroupAssignmentTarget" }),
      row({ targetType: "#microsoft.graph.configurationManagerCollectionAssignmentTarget", collectionId: "nope" }),
      row({ targetType: "#microsoft.graph.allLicensedUsersAssignmentTarget", filterId: "x" }),
    ]);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["1.groupId", "2.groupId", "3.collectionId", "4.filterId"]));
  });

  it("maps Graph error targets to form fields", () => {
    const fields = ["displayName", "groupsRequiringPartnerEnrollment"];
    expect(formFieldOfErrorTarget("groupsRequiringPartnerEnrollment[0].target.groupId", fields)).toBe("groupsRequiringPartnerEnrollment.0.groupId");
    expect(formFieldOfErrorTarget("groupsRequiringPartnerEnrollment[2].target.@odata.type", fields)).toBe("groupsRequiringPartnerEnrollment.2.targetType");
    expect(formFieldOfErrorTarget("groupsRequiringPartnerEnrollment[1]", fields)).toBe("groupsRequiringPartnerEnrollment.1.targetType");
    expect(formFieldOfErrorTarget("displayName", fields)).toBe("displayName");
    expect(formFieldOfErrorTarget("id", fields)).toBeUndefined();
    expect(formFieldOfErrorTarget(undefined, fields)).toBeUndefined();
  });
});

describe("device management partner form", () => {
  const partner = {
    id: "p1",
    displayName: "Jamf Pro",
    partnerState: "enabled" as const,
    partnerAppType: "multiTenantApp" as const,
    singleTenantAppId: null,
    isConfigured: true,
    lastHeartbeatDateTime: "2026-11-20T10:00:00.1234567+05:30",
    whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: null,
    whenPartnerDevicesWillBeRemovedDateTime: null,
    groupsRequiringPartnerEnrollment: [{ target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" as const } }],
  };

  it("sends nothing for an untouched partner and keeps date precision", () => {
    const values = deviceManagementPartnerFormValues(partner);
    expect(deviceManagementPartnerFormSchema("beta").safeParse(values).success).toBe(true);
    const initial = deviceManagementPartnerBody(values, "beta");
    expect(initial.lastHeartbeatDateTime).toBe("2026-11-20T10:00:00.1234567+05:30");
    expect(changedFields(initial, deviceManagementPartnerBody({ ...values }, "beta"))).toEqual({});
    expect(changedFields(initial, deviceManagementPartnerBody({ ...values, displayName: "Jamf" }, "beta"))).toEqual({ displayName: "Jamf" });
  });

  it("requires a GUID app id for a single tenant app", () => {
    const schema = deviceManagementPartnerFormSchema("v1.0");
    const values = { ...newDeviceManagementPartnerFormValues(), displayName: "X", partnerAppType: "singleTenantApp" as const };
    const missing = schema.safeParse(values);
    expect(missing.error?.issues.map((i) => i.path.join("."))).toEqual(["singleTenantAppId"]);
    expect(schema.safeParse({ ...values, singleTenantAppId: "abc" }).success).toBe(false);
    expect(schema.safeParse({ ...values, singleTenantAppId: groupId }).success).toBe(true);
  });

  it("requires a display name", () => {
    const result = deviceManagementPartnerFormSchema("beta").safeParse(newDeviceManagementPartnerFormValues());
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["displayName"]);
  });
});
