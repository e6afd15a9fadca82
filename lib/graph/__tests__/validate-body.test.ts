import { describe, expect, it } from "vitest";
import type { ApiVersion } from "../api-version";
import { GraphError } from "../graph-error";
import type { ResourceName } from "../resources";
import { validateEntityBody } from "../validate-body";
import { maxAssignmentsPerList, maxStringLength } from "../value-limits";

// The gateway and the mock both answer a bad body with these messages (a 400 whose `target` names the property), and
// the forms show them next to the field: the words are the product, so they are checked exactly.

const device: ResourceName = "deviceManagementPartners";
const compliance: ResourceName = "complianceManagementPartners";
const group = (extra: object = {}) => ({ "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: "g", ...extra });
const targetTypes =
  "#microsoft.graph.allLicensedUsersAssignmentTarget, #microsoft.graph.allDevicesAssignmentTarget, " +
  "#microsoft.graph.groupAssignmentTarget, #microsoft.graph.exclusionGroupAssignmentTarget, " +
  "#microsoft.graph.configurationManagerCollectionAssignmentTarget";

function refusal(resource: ResourceName, version: ApiVersion, body: unknown, operation: "create" | "update" = "create") {
  const result = validateEntityBody(resource, version, operation, body);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(body)}`);
  expect(result.error).toBeInstanceOf(GraphError);
  expect(result.error.status).toBe(400);
  expect(result.error.code).toBe("BadRequest");
  return { message: result.error.message, target: result.error.target };
}

function accepted(resource: ResourceName, version: ApiVersion, body: unknown, operation: "create" | "update" = "create") {
  const result = validateEntityBody(resource, version, operation, body);
  if (!result.ok) throw new Error(`refused: ${result.error.message}`);
  return result.value;
}

describe("validateEntityBody: what is not an entity body", () => {
  it.each([
    ["a string", "x"],
    ["a number", 3],
    ["null", null],
    ["an array", []],
  ])("refuses %s as the whole body, naming the entity type, with no target", (_name, body) => {
    expect(refusal(device, "v1.0", body)).toEqual({
      message: "The request body must be a JSON object representing a microsoft.graph.deviceManagementPartner.",
      target: undefined,
    });
    expect(refusal(compliance, "beta", body, "update").message).toBe(
      "The request body must be a JSON object representing a microsoft.graph.complianceManagementPartner.",
    );
  });

  it("refuses an id on create and on update: the service assigns it", () => {
    for (const operation of ["create", "update"] as const) {
      expect(refusal(device, "beta", { id: "1", displayName: "a" }, operation)).toEqual({
        message: "The property 'id' is read-only: the service assigns it. Remove it from the request body.",
        target: "id",
      });
    }
  });
});

describe("validateEntityBody: accepted bodies", () => {
  it("drops the entity's own @odata.type annotation (with or without #) and keeps the rest as sent", () => {
    for (const annotation of ["#microsoft.graph.deviceManagementPartner", "microsoft.graph.deviceManagementPartner"]) {
      expect(accepted(device, "beta", { "@odata.type": annotation, displayName: "a", isConfigured: true })).toEqual({
        displayName: "a",
        isConfigured: true,
      });
    }
  });

  it("accepts the limits themselves: the longest string and the most assignments", () => {
    const longest = "x".repeat(maxStringLength);
    expect(accepted(device, "beta", { displayName: longest })).toEqual({ displayName: longest });
    const most = Array.from({ length: maxAssignmentsPerList }, () => ({ target: group() }));
    expect(accepted(device, "beta", { groupsRequiringPartnerEnrollment: most }).groupsRequiringPartnerEnrollment).toHaveLength(
      maxAssignmentsPerList,
    );
  });

  it("accepts the seed's assignment shape: annotated assignment, target type without #, answered with #", () => {
    const body = {
      macOsEnrollmentAssignments: [
        {
          "@odata.type": "microsoft.graph.complianceManagementPartnerAssignment",
          target: { "@odata.type": "microsoft.graph.allDevicesAssignmentTarget" },
        },
      ],
    };
    expect(accepted(compliance, "beta", body, "update")).toEqual({
      macOsEnrollmentAssignments: [{ target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }],
    });
  });
});

describe("validateEntityBody: each refusal says what is wrong and where", () => {
  it("names an unknown property, says names are case-sensitive, and targets it", () => {
    expect(refusal(device, "v1.0", { DisplayName: "x" })).toEqual({
      message:
        "The property 'DisplayName' does not exist on microsoft.graph.deviceManagementPartner in the v1.0 API. Property names are case-sensitive.",
      target: "DisplayName",
    });
  });

  it("names every unknown property, in the plural, and targets the first", () => {
    expect(refusal(device, "beta", { DisplayName: "x", Foo: 1 })).toEqual({
      message:
        "The properties 'DisplayName', 'Foo' do not exist on microsoft.graph.deviceManagementPartner in the beta API. Property names are case-sensitive.",
      target: "DisplayName",
    });
  });

  it("refuses a property the version does not have: Linux onboarding is beta only", () => {
    expect(refusal(compliance, "v1.0", { linuxOnboarded: true }, "update")).toEqual({
      message:
        "The property 'linuxOnboarded' does not exist on microsoft.graph.complianceManagementPartner in the v1.0 API. Property names are case-sensitive.",
      target: "linuxOnboarded",
    });
    expect(accepted(compliance, "beta", { linuxOnboarded: true }, "update")).toEqual({ linuxOnboarded: true });
  });

  it("names an unknown property inside an assignment by its full path, and the object it is not on", () => {
    expect(refusal(device, "beta", { groupsRequiringPartnerEnrollment: [{ target: group({ bogus: 1 }) }] })).toEqual({
      message:
        "The property 'groupsRequiringPartnerEnrollment[0].target.bogus' does not exist on the object at " +
        "'groupsRequiringPartnerEnrollment[0].target' in the beta API. Property names are case-sensitive.",
      target: "groupsRequiringPartnerEnrollment[0].target.bogus",
    });
  });

  it("refuses an assignment filter in v1.0 (filters are beta only)", () => {
    const body = { groupsRequiringPartnerEnrollment: [{ target: group({ deviceAndAppManagementAssignmentFilterId: "f" }) }] };
    expect(refusal(device, "v1.0", body).target).toBe(
      "groupsRequiringPartnerEnrollment[0].target.deviceAndAppManagementAssignmentFilterId",
    );
    expect(accepted(device, "beta", body)).toEqual(body);
  });

  it("lists an enum's members when the value is not one of them", () => {
    expect(refusal(device, "beta", { partnerState: "nope" })).toEqual({
      message: "The value for 'partnerState' is not valid: expected one of unknown, unavailable, enabled, terminated, rejected, unresponsive.",
      target: "partnerState",
    });
    const body = { groupsRequiringPartnerEnrollment: [{ target: group({ deviceAndAppManagementAssignmentFilterType: "sideways" }) }] };
    expect(refusal(device, "beta", body)).toEqual({
      message:
        "The value for 'groupsRequiringPartnerEnrollment[0].target.deviceAndAppManagementAssignmentFilterType' is not valid: expected one of none, include, exclude.",
      target: "groupsRequiringPartnerEnrollment[0].target.deviceAndAppManagementAssignmentFilterType",
    });
  });

  it("refuses the other partner kind's @odata.type on the body", () => {
    expect(refusal(device, "beta", { "@odata.type": "#microsoft.graph.complianceManagementPartner" })).toEqual({
      message: "The value for '@odata.type' is not valid: expected one of #microsoft.graph.deviceManagementPartner, microsoft.graph.deviceManagementPartner.",
      target: "@odata.type",
    });
  });

  it.each([
    ["an unknown", { "@odata.type": "#microsoft.graph.nope" }],
    ["a missing", { groupId: "g" }],
  ])("lists the assignment target types when a target has %s @odata.type", (_name, target) => {
    expect(refusal(compliance, "beta", { iosEnrollmentAssignments: [{ target }] }, "update")).toEqual({
      message: `The assignment target at 'iosEnrollmentAssignments[0].target' needs an '@odata.type' of ${targetTypes}.`,
      target: "iosEnrollmentAssignments[0].target.@odata.type",
    });
  });

  it.each(["yesterday", "2026-01-01T00:00:00", "2026-13-01T00:00:00Z"])("asks for a date-time with an offset, not %s", (value) => {
    expect(refusal(device, "beta", { lastHeartbeatDateTime: value })).toEqual({
      message: "The value for 'lastHeartbeatDateTime' must be a date-time with a time zone offset, for example 2026-01-31T09:30:00Z.",
      target: "lastHeartbeatDateTime",
    });
  });

  it.each([
    [{ displayName: 5 }, "displayName", "must be a string, not number"],
    [{ displayName: [] }, "displayName", "must be a string, not array"],
    [{ isConfigured: "yes" }, "isConfigured", "must be a boolean, not string"],
    [{ isConfigured: null }, "isConfigured", "must be a boolean, not null"],
    [{ groupsRequiringPartnerEnrollment: "x" }, "groupsRequiringPartnerEnrollment", "must be an array, not string"],
    [{ groupsRequiringPartnerEnrollment: ["x"] }, "groupsRequiringPartnerEnrollment[0]", "must be an object, not string"],
  ])("names the type expected and the type received: %j", (body, target, words) => {
    expect(refusal(device, "beta", body)).toEqual({ message: `The value for '${target}' ${words}.`, target });
  });

  it("says how long a string may be and how many assignments a list may hold", () => {
    expect(refusal(device, "beta", { displayName: "x".repeat(maxStringLength + 1) })).toEqual({
      message: `The value for 'displayName' is longer than ${maxStringLength} characters.`,
      target: "displayName",
    });
    const tooMany = Array.from({ length: maxAssignmentsPerList + 1 }, () => ({ target: group() }));
    expect(refusal(device, "beta", { groupsRequiringPartnerEnrollment: tooMany })).toEqual({
      message: `The value for 'groupsRequiringPartnerEnrollment' has more than ${maxAssignmentsPerList} items.`,
      target: "groupsRequiringPartnerEnrollment",
    });
  });
});
