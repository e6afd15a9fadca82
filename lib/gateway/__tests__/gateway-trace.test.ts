import { describe, expect, it } from "vitest";
import { parseFaultSpec } from "../../fault-spec";
import { describeGatewayTrace, formatGatewayTrace, gatewayTraceHeader, parseGatewayTrace } from "../../graph/gateway-trace";
import { createMockGraph } from "../../mock-graph/mock-graph";
import { sandboxCookieName, signedSandboxValue } from "../demo-sandbox";
import { createGraphGateway } from "../graph-gateway";
import { json, liveGateway, rawRequest, sameOriginHeaders, token, upstreamSpy } from "./gateway-test-kit";

const partners = "/api/graph/beta/deviceManagement/deviceManagementPartners";
const throttled = (retryAfter: string) => () => json(429, { error: { code: "TooManyRequests", message: "slow down" } }, { "retry-after": retryAfter });

describe("the gateway's trace header", () => {
  it("tells the browser each attempt's answer and each wait, and nothing else", async () => {
    const upstream = upstreamSpy(throttled("2"), throttled("1"), () => json(200, { value: [] }));
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(partners));
    expect(response.status).toBe(200);
    const header = response.headers.get(gatewayTraceHeader);
    expect(header).toBe("attempts=3;answers=429,429,200;waits=2000,1000");
    expect(header).not.toContain(token.slice(7, 20));
    expect(describeGatewayTrace(parseGatewayTrace(header)!)).toBe("429 → waited 2 s → 429 → waited 1 s → 200");
  });

  it("is there on the errors the gateway gives after trying: retries ran out, a timeout", async () => {
    const upstream = upstreamSpy(throttled("1"));
    const out = await liveGateway(upstream.fetch).gateway.handle(rawRequest(partners));
    expect(out.status).toBe(429);
    expect(parseGatewayTrace(out.headers.get(gatewayTraceHeader))).toEqual({ answers: [429, 429, 429, 429], waitsMs: [1000, 1000, 1000] });

    const hang: typeof fetch = (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))));
    const timedOut = await liveGateway(hang, { timeoutMs: 20 }).gateway.handle(
      rawRequest(partners, { method: "POST", headers: { ...sameOriginHeaders, "content-type": "application/json" }, body: JSON.stringify({ displayName: "x" }) }),
    );
    expect(timedOut.status).toBe(504);
    expect(timedOut.headers.get(gatewayTraceHeader)).toBe("attempts=1;answers=timeout;waits=");
  });

  it("in demo mode, the mock's injected 429 meets the same retries", async () => {
    const mock = createMockGraph({ throttling: "off" });
    const sleeps: number[] = [];
    const secret = new Uint8Array(32).fill(3);
    const sandbox = "0123456789abcdef0123456789abcdef";
    const gateway = createGraphGateway({
      mode: "demo",
      upstreamBaseUrl: "https://graph.microsoft.com",
      timeoutMs: 1000,
      mockGraph: () => mock,
      log: () => undefined,
      sandboxSecret: secret,
      sleep: async (ms) => void sleeps.push(ms),
    });
    mock.setTenantFaults(`sandbox:${sandbox}`, parseFaultSpec("rate=1,codes=429,retryAfter=1,count=2"));
    const response = await gateway.handle(
      new Request(`http://console.test${partners}`, { headers: { cookie: `${sandboxCookieName}=${signedSandboxValue(sandbox, secret)}` } }),
    );
    expect(response.status).toBe(200);
    expect(sleeps).toEqual([1000, 1000]);
    expect(response.headers.get(gatewayTraceHeader)).toBe("attempts=3;answers=429,429,200;waits=1000,1000");
  });

  it("reads back only its own words", () => {
    expect(parseGatewayTrace(formatGatewayTrace({ answers: [503, "timeout", 200], waitsMs: [500, 1000] }))).toEqual({ answers: [503, "timeout", 200], waitsMs: [500, 1000] });
    expect(parseGatewayTrace("attempts=2;answers=200;waits=")).toBeUndefined();
    expect(parseGatewayTrace("attempts=1;answers=Bearer;waits=")).toBeUndefined();
    expect(parseGatewayTrace(null)).toBeUndefined();
  });
});
