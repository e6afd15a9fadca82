import { describe, expect, it } from "vitest";
import { actorWords, describeAuditEvent, referencedIds, type AuditEvent } from "../audit-event-words";
import { labelOf, deviceManagementPartnerAppType, deviceManagementPartnerTenantState } from "../enums";
import { propertiesOf, resourceNames } from "../resources";

const group = (groupId: string, extra: Record<string, unknown> = {}) => ({ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId, ...extra } });
const names: Record<string, string> = { g1: "Sales", g2: "Finance", f1: "Corporate iPads" };
const options = { groupName: (id: string) => names[id], filterName: (id: string) => names[id], dateTime: (iso: string) => `local(${iso})` };

function event(modifiedProperties: { displayName: string; oldValue: string | null; newValue: string | null }[], overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: "e1",
    displayName: "Patch DeviceManagementPartner",
    activityOperationType: "Patch",
    activityDateTime: "2026-11-30T10:00:00Z",
    actor: { userPrincipalName: "megan@contoso.example", applicationDisplayName: "Intune Partner Console", auditActorType: "ItPro" },
    resources: [{ resourceId: "p1", displayName: "Jamf Pro", type: "DeviceManagementPartner", modifiedProperties }],
    ...overrides,
  };
}

/** An old and a new value of each kind, and the words the console must show for them. */
function sample(name: string, kind: string, members?: readonly string[]): { old: unknown; next: unknown; from: string; to: string } | undefined {
  if (kind === "enum") {
    const e = name === "partnerAppType" ? deviceManagementPartnerAppType : deviceManagementPartnerTenantState;
    return { old: members![0], next: members![2], from: labelOf(e, members![0]!), to: labelOf(e, members![2]!) };
  }
  if (kind === "boolean") return { old: false, next: true, from: "No", to: "Yes" };
  if (kind === "dateTimeOffset") return { old: null, next: "2026-12-31T23:59:59.1234567Z", from: "Not set", to: "local(2026-12-31T23:59:59.1234567Z)" };
  if (kind === "string") return { old: "Old", next: "New", from: "Old", to: "New" };
  return undefined;
}

describe("audit events in the console's words", () => {
  for (const resource of resourceNames) {
    for (const version of ["beta", "v1.0"] as const) {
      for (const property of propertiesOf(resource, version)) {
        it(`${resource} (${version}): ${property.name}`, () => {
          if (property.kind === "collection") {
            const words = describeAuditEvent(
              event([{ displayName: property.name, oldValue: JSON.stringify([group("g1"), group("g2")]), newValue: JSON.stringify([group("g2"), group("g3", { deviceAndAppManagementAssignmentFilterId: "f1", deviceAndAppManagementAssignmentFilterType: "exclude" })]) }]),
              options,
            );
            expect(words.changes).toEqual([{ kind: "assignments", property: property.name, label: expect.not.stringMatching(new RegExp(`^${property.name}$`)), added: ["Group g3 (exclude filter Corporate iPads)"], removed: ["Group Sales"] }]);
            return;
          }
          const s = sample(property.name, property.kind, property.members)!;
          const words = describeAuditEvent(event([{ displayName: property.name, oldValue: JSON.stringify(s.old), newValue: JSON.stringify(s.next) }]), options);
          expect(words.changes).toHaveLength(1);
          const change = words.changes[0]!;
          expect(change.kind).toBe("value");
          expect(change.label).not.toBe(property.name);
          expect(change).toMatchObject({ from: s.from, to: s.to });
        });
      }
    }
  }

  it("names the operation, the actor and the partner", () => {
    expect(describeAuditEvent(event([], { activityOperationType: "Create" }))).toMatchObject({ operation: "Created", who: "megan@contoso.example", resourceId: "p1", resourceName: "Jamf Pro" });
    expect(describeAuditEvent(event([], { activityOperationType: "Delete" })).operation).toBe("Deleted");
    expect(describeAuditEvent(event([], { activityOperationType: "Action", activity: "terminate" })).operation).toBe("Terminated");
    expect(describeAuditEvent(event([], { activityOperationType: "Action", activity: "sync", activityType: "Sync DeviceManagementPartner" })).operation).toBe("Sync DeviceManagementPartner");
    expect(actorWords(event([], { actor: { applicationDisplayName: "Jamf Pro connector" } }))).toBe("Jamf Pro connector");
    expect(actorWords(event([], { actor: null }))).toBe("Unknown actor");
  });

  it("reads capitalised property names, shows unknown properties as Graph spells them, and keeps text that is not JSON", () => {
    const words = describeAuditEvent(event([
      { displayName: "DisplayName", oldValue: '"A"', newValue: '"B"' },
      { displayName: "somethingGraphAddedLater", oldValue: "1", newValue: "2" },
      { displayName: "singleTenantAppId", oldValue: "not json", newValue: null },
    ]));
    expect(words.changes).toEqual([
      { kind: "value", property: "displayName", label: "Display name", from: "A", to: "B" },
      { kind: "value", property: "somethingGraphAddedLater", label: "somethingGraphAddedLater", from: "1", to: "2" },
      { kind: "value", property: "singleTenantAppId", label: "Single tenant app ID", from: "not json", to: "Not set" },
    ]);
  });

  it("treats reordered assignments as unchanged and lists the ids to name", () => {
    const e = event([{ displayName: "groupsRequiringPartnerEnrollment", oldValue: JSON.stringify([group("g1"), group("g2")]), newValue: JSON.stringify([group("g2"), group("g1", { deviceAndAppManagementAssignmentFilterId: "f1" })]) }]);
    expect(describeAuditEvent(e, options).changes[0]).toMatchObject({ added: ["Group Sales (include filter Corporate iPads)"], removed: ["Group Sales"] });
    expect(referencedIds(e)).toEqual({ groups: ["g1", "g2"], filters: ["f1"] });
  });
});
