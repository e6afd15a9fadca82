import { describe, expect, it } from "vitest";
import { assignmentTargetKey, assignmentTargetTypeOf } from "../assignment-target-types";
import { assignmentWords, namedTargetKey } from "../assignment-words";

// How an assignment reads in history and diffs, and when two assignments count as the same one.
const groupType = "#microsoft.graph.groupAssignmentTarget";
const key = (target: Record<string, unknown>) => namedTargetKey({ target });

describe("assignment target types", () => {
  it("finds a type whether or not Graph wrote the leading #", () => {
    expect(assignmentTargetTypeOf("microsoft.graph.groupAssignmentTarget")?.label).toBe("Group");
    expect(assignmentTargetTypeOf(groupType)?.label).toBe("Group");
    expect(assignmentTargetTypeOf("microsoft.graph.somethingNew")).toBeUndefined();
  });

  it("keys a target by its type and id, whatever the id's case or the #; a filter makes no difference", () => {
    expect(assignmentTargetKey({ "@odata.type": "microsoft.graph.groupAssignmentTarget", groupId: "ABC" } as { "@odata.type": string })).toBe(`${groupType}|abc`);
    expect(assignmentTargetKey({ "@odata.type": groupType, groupId: "abc", deviceAndAppManagementAssignmentFilterId: "f1" } as { "@odata.type": string })).toBe(`${groupType}|abc`);
    expect(assignmentTargetKey({ "@odata.type": "microsoft.graph.configurationManagerCollectionAssignmentTarget", collectionId: "SMS0001" } as { "@odata.type": string })).toBe(
      "#microsoft.graph.configurationManagerCollectionAssignmentTarget|sms0001",
    );
    expect(assignmentTargetKey({ "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" })).toBe("#microsoft.graph.allDevicesAssignmentTarget|");
    expect(assignmentTargetKey({ "@odata.type": groupType })).toBe(`${groupType}|`);
    expect(assignmentTargetKey({ "@odata.type": "#microsoft.graph.somethingNew" })).toBe("#microsoft.graph.somethingNew|");
  });
});

describe("an assignment in words", () => {
  it("names the target type, the group or collection, and the filter, with ids where no name is known", () => {
    expect(assignmentWords({ target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } })).toBe("All devices");
    expect(assignmentWords({ target: { "@odata.type": groupType, groupId: "g1" } })).toBe("Group g1");
    expect(assignmentWords({ target: { "@odata.type": groupType, groupId: "g1" }, names: { group: "Sales" } })).toBe("Group Sales");
    expect(assignmentWords({ target: { "@odata.type": "microsoft.graph.exclusionGroupAssignmentTarget", groupId: "g1" }, names: { group: null } })).toBe("Excluded group g1");
    expect(assignmentWords({ target: { "@odata.type": "#microsoft.graph.configurationManagerCollectionAssignmentTarget", collectionId: "SMS0001" } })).toBe(
      "Configuration Manager collection SMS0001",
    );
    expect(assignmentWords({ target: { "@odata.type": groupType, groupId: "g1", deviceAndAppManagementAssignmentFilterId: "f1" } })).toBe("Group g1 (include filter f1)");
    expect(
      assignmentWords({ target: { "@odata.type": groupType, groupId: "g1", deviceAndAppManagementAssignmentFilterId: "f1", deviceAndAppManagementAssignmentFilterType: "exclude" }, names: { filter: "iPads" } }),
    ).toBe("Group g1 (exclude filter iPads)");
  });

  it("leaves out an empty filter id, and shows a type it does not know as Graph spells it", () => {
    expect(assignmentWords({ target: { "@odata.type": groupType, groupId: "g1", deviceAndAppManagementAssignmentFilterId: "" } })).toBe("Group g1");
    expect(assignmentWords({ target: { "@odata.type": groupType, groupId: "g1", deviceAndAppManagementAssignmentFilterId: null } })).toBe("Group g1");
    expect(assignmentWords({ target: { "@odata.type": groupType, groupId: "g1", deviceAndAppManagementAssignmentFilterId: 123 } })).toBe("Group g1");
    expect(assignmentWords({ target: { "@odata.type": "#microsoft.graph.somethingNew" } })).toBe("#microsoft.graph.somethingNew");
    expect(assignmentWords({ target: {} })).toBe("Unknown target");
  });
});

describe("the same assignment", () => {
  it("is the same target and filter whatever the case of ids or the leading #", () => {
    expect(key({ "@odata.type": "microsoft.graph.groupAssignmentTarget", groupId: "G1" })).toBe(key({ "@odata.type": groupType, groupId: "g1" }));
    expect(key({ "@odata.type": groupType, groupId: "g1", deviceAndAppManagementAssignmentFilterId: "F1", deviceAndAppManagementAssignmentFilterType: "Include" })).toBe(
      key({ "@odata.type": groupType, groupId: "g1", deviceAndAppManagementAssignmentFilterId: "f1", deviceAndAppManagementAssignmentFilterType: "include" }),
    );
  });

  it("treats filter type none as no filter type", () => {
    expect(key({ "@odata.type": groupType, groupId: "g1", deviceAndAppManagementAssignmentFilterType: "none" })).toBe(key({ "@odata.type": groupType, groupId: "g1" }));
  });

  it("is not a different type, group, collection, filter or filter type", () => {
    const base = { "@odata.type": groupType, groupId: "g1", deviceAndAppManagementAssignmentFilterId: "f1", deviceAndAppManagementAssignmentFilterType: "include" };
    for (const other of [
      { ...base, "@odata.type": "#microsoft.graph.exclusionGroupAssignmentTarget" },
      { ...base, groupId: "g2" },
      { ...base, deviceAndAppManagementAssignmentFilterId: "f2" },
      { ...base, deviceAndAppManagementAssignmentFilterType: "exclude" },
    ]) {
      expect(key(other)).not.toBe(key(base));
    }
    const collection = "#microsoft.graph.configurationManagerCollectionAssignmentTarget";
    expect(key({ "@odata.type": collection, collectionId: "A" })).not.toBe(key({ "@odata.type": collection, collectionId: "B" }));
  });

  it("does not run one id into the next", () => {
    expect(key({ "@odata.type": groupType, groupId: "g1", deviceAndAppManagementAssignmentFilterId: "f1", deviceAndAppManagementAssignmentFilterType: "none" })).not.toBe(
      key({ "@odata.type": groupType, groupId: "g1f1" }),
    );
  });
});
