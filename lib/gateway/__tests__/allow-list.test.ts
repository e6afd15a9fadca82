import { describe, expect, it } from "vitest";
import { isGraphErrorBody } from "../../graph/graph-error";
import { matchGraphRoute } from "../graph-route";
import { parseRequestTarget } from "../request-target";
import { consoleOrigin, liveGateway, rawRequest, sameOriginHeaders, token, upstreamBaseUrl, upstreamSpy } from "./gateway-test-kit";

const partners = "/api/graph/v1.0/deviceManagement/deviceManagementPartners";
const partnerId = "3a5e9c21-7d14-4c7b-9f0e-2b8d6a1c4e77";

// Each must be refused before anything goes upstream.
const hostilePaths: Array<[string, string]> = [
  ["encoded slash climbing out", "/api/graph/v1.0/deviceManagement/..%2F..%2Fusers"],
  ["encoded slash after the base", "/api/graph/..%2F..%2Fadmin"],
  ["protocol-relative, encoded", "/api/graph/%2F%2Fevil.example/v1.0/groups"],
  ["protocol-relative, raw", "/api/graph//evil.example/v1.0/groups"],
  ["UNC path, encoded backslashes", "/api/graph/%5C%5Cevil.example/v1.0/groups"],
  ["raw backslashes", "/api/graph/v1.0/groups\\..\\..\\users"],
  ["double-encoded dot segments", "/api/graph/v1.0/%252e%252e/beta/groups"],
  ["double-encoded slash", "/api/graph/v1.0/groups%252F..%252Fusers"],
  ["version with encoded slashes", "/api/graph/v1.0%2F..%2Fbeta/groups"],
  ["absolute URL, encoded slashes", "/api/graph/https:%2F%2Fevil.example/v1.0/groups"],
  ["absolute URL, fully encoded", "/api/graph/https%3A%2F%2Fevil.example%2Fv1.0%2Fgroups"],
  ["NUL byte, encoded", "/api/graph/v1.0/groups/abc%00def"],
  ["NUL byte, raw", "/api/graph/v1.0/groups/abc\u0000def"],
  ["over-long path", `/api/graph/v1.0/groups/${"a".repeat(5000)}`],
  ["many segments", `/api/graph/v1.0${"/groups".repeat(20)}`],
  ["raw dot-dot segment", "/api/graph/v1.0/../beta/groups"],
  ["raw dot segment", "/api/graph/v1.0/./groups"],
  ["encoded dot-dot segment", "/api/graph/v1.0/%2e%2e/groups"],
  ["encoded dot-dot segment, upper case", "/api/graph/v1.0/groups/%2E%2E"],
  ["overlong UTF-8 dot", "/api/graph/v1.0/groups/%C0%AE%C0%AE"],
  ["IIS-style %u escape", "/api/graph/v1.0/groups/%u002e%u002e"],
  ["truncated escape", "/api/graph/v1.0/groups/abc%2"],
  ["userinfo-like segment", "/api/graph/v1.0/groups/@evil.example"],
  ["colon in a segment", "/api/graph/v1.0/groups/evil.example:443"],
  ["empty segment", "/api/graph/v1.0/deviceManagement//deviceManagementPartners"],
  ["trailing slash", "/api/graph/v1.0/groups/"],
  ["unknown version", "/api/graph/v2.0/groups"],
  ["the seed pages' /localtest/ base", "/api/graph/localtest/deviceManagement/deviceManagementPartners"],
  ["unknown resource", "/api/graph/v1.0/users"],
  ["unknown deviceManagement collection", "/api/graph/v1.0/deviceManagement/managedDevices"],
  ["deviceManagement itself", "/api/graph/v1.0/deviceManagement"],
  ["the seed pages' $ref", `${partners}/$ref`],
  ["terminate on a compliance partner", `/api/graph/v1.0/deviceManagement/complianceManagementPartners/${partnerId}/terminate`],
  ["unknown action", `${partners}/${partnerId}/wipe`],
  ["navigation below an entity", `${partners}/${partnerId}/terminate/extra`],
  ["$count on groups", "/api/graph/v1.0/groups/$count"],
  ["groups member navigation", `/api/graph/v1.0/groups/${partnerId}/members`],
  ["OData key syntax", `${partners}('${partnerId}')`],
  ["id starting with a dot", `${partners}/.hidden`],
  ["case-folded resource", "/api/graph/v1.0/deviceManagement/DeviceManagementPartners"],
  ["not under /api/graph", "/api/graphx/v1.0/groups"],
  ["fragment", "/api/graph/v1.0/groups#x"],
];

const hostileQueries: Array<[string, string]> = [
  ["$expand", "$expand=assignments"],
  ["$format", "$format=xml"],
  ["option without $", "top=5"],
  ["encoded $expand", "%24expand=x"],
  ["unknown parameter", "api-version=2"],
  ["duplicate option", "$top=5&$top=6"],
  ["$top not a number", "$top=abc"],
  ["$top negative", "$top=-1"],
  ["$count not boolean", "$count=yes"],
  ["control character", "$filter=a%0Db"],
  ["malformed escape", "$filter=%zz"],
  ["over-long query", `$filter=${"a".repeat(9000)}`],
];

describe("the allow-list refuses hostile paths without calling the upstream", () => {
  it.each(hostilePaths)("%s", async (_name, path) => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(path));
    expect([400, 404]).toContain(response.status);
    const body: unknown = await response.json();
    expect(isGraphErrorBody(body)).toBe(true);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(upstream.calls).toHaveLength(0);
  });

  it.each(hostilePaths)("%s, also when mutating", async (_name, path) => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(
      rawRequest(path, { method: "PATCH", headers: { ...sameOriginHeaders, "content-type": "application/json" }, body: "{}" }),
    );
    expect([400, 404, 405]).toContain(response.status);
    expect(isGraphErrorBody(await response.json())).toBe(true);
    expect(upstream.calls).toHaveLength(0);
  });

  it.each(hostileQueries)("query: %s", async (_name, query) => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(`${partners}?${query}`));
    expect(response.status).toBe(400);
    expect(isGraphErrorBody(await response.json())).toBe(true);
    expect(upstream.calls).toHaveLength(0);
  });

  it("refuses what the URL parser would have normalised, too (real Request objects)", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    for (const path of ["/api/graph/v1.0/..%2F..%2Fusers", "/api/graph/%5C%5Cevil.example", "/api/graph/v1.0/%252e%252e/x", "/api/graph/../../etc/passwd"]) {
      const response = await gateway.handle(new Request(`${consoleOrigin}${path}`, { headers: { authorization: token } }));
      expect(response.status, path).toBe(400);
    }
    expect(upstream.calls).toHaveLength(0);
  });

  it("the spy does see allowed requests (the zero-call checks above can fail)", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(`${partners}/${partnerId}`));
    expect(response.status).toBe(200);
    expect(upstream.calls.map((c) => c.url)).toEqual([`${upstreamBaseUrl}/v1.0/deviceManagement/deviceManagementPartners/${partnerId}`]);
  });
});

describe("methods a resource lacks", () => {
  const cases: Array<[string, string, string]> = [
    ["PUT", partners, "GET, POST"],
    ["DELETE", partners, "GET, POST"],
    ["POST", `${partners}/${partnerId}`, "GET, PATCH, DELETE"],
    ["PUT", `${partners}/${partnerId}`, "GET, PATCH, DELETE"],
    ["GET", `${partners}/${partnerId}/terminate`, "POST"],
    ["POST", `${partners}/$count`, "GET"],
    ["POST", "/api/graph/v1.0/groups", "GET"],
    ["DELETE", `/api/graph/beta/groups/${partnerId}`, "GET"],
    // Filters and audit events are read-only through the console.
    ["POST", "/api/graph/beta/deviceManagement/assignmentFilters", "GET"],
    ["PATCH", `/api/graph/beta/deviceManagement/assignmentFilters/${partnerId}`, "GET"],
    ["DELETE", `/api/graph/beta/deviceManagement/assignmentFilters/${partnerId}`, "GET"],
    ["POST", "/api/graph/v1.0/deviceManagement/auditEvents", "GET"],
    ["PATCH", `/api/graph/beta/deviceManagement/auditEvents/${partnerId}`, "GET"],
    ["OPTIONS", partners, "GET, POST"],
    ["HEAD", partners, "GET, POST"],
  ];
  it.each(cases)("%s %s is 405 with Allow: %s", async (method, path, allow) => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(path, { method, headers: sameOriginHeaders }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe(allow);
    expect(isGraphErrorBody(await response.json())).toBe(true);
    expect(upstream.calls).toHaveLength(0);
  });
});

describe("beta-only resources", () => {
  it("refuses assignment filters in v1.0, where Graph has none, without calling the upstream", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest("/api/graph/v1.0/deviceManagement/assignmentFilters", { headers: sameOriginHeaders }));
    // Graph's own answer for a segment a version lacks is a 400 BadRequest.
    expect(response.status).toBe(400);
    expect(isGraphErrorBody(await response.json())).toBe(true);
    expect(upstream.calls).toHaveLength(0);
  });
});

describe("the routes that are allowed", () => {
  const allowed: Array<[string, string, string]> = [
    ["GET", "v1.0/deviceManagement/deviceManagementPartners", "list"],
    ["POST", "beta/deviceManagement/deviceManagementPartners", "create"],
    ["GET", "beta/deviceManagement/deviceManagementPartners/$count", "count"],
    ["GET", `v1.0/deviceManagement/deviceManagementPartners/${partnerId}`, "get"],
    ["PATCH", `v1.0/deviceManagement/deviceManagementPartners/${partnerId}`, "update"],
    ["DELETE", `v1.0/deviceManagement/deviceManagementPartners/${partnerId}`, "delete"],
    ["POST", `v1.0/deviceManagement/deviceManagementPartners/${partnerId}/terminate`, "action"],
    ["GET", "beta/deviceManagement/complianceManagementPartners", "list"],
    ["GET", "v1.0/deviceManagement/complianceManagementPartners/$count", "count"],
    ["PATCH", `beta/deviceManagement/complianceManagementPartners/${partnerId}`, "update"],
    ["GET", "v1.0/groups", "list"],
    ["GET", `beta/groups/${partnerId}`, "get"],
    ["GET", "beta/deviceManagement/assignmentFilters", "list"],
    ["GET", `beta/deviceManagement/assignmentFilters/${partnerId}`, "get"],
    ["GET", "v1.0/deviceManagement/auditEvents", "list"],
  ];
  it.each(allowed)("%s %s", (method, path, operation) => {
    const target = parseRequestTarget(`/api/graph/${path}`);
    expect(target.ok).toBe(true);
    if (!target.ok) return;
    const route = matchGraphRoute(target.target.segments, method);
    expect(route.ok && route.route.operation).toBe(operation);
    expect(route.ok && route.route.path).toBe(`/${path}`);
  });

  it("decodes an escaped id once and re-encodes what it builds", () => {
    const target = parseRequestTarget(`${partners}/abc%2Ddef`);
    expect(target.ok && target.target.segments.at(-1)).toBe("abc-def");
  });
});
