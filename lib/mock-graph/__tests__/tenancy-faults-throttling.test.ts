import { describe, expect, it } from "vitest";
import { createMockGraph } from "../mock-graph";
import { call, dmp, jwt } from "./call";

describe("tenancy", () => {
  it("needs a bearer token (401 InvalidAuthenticationToken)", async () => {
    const graph = createMockGraph({ throttling: "off" });
    const res = await call(graph, "GET", dmp, { token: null });
    expect(res.status).toBe(401);
    expect(res.json.error!.code).toBe("InvalidAuthenticationToken");
  });

  it("keeps tenants apart: the tenant is the JWT's tid, else the token itself", async () => {
    const graph = createMockGraph({ throttling: "off" });
    const tokenA1 = jwt({ tid: "tenant-1", scp: "DeviceManagementServiceConfig.ReadWrite.All" });
    const tokenA2 = jwt({ tid: "tenant-1", roles: ["DeviceManagementServiceConfig.ReadWrite.All"], appid: "other-app" });
    const created = await call(graph, "POST", dmp, { token: tokenA1, body: { displayName: "Only in tenant-1" } });
    expect(created.status).toBe(201);
    expect((await call(graph, "GET", `${dmp}/${created.json.id}`, { token: tokenA2 })).status).toBe(200);
    expect((await call(graph, "GET", `${dmp}/${created.json.id}`, { token: jwt({ tid: "tenant-2" }) })).status).toBe(404);
    expect((await call(graph, "GET", `${dmp}/${created.json.id}`, { token: "tenant-3" })).status).toBe(404);
  });

  it("enforces scopes and roles when the token has them (403 naming the permission)", async () => {
    const graph = createMockGraph({ throttling: "off" });
    const reader = jwt({ tid: "t", scp: "openid DeviceManagementServiceConfig.Read.All" });
    expect((await call(graph, "GET", dmp, { token: reader })).status).toBe(200);
    const write = await call(graph, "POST", dmp, { token: reader, body: { displayName: "x" } });
    expect(write.status).toBe(403);
    expect(write.json.error!.code).toBe("Authorization_RequestDenied");
    expect(write.json.error!.message).toContain("DeviceManagementServiceConfig.ReadWrite.All");
    const groupsDenied = await call(graph, "GET", "/v1.0/groups", { token: reader });
    expect(groupsDenied.status).toBe(403);
    expect(groupsDenied.json.error!.message).toContain("Group.Read.All");
    expect((await call(graph, "GET", "/v1.0/groups", { token: jwt({ tid: "t", roles: ["Directory.Read.All"] }) })).status).toBe(200);
    const noScope = await call(graph, "GET", dmp, { token: jwt({ tid: "t", scp: "User.Read" }) });
    expect(noScope.status).toBe(403);
    expect(noScope.json.error!.message).toContain("DeviceManagementServiceConfig.Read.All");
  });

  it("trusts the gateway's tenant: no token, no scope checks", async () => {
    const graph = createMockGraph({ throttling: "off" });
    const res = await graph.handle(new Request("http://console.test/api/graph/v1.0/deviceManagement/deviceManagementPartners?$top=1"), {
      basePath: "/api/graph",
      tenant: "sandbox-1",
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body["@odata.context"]).toBe("http://console.test/api/graph/v1.0/$metadata#deviceManagement/deviceManagementPartners");
    expect(body["@odata.nextLink"]).toMatch(/^http:\/\/console\.test\/api\/graph\/v1\.0\/deviceManagement\/deviceManagementPartners\?\$top=1&\$skiptoken=/);
  });

  it("drops the least recently used tenant past maxTenants (memory only: it comes back re-seeded)", async () => {
    const graph = createMockGraph({ throttling: "off", maxTenants: 2 });
    const created = await call(graph, "POST", dmp, { token: "t1", body: { displayName: "kept?" } });
    const id = created.json.id as string;
    await call(graph, "GET", dmp, { token: "t2" });
    expect((await call(graph, "GET", `${dmp}/${id}`, { token: "t1" })).status).toBe(200);
    await call(graph, "GET", dmp, { token: "t2" });
    await call(graph, "GET", dmp, { token: "t3" });
    await call(graph, "GET", dmp, { token: "t2" });
    expect((await call(graph, "GET", `${dmp}/${id}`, { token: "t1" })).status).toBe(404);
  });

  it("resetTenant re-seeds a tenant", async () => {
    const graph = createMockGraph({ throttling: "off" });
    await call(graph, "POST", dmp, { body: { displayName: "extra" } });
    const before = Number((await call(graph, "GET", `${dmp}/$count`)).text);
    await graph.resetTenant("tenant-a");
    expect(Number((await call(graph, "GET", `${dmp}/$count`)).text)).toBe(before - 1);
  });
});

describe("faults", () => {
  it("injects a per-tenant fault count times, then answers normally", async () => {
    const graph = createMockGraph({ throttling: "off" });
    graph.setTenantFaults("tenant-a", { rate: 1, codes: [503], retryAfter: 2, methods: ["PATCH"], count: 1 });
    const id = (await call(graph, "GET", dmp)).json.value![0]!.id as string;
    const failed = await call(graph, "PATCH", `${dmp}/${id}`, { body: { displayName: "after fault" } });
    expect(failed.status).toBe(503);
    expect(failed.headers.get("retry-after")).toBe("2");
    expect(failed.json.error!.code).toBe("ServiceUnavailable");
    expect((await call(graph, "GET", `${dmp}/${id}`)).json.displayName).not.toBe("after fault");
    expect((await call(graph, "GET", dmp, { token: "tenant-b" })).status).toBe(200);
    const ok = await call(graph, "PATCH", `${dmp}/${id}`, { body: { displayName: "after fault" } });
    expect(ok.status).toBe(200);
  });

  it("applies process-wide faults and clears per-tenant ones", async () => {
    const graph = createMockGraph({ throttling: "off", faults: { rate: 1, codes: [429], retryAfter: 7, count: 1 } });
    const throttled = await call(graph, "GET", dmp);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("7");
    expect(throttled.json.error!.code).toBe("TooManyRequests");
    expect((await call(graph, "GET", dmp)).status).toBe(200);
    graph.setTenantFaults("tenant-a", { rate: 1, codes: [500] });
    expect((await call(graph, "GET", dmp)).status).toBe(500);
    graph.setTenantFaults("tenant-a", undefined);
    expect((await call(graph, "GET", dmp)).status).toBe(200);
  });
});

describe("throttling", () => {
  it("limits writes per app per tenant to 100 in 20 s, with Retry-After, and recovers as the window slides", async () => {
    let now = new Date("2026-11-20T10:00:00Z").getTime();
    const graph = createMockGraph({ now: () => new Date(now) });
    const token = jwt({ tid: "busy", appid: "app-1" });
    const id = (await call(graph, "GET", dmp, { token })).json.value![0]!.id as string;
    for (let i = 0; i < 100; i++) {
      const res = await call(graph, "PATCH", `${dmp}/${id}`, { token, body: { displayName: `n${i}` }, headers: { prefer: "return=minimal" } });
      expect(res.status).toBe(204);
      now += 10;
    }
    const limited = await call(graph, "PATCH", `${dmp}/${id}`, { token, body: { displayName: "over" } });
    expect(limited.status).toBe(429);
    expect(limited.json.error!.code).toBe("TooManyRequests");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(19);
    expect((await call(graph, "GET", `${dmp}/${id}`, { token })).json.displayName).toBe("n99");
    // Another app of the same tenant still has its own 100 (the tenant allows 200).
    const otherApp = jwt({ tid: "busy", appid: "app-2" });
    expect((await call(graph, "PATCH", `${dmp}/${id}`, { token: otherApp, body: { displayName: "other" } })).status).toBe(200);
    now += 20_000;
    expect((await call(graph, "PATCH", `${dmp}/${id}`, { token, body: { displayName: "later" } })).status).toBe(200);
  });

  it("is off with throttling 'off'", async () => {
    const graph = createMockGraph({ throttling: "off", now: () => new Date("2026-11-20T10:00:00Z") });
    const id = (await call(graph, "GET", dmp)).json.value![0]!.id as string;
    for (let i = 0; i < 150; i++) {
      expect((await call(graph, "PATCH", `${dmp}/${id}`, { body: { displayName: `n${i}` } })).status).toBe(200);
    }
  });
});
