import { describe, expect, it } from "vitest";
import { operationOf, splitPath, type GraphRequestSpec } from "../graph-operation";

// What the API panel tells an administrator about a call: its kind, the least-privileged permission and the cmdlet.

const read = "DeviceManagementServiceConfig.Read.All";
const write = "DeviceManagementServiceConfig.ReadWrite.All";
const admin = "Microsoft.Graph.DeviceManagement.Administration";
const partners = "/deviceManagement/deviceManagementPartners";
const op = (method: GraphRequestSpec["method"], path: string, version: GraphRequestSpec["version"] = "v1.0", body?: unknown) =>
  operationOf({ method, version, path, body });

describe("splitPath", () => {
  it("decodes the segments and reads the query string, a '+' staying a plus", () => {
    expect(splitPath("/deviceManagement/deviceManagementPartners/p%201?$filter=a+b%20eq%201&$top=5")).toEqual({
      segments: ["deviceManagement", "deviceManagementPartners", "p 1"],
      query: { $filter: "a+b eq 1", $top: "5" },
    });
    expect(splitPath("/groups")).toEqual({ segments: ["groups"], query: {} });
  });
});

describe("operationOf", () => {
  it("reads a collection: list with GET, create with POST where the resource is writable", () => {
    expect(op("GET", partners)).toEqual({
      kind: "list",
      resource: "deviceManagementPartners",
      permission: read,
      cmdlet: { name: "Get-MgDeviceManagementPartner", module: admin },
    });
    expect(op("POST", partners, "beta")).toEqual({
      kind: "create",
      resource: "deviceManagementPartners",
      permission: write,
      cmdlet: { name: "New-MgBetaDeviceManagementPartner", module: "Microsoft.Graph.Beta.DeviceManagement.Administration" },
    });
    expect(op("POST", "/groups")).toBeUndefined();
    expect(op("PATCH", partners)).toBeUndefined();
  });

  it("reads an item: get, update and delete with the id parameter", () => {
    const item = (kind: string, verb: string) => ({
      kind,
      resource: "deviceManagementPartners",
      id: "p-1",
      permission: kind === "get" ? read : write,
      cmdlet: { name: `${verb}-MgDeviceManagementPartner`, module: admin, idParameter: "DeviceManagementPartnerId" },
    });
    expect(op("GET", `${partners}/p-1`)).toEqual(item("get", "Get"));
    expect(op("PATCH", `${partners}/p-1`)).toEqual(item("update", "Update"));
    expect(op("DELETE", `${partners}/p-1`)).toEqual(item("delete", "Remove"));
    expect(op("POST", `${partners}/p-1`)).toBeUndefined();
    expect(op("DELETE", "/groups/g-1")).toBeUndefined();
    expect(op("PATCH", "/groups/g-1")).toBeUndefined();
  });

  it("counts with GET only", () => {
    expect(op("GET", `${partners}/$count`)).toEqual({ kind: "count", resource: "deviceManagementPartners", permission: read });
    expect(op("POST", `${partners}/$count`)).toBeUndefined();
  });

  it("calls a function with GET only, named without its arguments, and nothing after it", () => {
    const audit = "/deviceManagement/auditEvents";
    expect(op("GET", `${audit}/getAuditActivityTypes(category='Device')`)).toEqual({
      kind: "function",
      resource: "auditEvents",
      action: "getAuditActivityTypes",
      permission: "DeviceManagementApps.Read.All",
    });
    expect(op("GET", `${audit}/getAuditCategories()`)).toMatchObject({ kind: "function", action: "getAuditCategories" });
    expect(op("POST", `${audit}/getAuditCategories()`)).toBeUndefined();
    expect(op("GET", `${audit}/getAuditCategories()/more`)).toBeUndefined();
  });

  it("runs a bound action with POST only, where the resource has it", () => {
    expect(op("POST", `${partners}/p-1/terminate`, "beta")).toEqual({
      kind: "action",
      resource: "deviceManagementPartners",
      id: "p-1",
      action: "terminate",
      permission: write,
      cmdlet: { name: "Invoke-MgBetaTerminateDeviceManagementPartner", module: "Microsoft.Graph.Beta.DeviceManagement.Actions", idParameter: "DeviceManagementPartnerId" },
    });
    expect(op("GET", `${partners}/p-1/terminate`)).toBeUndefined();
    expect(op("POST", `${partners}/p-1/terminate/now`)).toBeUndefined();
    expect(op("POST", "/deviceManagement/complianceManagementPartners/c-1/terminate")).toBeUndefined();
    expect(op("POST", "/deviceManagement/auditEvents/a-1/terminate")).toBeUndefined();
  });

  it("knows only the console's resources, where and in the versions Graph has them", () => {
    expect(op("GET", "/deviceManagement/managedDevices")).toBeUndefined();
    expect(op("GET", "/deviceManagement")).toBeUndefined();
    expect(op("GET", "/")).toBeUndefined();
    expect(op("GET", "/deviceManagement/groups")).toBeUndefined();
    expect(op("GET", "/deviceManagementPartners")).toBeUndefined();
    expect(op("GET", "/deviceManagement/assignmentFilters")).toBeUndefined();
    expect(op("GET", "/deviceManagement/assignmentFilters", "beta")).toMatchObject({ kind: "list", permission: "DeviceManagementConfiguration.Read.All" });
    expect(op("GET", "/groups")).toMatchObject({ kind: "list", cmdlet: { name: "Get-MgGroup", module: "Microsoft.Graph.Groups" } });
  });
});

describe("a batch's permission", () => {
  const batch = (requests: unknown, method: GraphRequestSpec["method"] = "POST") => op(method, "/$batch", "v1.0", requests === undefined ? undefined : { requests });

  it("is every permission its requests need, least-privileged, sorted and once each", () => {
    expect(
      batch([
        { method: "get", url: "/groups" },
        { method: "POST", url: partners },
        { method: "GET", url: "/groups/g-1" },
      ]),
    ).toEqual({ kind: "batch", resource: "$batch", permission: `${write}, GroupMember.Read.All` });
  });

  it("leaves out what it cannot read: malformed requests, unknown URLs and a nested batch", () => {
    expect(
      batch([null, { method: 1, url: "/groups" }, { method: "GET", url: 5 }, { method: "GET", url: "/users" }, { method: "POST", url: "/$batch" }, { method: "GET", url: "/groups" }]),
    ).toMatchObject({ permission: "GroupMember.Read.All" });
  });

  it("falls back on reading the partners when it knows nothing of the requests", () => {
    expect(batch(undefined)).toEqual({ kind: "batch", resource: "$batch", permission: read });
    expect(batch({ 0: { method: "GET", url: "/groups" } })).toMatchObject({ permission: read });
    expect(batch([])).toMatchObject({ permission: read });
  });

  it("is only a POST", () => {
    expect(batch([], "GET")).toBeUndefined();
  });
});
