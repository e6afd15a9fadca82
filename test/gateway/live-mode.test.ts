import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphError, isGraphErrorBody } from "../../lib/graph/graph-error";
import { startConsole, type RunningConsole } from "../support/start-console";
import { rawHttpRequest, startRecordingUpstream, type UpstreamReply } from "./recording-upstream";

// The live console against a local recording server standing in for graph.microsoft.com.
const token = `Bearer live-token-${randomUUID()}`;
const partners = "/v1.0/deviceManagement/deviceManagementPartners";
const timeoutMs = 300;

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
let app: RunningConsole;

const ok = (body: unknown, headers: Record<string, string> = {}): UpstreamReply => ({
  status: 200,
  headers: { "content-type": "application/json", "request-id": randomUUID(), ...headers },
  body: JSON.stringify(body),
});
const throttled: UpstreamReply = {
  status: 429,
  headers: { "content-type": "application/json", "retry-after": "1" },
  body: JSON.stringify({ error: { code: "TooManyRequests", message: "Too many requests" } }),
};

beforeAll(async () => {
  upstream = await startRecordingUpstream((request, nth) => {
    const path = request.url.split("?")[0];
    switch (path) {
      case partners:
        return ok({
          "@odata.context": `${upstream.url}/v1.0/$metadata#deviceManagement/deviceManagementPartners`,
          "@odata.nextLink": `${upstream.url}${partners}?$skiptoken=page2`,
          value: [{ id: "p1", displayName: "Contoso" }],
        });
      case "/v1.0/groups/throttled-once":
        return nth === 1 ? throttled : ok({ id: "throttled-once" });
      case "/v1.0/groups/throttled-always":
        return throttled;
      case "/v1.0/groups/hang":
        return "hang";
      case "/v1.0/groups/redirect":
        return { status: 302, headers: { location: `${upstream.url}/v1.0/groups/followed` } };
      case "/beta/deviceManagement/deviceManagementPartners":
        return { status: 201, headers: { "content-type": "application/json" }, body: JSON.stringify({ id: "new", ...JSON.parse(request.body || "{}") }) };
      default:
        return ok({ id: "x" });
    }
  });
  app = await startConsole({
    GRAPH_MODE: "live",
    GRAPH_BASE_URL: upstream.url,
    GRAPH_TIMEOUT_MS: String(timeoutMs),
    AZURE_CLIENT_ID: "11111111-2222-3333-4444-555555555555",
    AZURE_TENANT_ID: "contoso.onmicrosoft.com",
  });
}, 90_000);

afterAll(async () => {
  await app?.stop();
  await upstream?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}/api/graph${path}`, { headers: { authorization: token, ...headers } });

describe("live mode through the built console", () => {
  it("forwards the token unchanged, keeps the query, and sends no forbidden headers", async () => {
    const query = "$filter=startswith(displayName,%27Con%20to%27)&$top=5&$count=true&$select=id,displayName";
    const response = await get(`${partners}?${query}`, {
      cookie: "demo-sandbox=0123456789abcdef0123456789abcdef; other=1",
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "evil.example",
      "x-requested-with": "XMLHttpRequest",
      "client-request-id": "caller-id-1",
      prefer: "odata.maxpagesize=5",
      consistencylevel: "eventual",
    });
    expect(response.status).toBe(200);
    const recorded = upstream.requests.findLast((r) => r.url.startsWith(partners))!;
    // Next.js re-serialises the query before the handler sees it (a space as +); Graph gets the same options, spaces as %20.
    expect(recorded.url).toBe(`${partners}?$filter=startswith(displayName,%27Con%20to%27)&$top=5&$count=true&$select=id,displayName`);
    expect([...new URLSearchParams(recorded.url.split("?")[1])]).toEqual([...new URLSearchParams(query)]);
    expect(recorded.headers.authorization).toBe(token);
    expect(recorded.headers["client-request-id"]).toBe("caller-id-1");
    expect(recorded.headers.prefer).toBe("odata.maxpagesize=5");
    // Graph needs ConsistencyLevel for $count and $search on directory objects: it goes up, but only as `eventual`.
    expect(recorded.headers.consistencylevel).toBe("eventual");
    for (const name of Object.keys(recorded.headers)) {
      expect(name, `header ${name} went upstream`).not.toMatch(/^(cookie|x-forwarded-|forwarded|x-real-ip|x-requested-with|origin|referer|next-|x-middleware|x-nonce|content-security-policy)/);
    }
    expect(response.headers.get("client-request-id")).toBe("caller-id-1");
  });

  it("gives every upstream call a client-request-id", async () => {
    await get(`${partners}?$top=1`);
    expect(upstream.requests.findLast((r) => r.url === `${partners}?$top=1`)!.headers["client-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("points nextLink and context back at the gateway", async () => {
    const body = (await (await get(partners)).json()) as Record<string, string>;
    expect(body["@odata.nextLink"]).toBe(`${app.url}/api/graph${partners}?$skiptoken=page2`);
    expect(body["@odata.context"]).toBe(`${app.url}/api/graph/v1.0/$metadata#deviceManagement/deviceManagementPartners`);
    const before = upstream.requests.length;
    expect((await fetch(body["@odata.nextLink"]!, { headers: { authorization: token } })).status).toBe(200);
    expect(upstream.requests.slice(before).map((r) => r.url)).toEqual([`${partners}?$skiptoken=page2`]);
  });

  it("answers 401 without a token and never calls the upstream", async () => {
    const before = upstream.requests.length;
    const response = await fetch(`${app.url}/api/graph${partners}`);
    expect(response.status).toBe(401);
    expect((await GraphError.fromResponse(response)).code).toBe("InvalidAuthenticationToken");
    expect(upstream.requests.length).toBe(before);
  });

  it("retries a 429 after its Retry-After and succeeds", async () => {
    const response = await get("/v1.0/groups/throttled-once");
    expect(response.status).toBe(200);
    expect(upstream.requestsTo("/v1.0/groups/throttled-once")).toHaveLength(2);
  });

  it("passes the last 429 on, with Retry-After, once retries run out", async () => {
    const response = await get("/v1.0/groups/throttled-always");
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
    expect((await GraphError.fromResponse(response)).code).toBe("TooManyRequests");
    expect(upstream.requestsTo("/v1.0/groups/throttled-always")).toHaveLength(4);
  });

  // The 504 itself proves the timeout: without one the call would hang until the test's own timeout.
  it("answers 504 in Graph's envelope when the upstream hangs", async () => {
    const response = await get("/v1.0/groups/hang");
    expect(response.status).toBe(504);
    const body: unknown = await response.json();
    expect(isGraphErrorBody(body)).toBe(true);
    expect((body as { error: { code: string } }).error.code).toBe("GatewayTimeout");
    expect(upstream.requestsTo("/v1.0/groups/hang").length).toBeGreaterThan(0);
  });

  it("does not follow a redirect", async () => {
    const response = await get("/v1.0/groups/redirect");
    expect(response.status).toBe(502);
    expect(response.headers.get("location")).toBeNull();
    expect(upstream.requestsTo("/v1.0/groups/followed")).toHaveLength(0);
  });

  it("checks bodies before forwarding them and needs the console's origin for mutations", async () => {
    const before = upstream.requests.length;
    const post = (body: unknown, headers: Record<string, string>) =>
      fetch(`${app.url}/api/graph/beta/deviceManagement/deviceManagementPartners`, {
        method: "POST",
        headers: { authorization: token, "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
    const fromConsole = { origin: app.url, "x-requested-with": "XMLHttpRequest" };
    const invalid = await post({ partnerState: "String" }, fromConsole);
    expect(invalid.status).toBe(400);
    expect((await GraphError.fromResponse(invalid)).target).toBe("partnerState");
    expect((await post({ displayName: "x" }, { origin: "https://evil.example", "x-requested-with": "XMLHttpRequest" })).status).toBe(403);
    expect((await post({ displayName: "x" }, { origin: app.url })).status).toBe(403);
    expect(upstream.requests.length).toBe(before);
    const created = await post({ displayName: "Fabrikam" }, fromConsole);
    expect(created.status).toBe(201);
    expect(JSON.parse(upstream.requests.at(-1)!.body)).toEqual({ displayName: "Fabrikam" });
  });

  it("refuses hostile paths sent raw, without calling the upstream", async () => {
    const before = upstream.requests.length;
    for (const path of [
      "/api/graph/v1.0/deviceManagement/..%2F..%2Fusers",
      "/api/graph/%2F%2Fevil.example/v1.0/groups",
      "/api/graph/%5C%5Cevil.example/v1.0/groups",
      "/api/graph/v1.0/%252e%252e/beta/groups",
      "/api/graph/v1.0%2F..%2Fbeta/groups",
      "/api/graph/https:%2F%2Fevil.example/v1.0/groups",
      "/api/graph/v1.0/groups/a%00b",
      `/api/graph/v1.0/groups/${"a".repeat(4000)}`,
      "/api/graph/v1.0/groups/..\\..\\users",
      "/api/graph/v1.0/users\\..\\groups",
      "/api/graph/v1.0/deviceManagement/deviceManagementPartners?$expand=x",
      "/api/graph/v1.0/users",
    ]) {
      let response = await rawHttpRequest(app.url, path, { headers: { authorization: token } });
      // Next.js may answer a raw backslash with a 308 to the slash form: that form must be refused in turn.
      if (response.status === 308 && path.includes("\\")) {
        const location = new URL(String(response.headers.location), app.url);
        expect(location.origin, path).toBe(app.url);
        response = await rawHttpRequest(app.url, `${location.pathname}${location.search}`, { headers: { authorization: token } });
      }
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      expect(isGraphErrorBody(JSON.parse(response.body)), path).toBe(true);
    }
    expect(upstream.requests.length).toBe(before);
  });

  it("puts the security headers on answers and pages, with MSAL allowed in live mode", async () => {
    const api = await get(partners);
    expect(api.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    const page = await fetch(`${app.url}/`);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("connect-src 'self' https://login.microsoftonline.com");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("never writes the token to its logs, and logs one structured line per request", async () => {
    await get(`${partners}?$top=2`);
    const logs = app.logs();
    expect(logs).not.toContain(token.slice("Bearer ".length));
    const lines = logs.split("\n").filter((line) => line.startsWith("{") && line.includes('"graph-gateway"'));
    const entry = lines.map((line) => JSON.parse(line) as Record<string, unknown>).findLast((e) => e.path === `/api/graph${partners}` && e.status === 200);
    expect(entry).toMatchObject({ method: "GET", mode: "live", query: ["$top"], status: 200 });
    expect(entry).toHaveProperty("durationMs");
    expect(entry).toHaveProperty("requestId");
    expect(entry).toHaveProperty("clientRequestId");
    expect(lines.join("\n")).not.toContain("$top=2");
  });
});
