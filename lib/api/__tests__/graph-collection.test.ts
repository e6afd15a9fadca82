import { afterEach, describe, expect, it, vi } from "vitest";
import { GraphError } from "@/lib/graph/graph-error";
import { setAccessTokenProvider } from "../access-token";
import { collectPages } from "../collect-pages";
import { fetchCollectionPage } from "../graph-collection";
import { graphErrorAnswer, stubGateway } from "./fake-graph";

afterEach(() => {
  vi.unstubAllGlobals();
  setAccessTokenProvider(undefined);
});

const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => ({ id: `p${from + i}` }));

describe("fetchCollectionPage", () => {
  it("asks the gateway for the first page with the query, and no Prefer or ConsistencyLevel unless asked", async () => {
    const sent = stubGateway(() => ({ body: { value: [{ id: "a" }], "@odata.count": 1 } }));
    const signal = new AbortController().signal;
    const page = await fetchCollectionPage("beta", "deviceManagement/deviceManagementPartners", { $top: "5", $filter: "x eq 'a b'" }, undefined, signal);
    expect(page).toEqual({ value: [{ id: "a" }], "@odata.count": 1 });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe("/api/graph/beta/deviceManagement/deviceManagementPartners?$top=5&$filter=x%20eq%20'a%20b'");
    expect(sent[0]!.method).toBe("GET");
    expect(sent[0]!.signal).toBe(signal);
    expect(sent[0]!.headers.Prefer).toBeUndefined();
    expect(sent[0]!.headers.ConsistencyLevel).toBeUndefined();
  });

  it("sends Prefer: odata.maxpagesize and ConsistencyLevel: eventual when asked, and the extra scopes to the token provider", async () => {
    const sent = stubGateway();
    const asked: (readonly string[] | undefined)[] = [];
    setAccessTokenProvider(async (scopes) => {
      asked.push(scopes);
      return "t";
    });
    await fetchCollectionPage("v1.0", "groups", {}, undefined, undefined, { maxPageSize: 50, consistencyLevel: "eventual", scopes: ["s1"] });
    expect(sent[0]!.url).toBe("/api/graph/v1.0/groups");
    expect(sent[0]!.headers.Prefer).toBe("odata.maxpagesize=50");
    expect(sent[0]!.headers.ConsistencyLevel).toBe("eventual");
    expect(sent[0]!.headers.Authorization).toBe("Bearer t");
    expect(asked).toEqual([["s1"]]);
  });

  it("follows a gateway nextLink verbatim instead of the query", async () => {
    const sent = stubGateway();
    await fetchCollectionPage("beta", "groups", { $top: "5" }, "/api/graph/beta/groups?$skiptoken=abc", undefined, { maxPageSize: 20 });
    await fetchCollectionPage("beta", "groups", { $top: "5" }, "http://localhost/api/graph/beta/groups?$skiptoken=def");
    expect(sent.map((r) => r.url)).toEqual(["/api/graph/beta/groups?$skiptoken=abc", "http://localhost/api/graph/beta/groups?$skiptoken=def"]);
    expect(sent[0]!.headers.Prefer).toBe("odata.maxpagesize=20");
  });

  it("refuses a nextLink that leads outside the console's gateway with a 502 BadGateway, and sends nothing", async () => {
    const sent = stubGateway();
    for (const link of ["https://graph.microsoft.com/beta/groups?$skiptoken=x", "http://localhost/other/beta/groups", "http://evil.example/api/graph/beta/groups", "http://[not a url/api/graph/beta/groups"]) {
      const error = await fetchCollectionPage("beta", "groups", {}, link).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphError);
      expect(error).toMatchObject({ status: 502, code: "BadGateway", message: `Graph answered a nextLink outside the console: ${link}` });
    }
    expect(sent).toEqual([]);
  });

  it("in the browser, accepts nextLinks to the page's own origin only", async () => {
    vi.stubGlobal("window", { location: { origin: "https://console.example" } });
    const sent = stubGateway();
    await fetchCollectionPage("beta", "groups", {}, "https://console.example/api/graph/beta/groups?$skiptoken=1");
    expect(sent.map((r) => r.url)).toEqual(["https://console.example/api/graph/beta/groups?$skiptoken=1"]);
    await expect(fetchCollectionPage("beta", "groups", {}, "http://localhost/api/graph/beta/groups?$skiptoken=1")).rejects.toMatchObject({ status: 502, code: "BadGateway" });
    expect(sent).toHaveLength(1);
  });

  it("answers 502 BadGateway when Graph's answer has no value array or no body", async () => {
    for (const answer of [{ body: { value: "nope" } }, { body: { items: [] } }, { status: 204 }]) {
      stubGateway(() => answer);
      const error = await fetchCollectionPage("beta", "groups", {}, undefined).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphError);
      expect(error).toMatchObject({ status: 502, code: "BadGateway", message: "Graph answered a collection without a value array." });
    }
  });

  it("passes Graph's error on with its code and request-id", async () => {
    stubGateway(() => graphErrorAnswer(403, "Authorization_RequestDenied", "Insufficient privileges.", "rid-403"));
    const error = await fetchCollectionPage("beta", "groups", {}, undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 403, code: "Authorization_RequestDenied", message: "Insufficient privileges.", requestId: "rid-403" });
  });
});

describe("collectPages", () => {
  it("reads every page with $count and pages of 999, reporting progress with the first page's count", async () => {
    const sent = stubGateway((_, i) =>
      i === 0
        ? { body: { value: rows(0, 2), "@odata.count": 5, "@odata.nextLink": "/api/graph/beta/x?$skiptoken=2" } }
        : i === 1
          ? { body: { value: rows(2, 4), "@odata.count": 99, "@odata.nextLink": "/api/graph/beta/x?$skiptoken=4" } }
          : { body: { value: rows(4, 5) } },
    );
    const progress: unknown[] = [];
    const signal = new AbortController().signal;
    const items = await collectPages("beta", "x", { $select: "id" }, { signal, onProgress: (p) => progress.push(p) });
    expect(items).toEqual(rows(0, 5));
    expect(sent.map((r) => r.url)).toEqual(["/api/graph/beta/x?$select=id&$count=true", "/api/graph/beta/x?$skiptoken=2", "/api/graph/beta/x?$skiptoken=4"]);
    expect(sent.every((r) => r.headers.Prefer === "odata.maxpagesize=999" && r.signal === signal)).toBe(true);
    expect(progress).toEqual([
      { loaded: 2, total: 5 },
      { loaded: 4, total: 5 },
      { loaded: 5, total: 5 },
    ]);
  });

  it("reports an unknown total until a page brings a count, and works without a progress callback", async () => {
    stubGateway((_, i) => (i === 0 ? { body: { value: rows(0, 1), "@odata.nextLink": "/api/graph/beta/x?$skiptoken=1" } } : { body: { value: rows(1, 2), "@odata.count": 2 } }));
    const progress: unknown[] = [];
    await collectPages("beta", "x", {}, { onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([
      { loaded: 1, total: undefined },
      { loaded: 2, total: 2 },
    ]);
    stubGateway(() => ({ body: { value: rows(0, 3) } }));
    expect(await collectPages("beta", "x", {})).toHaveLength(3);
  });

  it("accepts exactly max entities and stops with 413 RequestEntityTooLarge at one more", async () => {
    const twoPages = () => stubGateway((_, i) => (i === 0 ? { body: { value: rows(0, 600), "@odata.nextLink": "/api/graph/beta/x?$skiptoken=600" } } : { body: { value: rows(600, 1000) } }));
    twoPages();
    expect(await collectPages("beta", "x", {}, { max: 1000 })).toHaveLength(1000);
    const sent = twoPages();
    const progress: unknown[] = [];
    const error = await collectPages("beta", "x", {}, { max: 999, onProgress: (p) => progress.push(p) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 413, code: "RequestEntityTooLarge", message: "This view holds more than 999 entities: narrow it with a filter first." });
    expect(sent).toHaveLength(2);
    expect(progress).toEqual([{ loaded: 600, total: undefined }]);
  });

  it("bounds a whole-collection read at 100,000 entities by default", async () => {
    stubGateway(() => ({ body: { value: rows(0, 100_001) } }));
    await expect(collectPages("beta", "x", {})).rejects.toMatchObject({ status: 413, message: "This view holds more than 100,000 entities: narrow it with a filter first." });
  });
});
