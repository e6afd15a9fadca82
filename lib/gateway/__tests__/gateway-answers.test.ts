import { afterEach, describe, expect, it, vi } from "vitest";
import { GraphError } from "../../graph/graph-error";
import { createGraphGateway } from "../graph-gateway";
import type { MockGraphService } from "../mock-graph-service";
import { consoleOrigin, json, liveGateway, rawRequest, sameOriginHeaders, upstreamBaseUrl, upstreamSpy } from "./gateway-test-kit";

const partners = "/api/graph/v1.0/deviceManagement/deviceManagementPartners";
const partnerId = "3a5e9c21-7d14-4c7b-9f0e-2b8d6a1c4e77";
const batch = "/api/graph/v1.0/$batch";
const mutationHeaders = { ...sameOriginHeaders, "content-type": "application/json" };

async function errorOf(response: Response) {
  const error = await GraphError.fromResponse(response);
  return { status: error.status, code: error.code, message: error.message };
}

/** A stand-in for demo mode's mock Graph that answers with the given function. */
function mockAnswering(answer: (request: Request) => Response | Promise<Response>): () => MockGraphService {
  const mock: MockGraphService = {
    handle: async (request) => answer(request),
    resetTenant: async () => undefined,
    setTenantFaults: () => undefined,
  };
  return () => mock;
}

function demoGateway(mockGraph?: () => MockGraphService) {
  return createGraphGateway({ mode: "demo", upstreamBaseUrl, timeoutMs: 1000, mockGraph, sleep: async () => undefined, log: () => undefined });
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the gateway's defaults", () => {
  it("calls the platform's fetch when none is given", async () => {
    const upstream = upstreamSpy(() => json(200, { value: [{ id: partnerId }] }));
    vi.stubGlobal("fetch", upstream.fetch);
    const gateway = createGraphGateway({ mode: "live", upstreamBaseUrl, timeoutMs: 1000, log: () => undefined });
    const response = await gateway.handle(rawRequest(partners));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ value: [{ id: partnerId }] });
    expect(upstream.calls.map((call) => call.url)).toEqual([`${upstreamBaseUrl}/v1.0/deviceManagement/deviceManagementPartners`]);
  });

  it("really waits out Retry-After before trying again when no sleep is given", async () => {
    vi.useFakeTimers();
    const upstream = upstreamSpy(
      () => json(429, { error: { code: "TooManyRequests", message: "slow down" } }, { "retry-after": "2" }),
      () => json(200, { value: [] }),
    );
    const gateway = createGraphGateway({ mode: "live", upstreamBaseUrl, timeoutMs: 60_000, fetch: upstream.fetch, log: () => undefined });
    const pending = gateway.handle(rawRequest(partners));
    await vi.advanceTimersByTimeAsync(1999);
    expect(upstream.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(upstream.calls).toHaveLength(2);
    expect((await pending).status).toBe(200);
  });

  it("reads GRAPH_BASE_URL with any number of trailing slashes", async () => {
    for (const base of [`${upstreamBaseUrl}/`, `${upstreamBaseUrl}//`, `${upstreamBaseUrl}/mock-graph///`]) {
      const upstream = upstreamSpy();
      const { gateway } = liveGateway(upstream.fetch, { upstreamBaseUrl: base });
      await gateway.handle(rawRequest(`${partners}?$top=1`));
      expect(upstream.calls.map((call) => call.url)).toEqual([`${base.replace(/\/+$/, "")}/v1.0/deviceManagement/deviceManagementPartners?$top=1`]);
    }
  });
});

describe("the log", () => {
  it("names no query options for a request refused before its query was read", async () => {
    const { gateway, logs } = liveGateway(upstreamSpy().fetch);
    await gateway.handle(rawRequest("/api/graph/v1.0/../users?$top=1"));
    await gateway.handle(rawRequest(`${partners}?$top=1&$top=2`));
    await gateway.handle(rawRequest(`${partners}?$top=1`));
    expect(logs.map((entry) => [entry.status, entry.query])).toEqual([
      [400, []],
      [400, []],
      [200, ["$top"]],
    ]);
  });
});

describe("the access token", () => {
  it("takes a bearer token of up to 16384 characters and refuses a longer one with 401", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const at = `Bearer ${"a".repeat(16_384 - "Bearer ".length)}`;
    expect(at).toHaveLength(16_384);
    expect((await gateway.handle(rawRequest(partners, { headers: { authorization: at } }))).status).toBe(200);
    const over = await gateway.handle(rawRequest(partners, { headers: { authorization: `${at}a` } }));
    expect(await errorOf(over)).toEqual({ status: 401, code: "InvalidAuthenticationToken", message: "Access token is empty or malformed: sign in again." });
    expect(upstream.calls.map((call) => new Headers(call.init.headers).get("authorization"))).toEqual([at]);
  });
});

describe("bodies", () => {
  it("forwards a create's body, re-serialised, as JSON", async () => {
    const upstream = upstreamSpy(() => json(201, { id: partnerId }));
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(
      rawRequest(partners, { method: "POST", headers: mutationHeaders, body: ' { "displayName" : "New", "partnerAppType": "multiTenantApp" } ' }),
    );
    expect(response.status).toBe(201);
    expect(upstream.calls[0]!.init.body).toBe('{"displayName":"New","partnerAppType":"multiTenantApp"}');
    expect(new Headers(upstream.calls[0]!.init.headers).get("content-type")).toBe("application/json");
  });
});

describe("$batch through the gateway", () => {
  const refusedGet = { id: "outside", method: "GET", url: "/users" };
  const fineGet = { id: "fine", method: "GET", url: "/deviceManagement/deviceManagementPartners" };
  const post = (body: string) => rawRequest(batch, { method: "POST", headers: mutationHeaders, body });

  it("answers a body that is not JSON as such, not as a malformed batch", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    expect(await errorOf(await gateway.handle(post("{requests: []")))).toEqual({ status: 400, code: "BadRequest", message: "The request body is not valid JSON." });
    expect(upstream.calls).toHaveLength(0);
  });

  it("answers itself, without calling the upstream, when it refused every request", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(post(JSON.stringify({ requests: [refusedGet] })));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = (await response.json()) as { responses: { id: string; status: number; body: { error: { message: string } } }[] };
    expect(body.responses.map((item) => [item.id, item.status, item.body.error.message])).toEqual([["outside", 400, "Resource not found for the segment 'users'."]]);
    expect(upstream.calls).toHaveLength(0);
  });

  it("passes an upstream batch failure on as it came, without its own answers", async () => {
    const failure = { error: { code: "BadRequest", message: "Graph did not like it" } };
    const upstream = upstreamSpy(() => json(400, failure));
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(post(JSON.stringify({ requests: [fineGet, refusedGet] })));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(failure);
  });

  it("answers 500, and says why in the server log, when the upstream's batch answer has no responses", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const upstream = upstreamSpy(() => json(200, { value: [] }));
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(post(JSON.stringify({ requests: [fineGet, refusedGet] })));
    expect(await errorOf(response)).toEqual({ status: 500, code: "InternalError", message: "The console could not handle the request." });
    expect(logged).toHaveBeenCalledWith("graph-gateway: The upstream batch answer has no responses array.");
  });
});

describe("what the upstream answers", () => {
  it("refuses content that is neither JSON nor text, naming its type (or its absence)", async () => {
    const upstream = upstreamSpy(
      () => new Response("<p>hi</p>", { status: 200, headers: { "content-type": "text/html" } }),
      // Bytes without a type: a string body would be labelled text/plain.
      () => new Response(new TextEncoder().encode("<p>hi</p>"), { status: 503 }),
      () => new Response("{}", { status: 200, headers: { "content-type": "application/jsonx" } }),
    );
    const { gateway } = liveGateway(upstream.fetch, { retryPolicy: { maxRetries: 0 } });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await errorOf(await gateway.handle(rawRequest(partners))));
    expect(answers).toEqual([
      { status: 502, code: "BadGateway", message: "Microsoft Graph answered HTTP 200 with content of type 'text/html', which the console does not pass on." },
      { status: 502, code: "BadGateway", message: "Microsoft Graph answered HTTP 503 with content of type 'none', which the console does not pass on." },
      { status: 502, code: "BadGateway", message: "Microsoft Graph answered HTTP 200 with content of type 'application/jsonx', which the console does not pass on." },
    ]);
  });

  it("refuses text that is not a count", async () => {
    const upstream = upstreamSpy(() => new Response("see https://evil.example", { status: 200, headers: { "content-type": "text/plain" } }));
    const { gateway } = liveGateway(upstream.fetch);
    expect(await errorOf(await gateway.handle(rawRequest(`${partners}/$count`)))).toEqual({
      status: 502,
      code: "BadGateway",
      message: "Microsoft Graph answered HTTP 200 with text that is not a count, which the console does not pass on.",
    });
  });

  it("passes an empty answer labelled JSON through as empty", async () => {
    const upstream = upstreamSpy(() => new Response("", { status: 202, headers: { "content-type": "application/json" } }));
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(partners));
    expect(response.status).toBe(202);
    expect(await response.text()).toBe("");
  });

  it("points a Location under the upstream back at the gateway, and drops any other", async () => {
    const upstream = upstreamSpy(
      () => json(201, { id: partnerId }, { location: `${upstreamBaseUrl}/v1.0/deviceManagement/deviceManagementPartners/${partnerId}` }),
      () => json(201, { id: partnerId }, { location: `https://evil.example/v1.0/deviceManagement/deviceManagementPartners/${partnerId}` }),
    );
    const { gateway } = liveGateway(upstream.fetch);
    const create = () =>
      gateway.handle(rawRequest(partners, { method: "POST", headers: mutationHeaders, body: JSON.stringify({ displayName: "New", partnerAppType: "multiTenantApp" }) }));
    expect((await create()).headers.get("location")).toBe(`${consoleOrigin}${partners}/${partnerId}`);
    expect((await create()).headers.get("location")).toBeNull();
  });

  it("fills in the ids an answer lacks and keeps those Graph sent", async () => {
    const upstream = upstreamSpy(
      () => new Response("{}", { headers: { "content-type": "application/json" } }),
      () => json(200, {}, { "request-id": "graph-rid", "client-request-id": "graph-cid" }),
    );
    const { gateway } = liveGateway(upstream.fetch);
    const ours = await gateway.handle(rawRequest(partners, { headers: { "client-request-id": "mine" } }));
    expect(ours.headers.get("request-id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ours.headers.get("client-request-id")).toBe("mine");
    const graphs = await gateway.handle(rawRequest(partners, { headers: { "client-request-id": "mine" } }));
    expect(graphs.headers.get("request-id")).toBe("graph-rid");
    expect(graphs.headers.get("client-request-id")).toBe("graph-cid");
  });
});

describe("demo mode", () => {
  it("answers 500 without its mock Graph service, and says why in the server log", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await demoGateway(undefined).handle(rawRequest(partners));
    expect(await errorOf(response)).toEqual({ status: 500, code: "InternalError", message: "The console could not handle the request." });
    expect(logged).toHaveBeenCalledWith("graph-gateway: Demo mode needs the mock Graph service.");
  });

  it("answers 502 when the mock fails as an unreachable Graph would", async () => {
    const gateway = demoGateway(
      mockAnswering(() => {
        throw new TypeError("fetch failed");
      }),
    );
    const response = await gateway.handle(rawRequest(partners));
    expect(await errorOf(response)).toEqual({ status: 502, code: "BadGateway", message: "Microsoft Graph could not be reached. Try again." });
    expect(response.headers.get("x-gateway-trace")).toBe("attempts=1;answers=unreachable;waits=");
  });

  it("passes on a Location under the gateway and drops any other", async () => {
    const locations = [`${consoleOrigin}${partners}/${partnerId}`, `https://evil.example${partners}/${partnerId}`];
    const gateway = demoGateway(mockAnswering(() => json(201, { id: partnerId }, { location: locations.shift()! })));
    const create = () =>
      gateway.handle(rawRequest(partners, { method: "POST", headers: mutationHeaders, body: JSON.stringify({ displayName: "New", partnerAppType: "multiTenantApp" }) }));
    expect((await create()).headers.get("location")).toBe(`${consoleOrigin}${partners}/${partnerId}`);
    expect((await create()).headers.get("location")).toBeNull();
  });
});
