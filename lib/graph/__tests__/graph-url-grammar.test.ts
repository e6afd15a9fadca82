import { describe, expect, it } from "vitest";
import { GraphError } from "../graph-error";
import { graphPathOf, graphTargetOf, parseGraphPath, type GraphPath } from "../graph-url-grammar";

// The gateway's allow-list: a path is one of these Graph URLs, or the 400/405 Graph itself answers.

const partners = ["deviceManagement", "deviceManagementPartners"];
const audit = ["deviceManagement", "auditEvents"];

function refusal(segments: string[], method = "GET") {
  const result = graphTargetOf(segments, method);
  if (result.ok) throw new Error(`expected ${segments.join("/")} to be refused`);
  const { status, code, message, target } = result.error;
  return { status, code, message, target, allow: result.allow };
}

const notFound = (segment: string) => ({
  status: 400,
  code: "BadRequest",
  message: `Resource not found for the segment '${segment}'.`,
  target: undefined,
  allow: undefined,
});

describe("parseGraphPath", () => {
  it("reads the collections, items, $count, actions and functions Graph has here", () => {
    expect(parseGraphPath(["v1.0", ...partners])).toEqual({ version: "v1.0", kind: "collection", endpoint: "deviceManagementPartners" });
    expect(parseGraphPath(["beta", ...partners, "p-1"])).toEqual({ version: "beta", kind: "item", endpoint: "deviceManagementPartners", id: "p-1" });
    expect(parseGraphPath(["v1.0", ...partners, "$count"])).toEqual({ version: "v1.0", kind: "count", endpoint: "deviceManagementPartners" });
    expect(parseGraphPath(["v1.0", ...partners, "p-1", "terminate"])).toEqual({
      version: "v1.0",
      kind: "action",
      endpoint: "deviceManagementPartners",
      id: "p-1",
      action: "terminate",
    });
    expect(parseGraphPath(["v1.0", ...audit, "getAuditCategories()"])).toEqual({
      version: "v1.0",
      kind: "function",
      endpoint: "auditEvents",
      name: "getAuditCategories",
      argument: undefined,
    });
    expect(parseGraphPath(["beta", ...audit, "getAuditActivityTypes(category='Device partner')"])).toEqual({
      version: "beta",
      kind: "function",
      endpoint: "auditEvents",
      name: "getAuditActivityTypes",
      argument: "Device partner",
    });
    expect(parseGraphPath(["v1.0", "groups", "g-1"])).toEqual({ version: "v1.0", kind: "item", endpoint: "groups", id: "g-1" });
    expect(parseGraphPath(["beta", "$batch"])).toEqual({ version: "beta", kind: "batch" });
  });

  it("reads OData key syntax as a key segment", () => {
    expect(parseGraphPath(["v1.0", "deviceManagement", "deviceManagementPartners('p-1')"])).toEqual({
      version: "v1.0",
      kind: "item",
      endpoint: "deviceManagementPartners",
      id: "p-1",
    });
    expect(parseGraphPath(["v1.0", "deviceManagement", "deviceManagementPartners('p-1')", "terminate"])).toMatchObject({ kind: "action", id: "p-1" });
  });

  it("refuses a version Graph does not have", () => {
    const invalid = (version: string) => new GraphError(400, `Invalid version: '${version}'. Use 'beta' or 'v1.0'.`, { code: "BadRequest" });
    expect(parseGraphPath(["v2.0", ...partners])).toEqual(invalid("v2.0"));
    expect(parseGraphPath([])).toEqual(invalid(""));
    expect((parseGraphPath(["V1.0", "$batch"]) as GraphError).message).toBe("Invalid version: 'V1.0'. Use 'beta' or 'v1.0'.");
  });

  it("takes $batch only alone at the version's root", () => {
    expect(refusal(["v1.0", "$batch", "x"])).toEqual(notFound("$batch"));
    expect(refusal(["v1.0", "deviceManagement", "$batch"])).toEqual(notFound("$batch"));
  });

  it("names the first segment it does not know, after deviceManagement", () => {
    expect(refusal(["v1.0", "deviceManagement", "managedDevices"])).toEqual(notFound("managedDevices"));
    expect(refusal(["v1.0", "users", "u-1"])).toEqual(notFound("users"));
    expect(refusal(["v1.0", "deviceManagement"])).toEqual(notFound("deviceManagement"));
    expect(refusal(["v1.0"])).toEqual(notFound(""));
  });

  it("refuses a resource in a version that does not have it", () => {
    expect(refusal(["v1.0", "deviceManagement", "assignmentFilters"])).toEqual(notFound("assignmentFilters"));
    expect(parseGraphPath(["beta", "deviceManagement", "assignmentFilters"])).toMatchObject({ kind: "collection" });
  });

  it("refuses segments past an action, an action Graph does not bind there, and a bad key", () => {
    expect(refusal(["v1.0", ...partners, "p-1", "terminate", "now"])).toEqual(notFound("now"));
    expect(refusal(["v1.0", "deviceManagement", "complianceManagementPartners", "c-1", "terminate"])).toEqual(notFound("terminate"));
    expect(refusal(["v1.0", ...partners, ".hidden"])).toEqual(notFound(".hidden"));
  });

  it("has $count only where Graph counts", () => {
    expect(refusal(["v1.0", "groups", "$count"])).toEqual(notFound("$count"));
    expect(refusal(["v1.0", ...partners, "$count", "x"])).toEqual(notFound("$count"));
  });

  it("calls only the functions of the collection, with nothing after them", () => {
    expect(refusal(["v1.0", ...partners, "getAuditCategories()"])).toEqual(notFound("getAuditCategories()"));
    expect(refusal(["v1.0", ...audit, "getAuditCategories()", "x"])).toEqual(notFound("getAuditCategories()"));
  });

  it("refuses a function called with the wrong parameters", () => {
    const takes = (message: string) => ({ status: 400, code: "BadRequest", message, target: undefined, allow: undefined });
    expect(refusal(["v1.0", ...audit, "getAuditCategories(category='Device')"])).toEqual(takes("The function getAuditCategories takes no parameters."));
    const one = takes("The function getAuditActivityTypes takes one parameter, category='...'.");
    expect(refusal(["v1.0", ...audit, "getAuditActivityTypes()"])).toEqual(one);
    expect(refusal(["v1.0", ...audit, "getAuditActivityTypes(name='Device')"])).toEqual(one);
    expect(refusal(["v1.0", ...audit, "getAuditActivityTypes(category='a;b')"])).toEqual(one);
    expect(refusal(["v1.0", ...audit, `getAuditActivityTypes(category='${"a".repeat(65)}')`])).toEqual(one);
  });
});

describe("graphTargetOf", () => {
  it("joins the method to the path as one operation", () => {
    expect(graphTargetOf(["v1.0", ...partners], "POST")).toEqual({
      ok: true,
      target: { version: "v1.0", kind: "collection", endpoint: "deviceManagementPartners", operation: "create" },
    });
    expect(graphTargetOf(["v1.0", "$batch"], "POST")).toEqual({ ok: true, target: { version: "v1.0", kind: "batch", operation: "batch" } });
  });

  it("answers a method the resource does not take with a 405 listing the ones it does", () => {
    expect(refusal(["v1.0", ...partners], "PUT")).toEqual({
      status: 405,
      code: "BadRequest",
      message: "The method PUT is not allowed on this resource. Allowed: GET, POST.",
      target: undefined,
      allow: ["GET", "POST"],
    });
    expect(refusal(["v1.0", "groups"], "constructor")).toMatchObject({ status: 405, allow: ["GET"] });
  });
});

describe("graphPathOf", () => {
  it.each<[GraphPath, string]>([
    [{ version: "v1.0", kind: "batch" }, "/v1.0/$batch"],
    [{ version: "beta", kind: "count", endpoint: "deviceManagementPartners" }, "/beta/deviceManagement/deviceManagementPartners/$count"],
    [{ version: "v1.0", kind: "action", endpoint: "deviceManagementPartners", id: "p 1", action: "terminate" }, "/v1.0/deviceManagement/deviceManagementPartners/p%201/terminate"],
    [{ version: "v1.0", kind: "function", endpoint: "auditEvents", name: "getAuditCategories" }, "/v1.0/deviceManagement/auditEvents/getAuditCategories()"],
    [
      { version: "v1.0", kind: "function", endpoint: "auditEvents", name: "getAuditActivityTypes", argument: "Device partner" },
      "/v1.0/deviceManagement/auditEvents/getAuditActivityTypes(category='Device%20partner')",
    ],
    [{ version: "v1.0", kind: "function", endpoint: "auditEvents", name: "getAuditActivityTypes" }, "/v1.0/deviceManagement/auditEvents/getAuditActivityTypes()"],
  ])("builds %j as %s", (target, path) => {
    expect(graphPathOf(target)).toBe(path);
  });
});
