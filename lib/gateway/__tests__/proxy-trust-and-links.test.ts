import { describe, expect, it } from "vitest";
import { GraphError } from "../../graph/graph-error";
import { consoleOrigin as originOf } from "../console-origin";
import { createGraphGateway } from "../graph-gateway";
import { arrivalHeader, arrivalOf, prepareIncomingRequest } from "../incoming-request";
import { checkSameOrigin } from "../same-origin";
import { consoleOrigin, json, liveGateway, rawRequest, upstreamBaseUrl, upstreamSpy } from "./gateway-test-kit";

const partners = "/api/graph/beta/deviceManagement/deviceManagementPartners";
const next = `${upstreamBaseUrl}/beta/deviceManagement/deviceManagementPartners?$skiptoken=2`;
const evilHeaders = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", forwarded: "host=evil.example;proto=https" };

describe("forwarded headers (TRUST_PROXY)", () => {
  const request = (headers: Record<string, string>) => new Request("http://10.0.0.5:3000/api/graph/beta/x", { method: "POST", headers: { host: "console.test", ...headers } });

  it("ignores them without TRUST_PROXY: the origin is the request's own Host and scheme", () => {
    expect(originOf(request(evilHeaders), { trustProxy: false })).toBe("http://console.test");
    const forged = { ...evilHeaders, origin: "https://evil.example", "x-requested-with": "XMLHttpRequest" };
    expect(checkSameOrigin(request(forged), { trustProxy: false })?.status).toBe(403);
  });

  it("behind a trusted proxy takes the right-most value, the one the proxy appended", () => {
    const trusted = { trustProxy: true };
    expect(originOf(request({ "x-forwarded-host": "evil.example, console.contoso.com", "x-forwarded-proto": "http, https" }), trusted)).toBe("https://console.contoso.com");
    expect(originOf(request({ forwarded: 'host=evil.example;proto=http, host="console.contoso.com";proto=https' }), trusted)).toBe("https://console.contoso.com");
    expect(originOf(request({ forwarded: "for=192.0.2.1;proto=https" }), trusted)).toBe("https://console.test");
    expect(originOf(request({ "x-forwarded-host": "bad host/" }), trusted)).toBe("http://console.test");
  });

  it("keeps live next links on the console's own host whatever X-Forwarded-Host says", async () => {
    const upstream = upstreamSpy(() => json(200, { "@odata.nextLink": next, value: [] }));
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(partners, { headers: { host: "console.test", ...evilHeaders } }));
    expect(((await response.json()) as Record<string, string>)["@odata.nextLink"]).toBe(`${consoleOrigin}/api/graph/beta/deviceManagement/deviceManagementPartners?$skiptoken=2`);
  });

  it("drops a client's forwarded headers as Node reads the request, and stamps its arrival", () => {
    const headers: Record<string, string | string[] | undefined> = { host: "console.test", ...evilHeaders, "x-forwarded-for": "1.2.3.4", [arrivalHeader]: "0" };
    prepareIncomingRequest(headers, { trustProxy: false, now: 1_000_000 });
    expect(Object.keys(headers).sort()).toEqual(["host", arrivalHeader].sort());
    expect(headers[arrivalHeader]).toBe("1000000");
    const kept: Record<string, string> = { ...evilHeaders };
    prepareIncomingRequest(kept, { trustProxy: true, now: 1 });
    expect(kept["x-forwarded-host"]).toBe("evil.example");
  });

  it("logs from the request's arrival, and only believes a stamp it could have made", () => {
    const stamped = (value: string) => new Request("http://console.test/", { headers: { [arrivalHeader]: value } });
    expect(arrivalOf(stamped("9000"), 10_000, { trusted: true })).toBe(9000);
    expect(arrivalOf(stamped("9000"), 10_000, { trusted: false })).toBe(10_000);
    expect(arrivalOf(stamped("20000"), 10_000, { trusted: true })).toBe(10_000);
    expect(arrivalOf(stamped("0"), 10_000_000, { trusted: true })).toBe(10_000_000);
    expect(arrivalOf(stamped("soon"), 10_000, { trusted: true })).toBe(10_000);
  });
});

describe("links and annotations from upstream", () => {
  const answer = async (body: unknown, contentType = "application/json") => {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    const upstream = upstreamSpy(() => new Response(text, { status: 200, headers: { "content-type": contentType } }));
    return liveGateway(upstream.fetch).gateway.handle(rawRequest(partners));
  };
  const nested = (levels: number, leaf: unknown): unknown => (levels === 0 ? leaf : { inner: nested(levels - 1, leaf) });

  it.each<[string, unknown]>([
    ["a nextLink that is not a string", { "@odata.nextLink": { href: "https://evil.example/x" }, value: [] }],
    ["a nextLink that is a list", { "@odata.nextLink": ["https://evil.example/x"], value: [] }],
    ["a property nextLink to elsewhere", { id: "g", "members@odata.nextLink": "https://evil.example/members?page=2" }],
    ["a deltaLink to elsewhere", { "@odata.deltaLink": "https://evil.example/delta", value: [] }],
    ["a nextLink nested 12 levels deep", nested(12, { "@odata.nextLink": "https://evil.example/deep" })],
    ["JSON nested 40 levels deep", nested(40, 1)],
    ["invalid JSON", '{"value": [1, 2'],
  ])("refuses %s with 502", async (_name, body) => {
    const response = await answer(body);
    expect(response.status).toBe(502);
    const error = await GraphError.fromResponse(response);
    expect(error.code).toBe("BadGateway");
    expect(JSON.stringify(error)).not.toContain("evil");
  });

  it("rewrites property links and deep links under the service root", async () => {
    const response = await answer({ "members@odata.nextLink": `${next}&m=1`, deep: nested(12, { "@odata.nextLink": next }) });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain(upstreamBaseUrl);
    expect(JSON.parse(text)["members@odata.nextLink"]).toBe(`${consoleOrigin}/api/graph/beta/deviceManagement/deviceManagementPartners?$skiptoken=2&m=1`);
  });

  it("drops foreign @odata.id and @odata.context, rewrites its own, keeps @odata.type and @odata.count", async () => {
    const response = await answer({
      "@odata.context": "https://evil.example/$metadata#x",
      "@odata.count": 1,
      value: [
        { "@odata.id": "https://evil.example/directoryObjects/1", "@odata.type": "#microsoft.graph.group", "owner@odata.navigationLink": "https://evil.example/o" },
        { "@odata.id": `${upstreamBaseUrl}/v1.0/directoryObjects/2`, "@odata.editLink": 42 },
      ],
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: Record<string, unknown>[] } & Record<string, unknown>;
    expect(body).not.toHaveProperty("@odata.context");
    expect(body["@odata.count"]).toBe(1);
    expect(body.value[0]).toEqual({ "@odata.type": "#microsoft.graph.group" });
    expect(body.value[1]).toEqual({ "@odata.id": `${consoleOrigin}/api/graph/v1.0/directoryObjects/2` });
  });

  it("passes a text/plain count and refuses any other text", async () => {
    const count = await answer("42", "text/plain");
    expect(count.status).toBe(200);
    expect(await count.text()).toBe("42");
    const link = await answer(`see ${next.replace(upstreamBaseUrl, "https://evil.example")}`, "text/plain;charset=utf-8");
    expect(link.status).toBe(502);
    expect(await link.text()).not.toContain("evil");
  });

  it("logs a request's duration from its arrival", async () => {
    const logs: number[] = [];
    let clock = 50_000;
    const gateway = createGraphGateway({
      mode: "live",
      upstreamBaseUrl,
      timeoutMs: 1000,
      fetch: async () => {
        clock += 5;
        return json(200, { value: [] });
      },
      now: () => clock,
      log: (entry) => void logs.push(entry.durationMs),
    });
    await gateway.handle(rawRequest(partners));
    expect(logs).toEqual([5]);
  });
});
