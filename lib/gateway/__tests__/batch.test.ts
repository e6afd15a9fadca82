import { describe, expect, it } from "vitest";
import { createMockGraph } from "../../mock-graph/mock-graph";
import { createGraphGateway } from "../graph-gateway";
import { json, liveGateway, sameOriginHeaders, upstreamSpy, consoleOrigin } from "./gateway-test-kit";

const batchUrl = `${consoleOrigin}/api/graph/v1.0/$batch`;
const jsonHeaders = { "content-type": "application/json" };
const partner = { displayName: "Gateway batch", partnerAppType: "multiTenantApp" };
type Item = { id: string; status: number; body?: { id?: string; error?: { code: string; message: string } } };

function post(body: unknown, headers: Record<string, string> = sameOriginHeaders) {
  return new Request(batchUrl, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) });
}

describe("/api/graph/{version}/$batch", () => {
  it("in demo mode answers from the mock; refused requests are answered by the gateway, their dependents 424", async () => {
    const mock = createMockGraph({ throttling: "off" });
    const gateway = createGraphGateway({ mode: "demo", upstreamBaseUrl: "https://graph.microsoft.com", timeoutMs: 1000, mockGraph: () => mock, log: () => undefined });
    const res = await gateway.handle(
      post({
        requests: [
          { id: "create", method: "POST", url: "/v1.0/deviceManagement/deviceManagementPartners", headers: jsonHeaders, body: partner },
          { id: "unknown-property", method: "POST", url: "/deviceManagement/deviceManagementPartners", headers: jsonHeaders, body: { Displayname: "x" } },
          { id: "outside", method: "GET", url: "/users" },
          { id: "dots", method: "GET", url: "/deviceManagement/../users" },
          { id: "query", method: "GET", url: "/deviceManagement/deviceManagementPartners?$expand=x" },
          { id: "after", method: "DELETE", url: "/deviceManagement/deviceManagementPartners/abc", dependsOn: ["outside"] },
          { id: "audit", method: "GET", url: "/deviceManagement/auditEvents?$top=1" },
          { id: "write-audit", method: "POST", url: "/deviceManagement/auditEvents", headers: jsonHeaders, body: {} },
        ],
      }),
    );
    expect(res.status).toBe(200);
    const items = new Map(((await res.json()) as { responses: Item[] }).responses.map((r) => [r.id, r]));
    expect(items.get("create")!.status).toBe(201);
    expect(items.get("unknown-property")!.status).toBe(400);
    expect(items.get("unknown-property")!.body!.error!.message).toMatch(/Displayname/);
    expect(items.get("outside")!.status).toBe(400);
    expect(items.get("dots")!.status).toBe(400);
    expect(items.get("query")!.status).toBe(400);
    expect(items.get("after")!.status).toBe(424);
    expect(items.get("audit")!.status).toBe(200);
    expect(items.get("write-audit")!.status).toBe(405);
    expect(items.size).toBe(8);
  });

  it("refuses a cross-site batch with 403 and a malformed one with 400, neither reaching the upstream", async () => {
    const spy = upstreamSpy();
    const { gateway } = liveGateway(spy.fetch);
    const get = { id: "1", method: "GET", url: "/deviceManagement/deviceManagementPartners" };
    expect((await gateway.handle(post({ requests: [get] }, { origin: "https://evil.test", "x-requested-with": "XMLHttpRequest", authorization: "Bearer abc" }))).status).toBe(403);
    expect((await gateway.handle(post({ requests: [get, { ...get, id: "1" }] }, { ...sameOriginHeaders, authorization: "Bearer abc" }))).status).toBe(400);
    expect(spy.calls).toHaveLength(0);
  });

  it("in live mode forwards only the checked requests, rebuilt, and no retries for the batch", async () => {
    const spy = upstreamSpy(() => json(200, { responses: [{ id: "1", status: 200, headers: { "Content-Type": "application/json" }, body: { value: [] } }] }));
    const { gateway } = liveGateway(spy.fetch);
    const res = await gateway.handle(
      post(
        {
          requests: [
            { id: "1", method: "GET", url: "/deviceManagement/deviceManagementPartners?$filter=displayName eq 'a'", headers: { cookie: "x=1", prefer: "odata.maxpagesize=5" } },
            { id: "2", method: "GET", url: "https://evil.test/v1.0/users" },
          ],
        },
        { ...sameOriginHeaders, authorization: "Bearer abc" },
      ),
    );
    expect(res.status).toBe(200);
    expect(spy.calls).toHaveLength(1);
    expect(spy.calls[0]!.url).toBe("https://graph.upstream.test/v1.0/$batch");
    const sent = JSON.parse(String(spy.calls[0]!.init.body)) as { requests: { id: string; url: string; headers: Record<string, string> }[] };
    expect(sent.requests).toEqual([
      { id: "1", method: "GET", url: "/deviceManagement/deviceManagementPartners?$filter=displayName%20eq%20'a'", headers: { prefer: "odata.maxpagesize=5" }, dependsOn: [] },
    ]);
    const items = ((await res.json()) as { responses: Item[] }).responses;
    expect(items.map((i) => [i.id, i.status])).toEqual([["1", 200], ["2", 400]]);
  });
});
