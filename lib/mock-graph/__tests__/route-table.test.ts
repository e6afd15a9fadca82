import { describe, expect, it } from "vitest";
import { graphEndpoints, graphTargetOf, type GraphEndpointName } from "@/lib/graph/graph-url-grammar";
import { routeTable } from "../route-table";

describe("the mock's route table", () => {
  it("has a handler for every operation, action and function the URL grammar names, and no other", () => {
    for (const name of Object.keys(graphEndpoints) as GraphEndpointName[]) {
      const endpoint = graphEndpoints[name];
      const routes = routeTable[name];
      const declared = new Set<string>([...Object.values(endpoint.collection), ...Object.values(endpoint.item), ...(endpoint.count ? ["count"] : [])]);
      expect(new Set(Object.keys(routes.operations)), name).toEqual(declared);
      expect(Object.keys(routes.actions ?? {}), name).toEqual([...endpoint.actions]);
      expect(Object.keys(routes.functions ?? {}), name).toEqual(endpoint.functions.map((f) => f.name));
    }
  });

  it("declares terminate only on device management partners", () => {
    const id = "4b3a3e3e-0000-4000-a000-000000000001";
    expect(graphTargetOf(["v1.0", "deviceManagement", "deviceManagementPartners", id, "terminate"], "POST").ok).toBe(true);
    const compliance = graphTargetOf(["v1.0", "deviceManagement", "complianceManagementPartners", id, "terminate"], "POST");
    expect(compliance.ok).toBe(false);
    expect(!compliance.ok && compliance.error.status).toBe(400);
    expect(graphTargetOf(["v1.0", "deviceManagement", "deviceManagementPartners", id, "wipe"], "POST").ok).toBe(false);
  });

  it("knows assignment filters only in beta, and audit functions with their parameter", () => {
    expect(graphTargetOf(["beta", "deviceManagement", "assignmentFilters"], "GET").ok).toBe(true);
    expect(graphTargetOf(["v1.0", "deviceManagement", "assignmentFilters"], "GET").ok).toBe(false);
    const post = graphTargetOf(["beta", "deviceManagement", "assignmentFilters"], "POST");
    expect(!post.ok && post.error.status).toBe(405);
    const fn = graphTargetOf(["v1.0", "deviceManagement", "auditEvents", "getAuditActivityTypes(category='Enrollment')"], "GET");
    expect(fn.ok && fn.target).toMatchObject({ kind: "function", name: "getAuditActivityTypes", argument: "Enrollment" });
    expect(graphTargetOf(["v1.0", "deviceManagement", "auditEvents", "getAuditActivityTypes(x='1')"], "GET").ok).toBe(false);
    expect(graphTargetOf(["v1.0", "deviceManagement", "auditEvents", "getAuditCategories()"], "GET").ok).toBe(true);
  });
});
