import { describe, expect, it } from "vitest";
import { GraphError } from "../../graph/graph-error";
import { isMockGraphEndpointOpen, mockGraphBasePath, serveMockGraphEndpoint, type MockGraphEndpoint } from "../mock-graph-endpoint";

function fakeMock() {
  const calls: { url: string; basePath: string }[] = [];
  const mock: MockGraphEndpoint = {
    handle: async (request, options) => (calls.push({ url: request.url, ...options }), new Response("{}", { status: 200 })),
  };
  return { calls, mock: () => mock };
}

describe("/mock-graph", () => {
  it.each([
    ["demo", "demo-only", true],
    ["demo", "always", true],
    ["live", "always", true],
    ["live", "demo-only", false],
  ] as const)("in %s mode with MOCK_GRAPH_ENDPOINT=%s is open: %s", (mode, endpoint, open) => {
    expect(isMockGraphEndpointOpen({ GRAPH_MODE: mode, MOCK_GRAPH_ENDPOINT: endpoint })).toBe(open);
  });

  it("hands an open endpoint's requests to the mock, whose links then start with /mock-graph", async () => {
    const { calls, mock } = fakeMock();
    const response = await serveMockGraphEndpoint(new Request("http://console.test/mock-graph/v1.0/groups"), true, mock);
    expect(response.status).toBe(200);
    expect(mockGraphBasePath).toBe("/mock-graph");
    expect(calls).toEqual([{ url: "http://console.test/mock-graph/v1.0/groups", basePath: "/mock-graph" }]);
  });

  it("answers a closed endpoint with Graph's 404 saying how to open it, and never reaches the mock", async () => {
    const { calls, mock } = fakeMock();
    const request = new Request("http://console.test/mock-graph/v1.0/groups", { headers: { "client-request-id": "c-7" } });
    const response = await serveMockGraphEndpoint(request, false, mock);
    expect(response.headers.get("client-request-id")).toBe("c-7");
    expect(await GraphError.fromResponse(response)).toMatchObject({
      status: 404,
      code: "ResourceNotFound",
      message: "The mock Graph service is not served in live mode (set MOCK_GRAPH_ENDPOINT=always to serve it).",
    });
    expect(calls).toEqual([]);
  });

  it("uses its own request id as the client-request-id when the caller sent none", async () => {
    const response = await serveMockGraphEndpoint(new Request("http://console.test/mock-graph"), false, fakeMock().mock);
    expect(response.headers.get("client-request-id")).toBe(response.headers.get("request-id"));
    expect(response.headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
