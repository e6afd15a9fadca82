import { describe, expect, it } from "vitest";
import { describeAuditEvent, referencedIds, type AuditEvent, type AuditProperty } from "../audit-event-words";

// What the History view shows for the audit events real tenants write, including the odd ones.
const group = (groupId: string) => ({ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId } });
const allDevices = { target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget", deviceAndAppManagementAssignmentFilterId: "f9" } };
const groups = "groupsRequiringPartnerEnrollment";
const label = "Groups requiring partner enrollment";

function event(overrides: Partial<AuditEvent> = {}, modifiedProperties: AuditProperty[] = []): AuditEvent {
  return { id: "e1", activityDateTime: "2026-11-30T10:00:00Z", resources: [{ resourceId: "p1", displayName: "Jamf Pro", modifiedProperties }], ...overrides };
}
const change = (property: AuditProperty) => describeAuditEvent(event({}, [property])).changes;

describe("the operation an audit event names", () => {
  it("reads Patch and Update, in any case, as Updated", () => {
    for (const activityOperationType of ["Patch", "patch", "Update", "UPDATE"]) {
      expect(describeAuditEvent(event({ activityOperationType, activityType: "Patch DeviceManagementPartner" })).operation).toBe("Updated");
    }
  });

  it("calls an action Terminated when its activity, activity type or display name says terminate", () => {
    expect(describeAuditEvent(event({ activityOperationType: "Action", activityType: "Terminate DeviceManagementPartner" })).operation).toBe("Terminated");
    expect(describeAuditEvent(event({ activityOperationType: "Action", displayName: "terminate DeviceManagementPartner" })).operation).toBe("Terminated");
  });

  it("otherwise shows what the event calls itself, and Changed when it says nothing", () => {
    expect(describeAuditEvent(event({ activity: "terminate partner" })).operation).toBe("terminate partner");
    expect(describeAuditEvent(event({ activityOperationType: "Get", activityType: "Terminate" })).operation).toBe("Terminate");
    expect(describeAuditEvent(event({ activityOperationType: "Sync" })).operation).toBe("Sync");
    expect(describeAuditEvent(event()).operation).toBe("Changed");
  });
});

describe("an event with no resource or no changed properties", () => {
  it("names no partner and lists no change", () => {
    for (const resources of [null, undefined, []]) {
      expect(describeAuditEvent(event({ resources }))).toEqual({ operation: "Changed", who: "Unknown actor", resourceId: undefined, resourceName: undefined, changes: [] });
      expect(referencedIds(event({ resources }))).toEqual({ groups: [], filters: [] });
    }
    expect(describeAuditEvent(event({ resources: [{ resourceId: null, displayName: null, modifiedProperties: null }] }))).toMatchObject({ resourceId: undefined, resourceName: undefined, changes: [] });
  });

  it("skips a changed property that has no name", () => {
    expect(describeAuditEvent(event({}, [{ displayName: "", oldValue: '"a"', newValue: '"b"' }, { oldValue: "1", newValue: "2" }, { displayName: "displayName", oldValue: '"a"', newValue: '"b"' }])).changes).toEqual([
      { kind: "value", property: "displayName", label: "Display name", from: "a", to: "b" },
    ]);
  });
});

describe("assignment changes", () => {
  it("reads a first assignment list, whether the old value is null, missing or empty text", () => {
    const expected = [{ kind: "assignments", property: groups, label, added: ["Group g1"], removed: [] }];
    const newValue = JSON.stringify([group("g1")]);
    expect(change({ displayName: groups, oldValue: null, newValue })).toEqual(expected);
    expect(change({ displayName: groups, newValue })).toEqual(expected);
    expect(change({ displayName: groups, oldValue: "", newValue })).toEqual(expected);
    expect(change({ displayName: groups, oldValue: "[]", newValue })).toEqual(expected);
  });

  it("reads every assignment removed, and names groups and filters by id when no names are given", () => {
    expect(change({ displayName: groups, oldValue: JSON.stringify([group("g1"), allDevices]), newValue: null })).toEqual([
      { kind: "assignments", property: groups, label, added: [], removed: ["Group g1", "All devices (include filter f9)"] },
    ]);
  });

  it("shows as a value anything that is not a list of assignments: null both sides, a list with a stranger", () => {
    expect(change({ displayName: groups, oldValue: null, newValue: null })).toEqual([{ kind: "value", property: groups, label, from: "Not set", to: "Not set" }]);
    expect(change({ displayName: groups, oldValue: null, newValue: "[null]" })).toEqual([{ kind: "value", property: groups, label, from: "Not set", to: "[null]" }]);
    expect(change({ displayName: groups, oldValue: null, newValue: '[{"id":"x"}]' })).toEqual([{ kind: "value", property: groups, label, from: "Not set", to: '[{"id":"x"}]' }]);
    const mixed = JSON.stringify([group("g1"), "g2"]);
    expect(change({ displayName: groups, oldValue: null, newValue: mixed })).toEqual([{ kind: "value", property: groups, label, from: "Not set", to: mixed }]);
  });

  it("lists only the group and filter ids that assignments name, once each", () => {
    const e = event({}, [
      { displayName: "displayName", oldValue: '"a"', newValue: '"b"' },
      { displayName: groups, oldValue: JSON.stringify([group("g1"), allDevices]), newValue: JSON.stringify([group("g1"), group("g2")]) },
    ]);
    expect(referencedIds(e)).toEqual({ groups: ["g1", "g2"], filters: ["f9"] });
  });
});
