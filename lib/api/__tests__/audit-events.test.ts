import { afterEach, describe, expect, it, vi } from "vitest";
import { auditScopes } from "@/lib/auth/graph-scopes";
import { setAccessTokenProvider } from "../access-token";
import { activityOptions, existingPartnerIdsOptions, partnerHistoryOptions } from "../audit-events";
import { historyQuery } from "../audit-query";
import { graphUrl } from "../graph-url";
import { graphErrorAnswer, runQuery, stubGateway } from "./fake-graph";

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessTokenProvider(undefined);
});

describe("History and Activity", () => {
  it("reads a partner's History from auditEvents in pages of 20, asking for the audit permission then", async () => {
    const asked: (readonly string[] | undefined)[] = [];
    setAccessTokenProvider(async (scopes) => {
      asked.push(scopes);
      return "t";
    });
    const next = "/api/graph/beta/deviceManagement/auditEvents?$skiptoken=20";
    const sent = stubGateway((_, i) => ({ body: { value: [{ id: `e${i}` }], ...(i === 0 ? { "@odata.nextLink": next } : {}) } }));
    const options = partnerHistoryOptions("beta", "deviceManagementPartners", "p1");
    expect(options.queryKey).toEqual(["graph", "auditEvents", "beta", "history", "p1"]);
    expect(options.staleTime).toBe(0);
    const first = await runQuery<{ value: unknown[] }>(options);
    expect(first.value).toEqual([{ id: "e0" }]);
    expect(options.getNextPageParam(first as never, [], undefined, [])).toBe(next);
    await runQuery(options, next);
    expect(sent.map((r) => r.url)).toEqual([graphUrl("beta", "deviceManagement/auditEvents", historyQuery("deviceManagementPartners", "p1")), next]);
    expect(sent[0]!.url.startsWith("/api/graph/beta/deviceManagement/auditEvents?$filter=")).toBe(true);
    expect(sent.every((r) => r.headers.Prefer === "odata.maxpagesize=20")).toBe(true);
    expect(asked).toEqual([auditScopes, auditScopes]);
  });

  it("keys Activity by version and query and sends the query as it is", async () => {
    const sent = stubGateway();
    const query = { $filter: "activityOperationType eq 'Create'", $top: "20" };
    const options = activityOptions("v1.0", query);
    expect(options.queryKey).toEqual(["graph", "auditEvents", "v1.0", "activity", query]);
    expect(await runQuery(options)).toEqual({ value: [] });
    expect(sent[0]!.url).toBe("/api/graph/v1.0/deviceManagement/auditEvents?$filter=activityOperationType%20eq%20'Create'&$top=20");
  });

  it("passes a denied audit read on with Graph's code and request-id", async () => {
    stubGateway(() => graphErrorAnswer(403, "Forbidden", "Missing DeviceManagementApps.Read.All.", "rid-a"));
    await expect(runQuery(activityOptions("beta", {}))).rejects.toMatchObject({ status: 403, code: "Forbidden", requestId: "rid-a" });
  });
});

describe("existingPartnerIdsOptions", () => {
  it("asks for the ids in groups of 25, quotes escaped, and answers the lower-cased ids that still exist", async () => {
    const ids = Array.from({ length: 51 }, (_, i) => `ID-${String(i).padStart(2, "0")}`);
    ids[50] = "O'Brien";
    const sent = stubGateway((_, i) => ({ body: { value: i === 0 ? [{ id: "ID-00" }, { id: "ID-24" }] : i === 2 ? [{ id: "O'Brien" }] : [] } }));
    const options = existingPartnerIdsOptions("beta", "complianceManagementPartners", ids);
    expect(options.enabled).toBe(true);
    const existing = await runQuery<Set<string>>(options);
    expect([...existing].sort()).toEqual(["id-00", "id-24", "o'brien"]);
    expect(sent).toHaveLength(3);
    const filters = sent.map((r) => new URL(r.url, "http://x").searchParams.get("$filter"));
    expect(sent.map((r) => new URL(r.url, "http://x").pathname)).toEqual(Array(3).fill("/api/graph/beta/deviceManagement/complianceManagementPartners"));
    expect(sent.every((r) => new URL(r.url, "http://x").searchParams.get("$select") === "id")).toBe(true);
    expect(filters[0]).toBe(ids.slice(0, 25).map((id) => `id eq '${id}'`).join(" or "));
    expect(filters[1]).toBe(ids.slice(25, 50).map((id) => `id eq '${id}'`).join(" or "));
    expect(filters[2]).toBe("id eq 'O''Brien'");
  });

  it("asks once for 25 ids, keys by the sorted ids, and is disabled with none", async () => {
    const ids = Array.from({ length: 25 }, (_, i) => `p${i}`);
    const sent = stubGateway();
    expect(await runQuery<Set<string>>(existingPartnerIdsOptions("v1.0", "deviceManagementPartners", ids))).toEqual(new Set());
    expect(sent).toHaveLength(1);
    expect(existingPartnerIdsOptions("v1.0", "deviceManagementPartners", ["b", "a"]).queryKey).toEqual(["graph", "deviceManagementPartners", "v1.0", "existing", ["a", "b"]]);
    const none = existingPartnerIdsOptions("v1.0", "deviceManagementPartners", []);
    expect(none.enabled).toBe(false);
    expect(await runQuery<Set<string>>(none)).toEqual(new Set());
    expect(sent).toHaveLength(1);
  });
});
