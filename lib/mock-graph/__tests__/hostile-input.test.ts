import { afterEach, describe, expect, it, vi } from "vitest";
import { maxAssignmentsPerList, maxStringLength } from "../../graph/value-limits";
import { maxEntitiesPerCollection } from "../entity-collection";
import { FaultInjector } from "../fault-injector";
import { createMockGraph } from "../mock-graph";
import { queryLimits } from "../odata/parse-query";
import { Throttling } from "../throttling";
import { call, cmpBeta, dmp, jwt } from "./call";

const query = (options: Record<string, string>) => `${dmp}?${new URLSearchParams(options).toString()}`;

afterEach(() => vi.restoreAllMocks());

describe("OData cost limits", () => {
  const graph = createMockGraph({ throttling: "off" });

  it.each<[string, Record<string, string>]>([
    ["one $orderby key repeated 338 times", { $orderby: Array(338).fill("displayName").join(",") }],
    ["a key repeated twice", { $orderby: "displayName asc,displayName desc" }],
    [`more than ${queryLimits.orderByKeys} keys`, { $orderby: "displayName,partnerState,partnerAppType,isConfigured,lastHeartbeatDateTime,singleTenantAppId" }],
    ["a $filter 6,000 parentheses deep", { $filter: `${"(".repeat(6000)}displayName eq 'a'${")".repeat(6000)}` }],
    ["a $filter 11 parentheses deep", { $filter: `${"(".repeat(11)}displayName eq 'a'${")".repeat(11)}` }],
    ["a $filter of 3,000 nots", { $filter: `${"not ".repeat(3000)}displayName eq 'a'` }],
    ["a $filter of 1,000 nots (within the length cap)", { $filter: `${"not ".repeat(1000)}displayName eq 'a'` }],
    ["a $filter of 33 comparisons", { $filter: Array(33).fill("displayName eq 'a'").join(" or ") }],
  ])("refuses %s with a 400 naming the option", async (_name, options) => {
    const response = await call(graph, "GET", query(options));
    expect(response.status).toBe(400);
    expect(response.json.error!.code).toBe("BadRequest");
    expect(response.json.error!.target).toBe(options.$orderby ? "$orderby" : "$filter");
  });

  it("takes the largest query within the limits", async () => {
    const filter = Array(queryLimits.filterClauses).fill("startswith(displayName, 'c')").join(" or ");
    const nestedFilter = `${"(".repeat(queryLimits.filterDepth)}displayName ne 'x'${")".repeat(queryLimits.filterDepth)}`;
    const orderby = "displayName desc,partnerState,partnerAppType,isConfigured,lastHeartbeatDateTime desc";
    expect((await call(graph, "GET", query({ $filter: filter, $orderby: orderby }))).status).toBe(200);
    expect((await call(graph, "GET", query({ $filter: nestedFilter }))).status).toBe(200);
  });

  it("parses each row's dates once per sort and per filter, not once per comparison", async () => {
    const big = createMockGraph({ throttling: "off" });
    await big.resetTenant("tenant-a", { deviceManagementPartners: 2000 });
    const parse = vi.spyOn(Date, "parse");
    const sorted = await call(big, "GET", query({ $orderby: "lastHeartbeatDateTime desc", $top: "1" }));
    expect(sorted.status).toBe(200);
    expect(parse.mock.calls.length).toBeLessThanOrEqual(2000 + 10);
    parse.mockClear();
    const filter = Array(10).fill("lastHeartbeatDateTime gt 2020-01-01T00:00:00Z").join(" and ");
    expect((await call(big, "GET", query({ $filter: filter, $top: "1" }))).status).toBe(200);
    expect(parse.mock.calls.length).toBeLessThanOrEqual(2000 + 20);
  });
});

describe("size caps on what a caller may store", () => {
  it("refuses a 1 MB displayName, and one character over the cap, naming the property; changes nothing", async () => {
    const graph = createMockGraph({ throttling: "off" });
    const before = (await call(graph, "GET", `${dmp}?$count=true&$top=0`)).json["@odata.count"];
    for (const displayName of ["x".repeat(1024 * 1024 - 100), "x".repeat(maxStringLength + 1)]) {
      const response = await call(graph, "POST", dmp, { body: { displayName } });
      expect(response.status).toBe(400);
      expect(response.json.error!.target).toBe("displayName");
      expect(response.json.error!.message).toContain(`longer than ${maxStringLength} characters`);
    }
    expect((await call(graph, "POST", dmp, { body: { displayName: "x".repeat(maxStringLength) } })).status).toBe(201);
    expect((await call(graph, "GET", `${dmp}?$count=true&$top=0`)).json["@odata.count"]).toBe((before as number) + 1);
  });

  it("caps assignment lists and the strings in them", async () => {
    const graph = createMockGraph({ throttling: "off" });
    const target = (groupId: string) => ({ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId } });
    const many = await call(graph, "POST", cmpBeta, { body: { displayName: "c", iosEnrollmentAssignments: Array(maxAssignmentsPerList + 1).fill(target("g")) } });
    expect(many.status).toBe(400);
    expect(many.json.error!.target).toBe("iosEnrollmentAssignments");
    const long = await call(graph, "POST", cmpBeta, { body: { displayName: "c", iosEnrollmentAssignments: [target("g".repeat(maxStringLength + 1))] } });
    expect(long.status).toBe(400);
    expect(long.json.error!.target).toBe("iosEnrollmentAssignments[0].target.groupId");
  });

  it(`stops at ${maxEntitiesPerCollection} partners of a kind per tenant with Graph's quota error`, async () => {
    const graph = createMockGraph({ throttling: "off" });
    await graph.resetTenant("tenant-a", { deviceManagementPartners: maxEntitiesPerCollection });
    const refused = await call(graph, "POST", dmp, { body: { displayName: "one too many" } });
    expect(refused.status).toBe(400);
    expect(refused.json.error!.code).toBe("Directory_QuotaExceeded");
    expect((await call(graph, "GET", `${dmp}?$count=true&$top=0`)).json["@odata.count"]).toBe(maxEntitiesPerCollection);
    expect((await call(graph, "GET", `${dmp}?$filter=displayName eq 'one too many'`)).json.value).toHaveLength(0);
  });

  it("stops reading a chunked body at 1 MB, in the gateway's words", async () => {
    const graph = createMockGraph({ throttling: "off" });
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 10 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request(`http://mock.test${dmp}`, {
      method: "POST",
      headers: { authorization: "Bearer tenant-a", "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    const response = await graph.handle(request);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe("The request body is larger than 1 MB.");
    expect(pulled).toBeLessThanOrEqual(1024 * 1024 + 3 * chunk.byteLength);
  });
});

describe("client-request-id and tenant namespaces", () => {
  it.each([
    ["8,000 characters", "a".repeat(8000)],
    ["markup", "<script>alert(1)</script>"],
    ["control characters", "abc\tdef"],
  ])("does not echo a client-request-id of %s", async (_name, sent) => {
    const graph = createMockGraph({ throttling: "off" });
    for (const path of [dmp, `${dmp}/nope`]) {
      const response = await call(graph, "GET", path, { headers: { "client-request-id": sent } });
      const echoed = response.headers.get("client-request-id")!;
      expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.text).not.toContain(sent);
    }
    const good = await call(graph, "GET", dmp, { headers: { "client-request-id": "ok-123" } });
    expect(good.headers.get("client-request-id")).toBe("ok-123");
  });

  it("keeps demo sandboxes out of reach of bearer tokens", async () => {
    const graph = createMockGraph({ throttling: "off" });
    const sandbox = "sandbox:0123456789abcdef0123456789abcdef";
    await graph.resetTenant(sandbox, { deviceManagementPartners: 3 });
    for (const token of [sandbox, "0123456789abcdef0123456789abcdef", jwt({ tid: sandbox })]) {
      const response = await call(graph, "GET", `${dmp}?$count=true`, { token });
      if (response.status === 200) expect(response.json["@odata.count"]).not.toBe(3);
      else expect(response.json.error!.code).toBe("InvalidAuthenticationToken");
    }
    expect((await call(graph, "GET", dmp, { token: sandbox })).status).toBe(401);
  });
});

describe("maps that must not only grow", () => {
  it("drops throttling windows whose requests aged out: 10,000 tenants, an hour later", () => {
    let now = Date.parse("2026-01-01T00:00:00Z");
    const throttling = new Throttling(() => new Date(now));
    for (let i = 0; i < 10_000; i++) throttling.check(`tenant-${i}`, "app", i % 2 === 0);
    expect(throttling.trackedKeys).toBe(30_000);
    now += 3_600_000;
    for (let i = 0; i < 1000; i++) throttling.check("tenant-now", "app", false);
    expect(throttling.trackedKeys).toBeLessThanOrEqual(2);
  });

  it("keys windows by a hash, not by a 16 KB token, and caps how many it keeps", () => {
    const throttling = new Throttling(() => new Date(0), 100);
    for (let i = 0; i < 500; i++) throttling.check(`${"t".repeat(16 * 1024)}${i}`, `app-${i}`, true);
    expect(throttling.trackedKeys).toBeLessThanOrEqual(104);
    expect(throttling.longestKey).toBeLessThanOrEqual(60);
  });

  it("keeps per-tenant faults for at most as many tenants as are kept", async () => {
    const faults = new FaultInjector(undefined, () => 0, 50);
    for (let i = 0; i < 1000; i++) faults.setTenantFaults(`${"t".repeat(1000)}${i}`, { rate: 1, codes: [500] });
    expect(faults.trackedTenants).toBe(50);
    expect(await faults.inject(`${"t".repeat(1000)}999`, "GET")).toBeDefined();
    expect(await faults.inject(`${"t".repeat(1000)}0`, "GET")).toBeUndefined();
    faults.setTenantFaults(`${"t".repeat(1000)}999`, undefined);
    expect(faults.trackedTenants).toBe(49);
  });
});
