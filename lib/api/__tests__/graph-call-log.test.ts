import { describe, expect, it, vi } from "vitest";
import { setAccessTokenProvider } from "../access-token";
import { describeGatewayWork } from "../describe-graph-call";
import { graphCalls, maxGraphCalls, maxLoggedBody, subscribeGraphCalls } from "../graph-call-log";
import { prettyBody, specOfGraphCall } from "../graph-call-spec";
import { graphFetch } from "../graph-fetch";

const token = "eyJ0eXAiOiJKV1QifQ.eyJzZWNyZXQiOiJ0b2tlbiJ9.c2lnbmF0dXJl";
const partner = "/api/graph/beta/deviceManagement/deviceManagementPartners/abc";

function answer(status: number, body: string, headers: Record<string, string> = {}) {
  return new Response(status === 204 ? null : body, { status, headers: { "content-type": "application/json", ...headers } });
}

async function settled() {
  // The log reads the answer from a clone, a few microtasks after the caller has it.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe("the tab's log of Graph calls", () => {
  it("keeps method, URL, status, ids, the gateway's trace and both bodies, newest first, never the token", async () => {
    setAccessTokenProvider(async () => token);
    const fetch = vi.fn(async () =>
      answer(200, '{"id":"abc","displayName":"x"}', { "request-id": "rid-1", "client-request-id": "cid-1", "x-gateway-trace": "attempts=2;answers=429,200;waits=1000" }),
    );
    vi.stubGlobal("fetch", fetch);
    const changes = vi.fn();
    const stop = subscribeGraphCalls(changes);
    await graphFetch(partner, { method: "PATCH", body: { displayName: "x" }, headers: { Prefer: "return=representation", Authorization: "Bearer leak", Cookie: "a=b" } });
    await settled();
    stop();
    const [call] = graphCalls();
    expect(call).toMatchObject({ method: "PATCH", url: partner, status: 200, requestId: "rid-1", clientRequestId: "cid-1", requestBody: '{"displayName":"x"}' });
    expect(call!.headers).toEqual({ Prefer: "return=representation" });
    expect(JSON.stringify(graphCalls())).not.toMatch(/eyJ|leak|Bearer|a=b/);
    expect(changes).toHaveBeenCalled();
    expect(describeGatewayWork(call!)).toBe("Retried 1 time: 429 → waited 1 s → 200.");
    expect(specOfGraphCall(call!)).toEqual({ method: "PATCH", version: "beta", path: "/deviceManagement/deviceManagementPartners/abc", body: { displayName: "x" }, headers: { Prefer: "return=representation" } });
    expect(prettyBody(call!.responseBody)).toBe('{\n  "id": "abc",\n  "displayName": "x"\n}');
    setAccessTokenProvider(undefined);
    vi.unstubAllGlobals();
  });

  it("keeps errors too, bounds the bodies and the number of calls, and skips what is not a Graph call", async () => {
    vi.stubGlobal("fetch", async (url: string) => (url.includes("fail") ? answer(429, `{"error":{"code":"TooManyRequests","message":"${"x".repeat(maxLoggedBody)}"}}`, { "retry-after": "7" }) : answer(204, "")));
    await expect(graphFetch("/api/graph/v1.0/deviceManagement/deviceManagementPartners?fail=1")).rejects.toMatchObject({ status: 429 });
    await settled();
    const failed = graphCalls()[0]!;
    expect(failed).toMatchObject({ status: 429, retryAfter: "7" });
    expect(failed.responseBody!.length).toBeLessThan(maxLoggedBody + 100);
    expect(failed.responseBody).toMatch(/cut at/);
    expect(describeGatewayWork(failed)).toMatch(/without calling Microsoft Graph/);

    await graphFetch("/api/demo/reset", { method: "POST", body: {} });
    await settled();
    expect(graphCalls()[0]).toBe(failed);

    for (let i = 0; i < maxGraphCalls + 5; i++) await graphFetch(`${partner}-${i}`, { method: "DELETE" });
    await settled();
    expect(graphCalls()).toHaveLength(maxGraphCalls);
    expect(graphCalls()[0]!.url).toBe(`${partner}-${maxGraphCalls + 4}`);
    vi.unstubAllGlobals();
  });

  it("reads the request behind a nextLink, and refuses URLs outside the gateway", () => {
    expect(specOfGraphCall({ method: "GET", url: "http://127.0.0.1:3000/api/graph/v1.0/groups?$top=5&$search=%22displayName%3AA%20B%22", headers: { ConsistencyLevel: "eventual" } })).toEqual({
      method: "GET",
      version: "v1.0",
      path: "/groups?$top=5&$search=%22displayName%3AA%20B%22",
      headers: { ConsistencyLevel: "eventual" },
    });
    expect(specOfGraphCall({ method: "GET", url: "/api/demo/reset", headers: {} })).toBeUndefined();
    expect(specOfGraphCall({ method: "GET", url: "/api/graph/v2.0/me", headers: {} })).toBeUndefined();
  });
});
