import { describe, expect, it } from "vitest";
import { deviceManagementPartnerTenantState, labelOf } from "@/lib/graph/enums";
import { GraphError } from "@/lib/graph/graph-error";
import { readEntity } from "../read-entity";

describe("readEntity", () => {
  it("keeps what Graph sent, including an enum member added after this console was built", () => {
    const sent = { id: "a", displayName: "Jamf Pro", partnerState: "someFutureState", "@odata.etag": "W/1" };
    expect(readEntity(sent)).toEqual(sent);
  });

  it("writes every assignment target's @odata.type with its #, and leaves the rest of the assignment alone", () => {
    const read = readEntity<{ id: string; groupsRequiringPartnerEnrollment: unknown[] }>({
      id: "a",
      groupsRequiringPartnerEnrollment: [
        { target: { "@odata.type": "microsoft.graph.groupAssignmentTarget", groupId: "g" } },
        { target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } },
      ],
    });
    expect(read.groupsRequiringPartnerEnrollment).toEqual([
      { target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: "g" } },
      { target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } },
    ]);
  });

  it("does not change the object it was given", () => {
    const sent = { id: "a", iosEnrollmentAssignments: [{ target: { "@odata.type": "microsoft.graph.allDevicesAssignmentTarget" } }] };
    readEntity(sent);
    expect(sent.iosEnrollmentAssignments[0]!.target["@odata.type"]).toBe("microsoft.graph.allDevicesAssignmentTarget");
  });

  it.each([null, "text", [], { displayName: "no id" }, { id: 7 }])("answers %j with a 502 BadGateway", (value) => {
    let caught: unknown;
    try {
      readEntity(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GraphError);
    expect((caught as GraphError).status).toBe(502);
    expect((caught as GraphError).code).toBe("BadGateway");
  });
});

describe("labelOf", () => {
  it("shows a known member in words and an unknown one as Graph spells it", () => {
    expect(labelOf(deviceManagementPartnerTenantState, "unresponsive")).toBe("Unresponsive");
    expect(labelOf(deviceManagementPartnerTenantState, "someFutureState")).toBe("someFutureState");
  });
});
