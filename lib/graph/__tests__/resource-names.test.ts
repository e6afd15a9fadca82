import { describe, expect, it } from "vitest";
import { isApiVersion } from "../api-version";
import { isResourceName, propertiesOf } from "../resources";

// Route parameters reach these guards straight from the URL: only the two partner collections and two versions pass.

describe("isResourceName and isApiVersion", () => {
  it.each([
    ["deviceManagementPartners", true],
    ["complianceManagementPartners", true],
    ["groups", false],
    ["toString", false],
    ["__proto__", false],
    [undefined, false],
  ])("%s is a resource: %s", (value, expected) => {
    expect(isResourceName(value)).toBe(expected);
  });

  it.each([
    ["v1.0", true],
    ["beta", true],
    ["V1.0", false],
    [["beta"], false],
    [undefined, false],
  ])("%j is a version: %s", (value, expected) => {
    expect(isApiVersion(value)).toBe(expected);
  });
});

describe("propertiesOf", () => {
  it("describes each declared property for $select, $filter and $orderby, without OData annotations", () => {
    const properties = propertiesOf("complianceManagementPartners", "v1.0");
    expect(properties.map((p) => p.name)).not.toContain("@odata.type");
    const byName = Object.fromEntries(properties.map((p) => [p.name, p]));
    expect(byName.displayName).toEqual({ name: "displayName", nullable: true, kind: "string" });
    expect(byName.lastHeartbeatDateTime).toEqual({ name: "lastHeartbeatDateTime", nullable: false, kind: "dateTimeOffset" });
    expect(byName.macOsOnboarded).toEqual({ name: "macOsOnboarded", nullable: false, kind: "boolean" });
    expect(byName.macOsEnrollmentAssignments).toEqual({ name: "macOsEnrollmentAssignments", nullable: true, kind: "collection" });
    expect(byName.id).toEqual({ name: "id", nullable: false, kind: "string" });
  });
});
