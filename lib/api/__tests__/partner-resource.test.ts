import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GraphError } from "@/lib/graph/graph-error";
import { complianceManagementPartnersApi } from "../compliance-management-partners";
import { deviceManagementPartnersApi } from "../device-management-partners";
import { listPageSize, partnerResource, type PartnerResource } from "../partner-resource";
import { graphErrorAnswer, runQuery, stubGateway } from "./fake-graph";

afterEach(() => vi.unstubAllGlobals());

// Made in each test, so the options' functions are created while the test runs (as a page's render does).
let api: PartnerResource<{ id: string; displayName?: string }>;
beforeEach(() => {
  api = partnerResource<{ id: string; displayName?: string }>("deviceManagementPartners");
});
const base = "/api/graph/beta/deviceManagement/deviceManagementPartners";

describe("partnerResource", () => {
  it("names each partner kind's collection under /deviceManagement", () => {
    expect(deviceManagementPartnersApi.collectionPath).toBe("deviceManagement/deviceManagementPartners");
    expect(deviceManagementPartnersApi.resource).toBe("deviceManagementPartners");
    expect(complianceManagementPartnersApi.collectionPath).toBe("deviceManagement/complianceManagementPartners");
    expect(api.keys.all).toEqual(["graph", "deviceManagementPartners"]);
  });

  it("lists a page of 50 with the view's query, then follows the nextLink", async () => {
    const signal = new AbortController().signal;
    const sent = stubGateway((_, i) =>
      i === 0 ? { body: { value: [{ id: "a", displayName: "A" }], "@odata.count": 2, "@odata.nextLink": `${base}?$skiptoken=1` } } : { body: { value: [{ id: "b" }] } },
    );
    const query = { $orderby: "displayName", $top: "50" };
    const options = api.listOptions("beta", query);
    expect(options.queryKey).toEqual(["graph", "deviceManagementPartners", "beta", "list", query]);
    expect(options.initialPageParam).toBeUndefined();
    const first = await runQuery<{ value: unknown[]; "@odata.nextLink"?: string }>(options, undefined, signal);
    expect(first).toEqual({ value: [{ id: "a", displayName: "A" }], "@odata.count": 2, "@odata.nextLink": `${base}?$skiptoken=1` });
    const next = options.getNextPageParam(first as never, [first as never], undefined, [undefined]);
    expect(next).toBe(`${base}?$skiptoken=1`);
    const second = await runQuery(options, next ?? undefined);
    expect(second).toEqual({ value: [{ id: "b" }] });
    expect(options.getNextPageParam(second as never, [], undefined, [])).toBeUndefined();
    expect(sent.map((r) => r.url)).toEqual([`${base}?$orderby=displayName&$top=50`, `${base}?$skiptoken=1`]);
    expect(listPageSize).toBe(50);
    expect(sent.every((r) => r.headers.Prefer === "odata.maxpagesize=50")).toBe(true);
    expect(sent[0]!.signal).toBe(signal);
  });

  it("reads each listed row as an entity: target types hashed, a row without an id a 502", async () => {
    stubGateway(() => ({ body: { value: [{ id: "a", groups: [{ target: { "@odata.type": "microsoft.graph.allDevicesAssignmentTarget" } }] }] } }));
    const page = await runQuery<{ value: unknown[] }>(api.listOptions("beta", {}));
    expect(page.value).toEqual([{ id: "a", groups: [{ target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }] }]);
    stubGateway(() => ({ body: { value: [{ displayName: "no id" }] } }));
    await expect(runQuery(api.listOptions("beta", {}))).rejects.toMatchObject({ status: 502, code: "BadGateway" });
  });

  it("counts with one id row and $count, filtered when asked; null when Graph gives no count to believe", async () => {
    const sent = stubGateway((_, i) => ({ body: { value: [{ id: "a" }], ...(i < 2 ? { "@odata.count": 42, "@odata.nextLink": `${base}?$skiptoken=1` } : { "@odata.nextLink": `${base}?$skiptoken=1` }) } }));
    const options = api.countOptions("v1.0", "isConfigured eq true");
    expect(options.queryKey).toEqual(["graph", "deviceManagementPartners", "v1.0", "count", "isConfigured eq true"]);
    expect(await runQuery(options)).toBe(42);
    expect(await runQuery(api.countOptions("v1.0", undefined))).toBe(42);
    expect(await runQuery(api.countOptions("v1.0", ""))).toBeNull();
    expect(sent.map((r) => r.url)).toEqual([
      "/api/graph/v1.0/deviceManagement/deviceManagementPartners?$select=id&$top=1&$count=true&$filter=isConfigured%20eq%20true",
      "/api/graph/v1.0/deviceManagement/deviceManagementPartners?$select=id&$top=1&$count=true",
      "/api/graph/v1.0/deviceManagement/deviceManagementPartners?$select=id&$top=1&$count=true",
    ]);
    stubGateway(() => ({ body: { value: [] } }));
    expect(await runQuery(api.countOptions("v1.0", undefined)), "one page, nothing more: the rows are the count").toBe(0);
  });

  it("reads one partner with the JSON exactly as Graph sent it", async () => {
    const raw = { id: "p 1", displayName: "Jamf", groups: [{ target: { "@odata.type": "microsoft.graph.groupAssignmentTarget" } }] };
    const signal = new AbortController().signal;
    const sent = stubGateway(() => ({ body: raw }));
    const options = api.detailOptions("beta", "p 1");
    expect(options.queryKey).toEqual(["graph", "deviceManagementPartners", "beta", "detail", "p 1"]);
    const result = await runQuery<{ entity: unknown; raw: unknown }>(options, undefined, signal);
    expect(result.raw).toEqual(raw);
    expect(result.entity).toEqual({ ...raw, groups: [{ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget" } }] });
    expect(sent).toMatchObject([{ url: `${base}/p%201`, method: "GET" }]);
    expect(sent[0]!.signal).toBe(signal);
  });

  it("answers 502 for a detail without an entity", async () => {
    stubGateway(() => ({ status: 204 }));
    await expect(runQuery(api.detailOptions("beta", "p1"))).rejects.toMatchObject({ status: 502, code: "BadGateway", message: "Graph answered an entity without an id." });
  });

  it("creates with a POST of the body and reads back Graph's entity", async () => {
    const sent = stubGateway(() => ({ status: 201, body: { id: "new", displayName: "X" } }));
    expect(await api.create("beta", { displayName: "X" })).toEqual({ id: "new", displayName: "X" });
    expect(sent).toMatchObject([{ url: base, method: "POST", body: { displayName: "X" }, headers: { "Content-Type": "application/json" } }]);
  });

  it("updates with a PATCH of the changes; 204 is undefined, 200 the entity", async () => {
    const sent = stubGateway((_, i) => (i === 0 ? { status: 204 } : { body: { id: "p1", displayName: "Y" } }));
    expect(await api.update("v1.0", "p1", { displayName: "Y" })).toBeUndefined();
    expect(await api.update("v1.0", "p1", { displayName: "Y" })).toEqual({ id: "p1", displayName: "Y" });
    expect(sent.map((r) => [r.method, r.url, r.body])).toEqual([
      ["PATCH", "/api/graph/v1.0/deviceManagement/deviceManagementPartners/p1", { displayName: "Y" }],
      ["PATCH", "/api/graph/v1.0/deviceManagement/deviceManagementPartners/p1", { displayName: "Y" }],
    ]);
  });

  it("deletes with a DELETE and runs an action with a bodiless POST", async () => {
    const sent = stubGateway(() => ({ status: 204 }));
    await api.remove("beta", "p1");
    await api.action("beta", "p1", "terminate");
    expect(sent.map((r) => [r.method, r.url, r.body])).toEqual([
      ["DELETE", `${base}/p1`, undefined],
      ["POST", `${base}/p1/terminate`, undefined],
    ]);
  });

  it("rejects a failed write with Graph's error and request-id", async () => {
    stubGateway(() => graphErrorAnswer(409, "Conflict", "Already onboarded.", "rid-409"));
    const error = await api.create("beta", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 409, code: "Conflict", message: "Already onboarded.", requestId: "rid-409" });
    await expect(api.remove("beta", "p1")).rejects.toMatchObject({ status: 409, requestId: "rid-409" });
  });
});
