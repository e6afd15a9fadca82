import { describe, expect, it } from "vitest";
import { GraphError } from "../../graph/graph-error";
import type { FaultSpec } from "../../fault-spec";
import { consoleOrigin } from "../console-origin";
import { createDemoApi } from "../demo-api";
import { readSandboxId, sandboxCookieName, signedSandboxValue } from "../demo-sandbox";
import { createGraphGateway } from "../graph-gateway";
import type { MockGraphService } from "../mock-graph-service";
import { checkSameOrigin } from "../same-origin";
import { gatewayRefusalCodes } from "../../graph/gateway-refusal-codes";

const origin = "http://console.test";
const partners = `${origin}/api/graph/v1.0/deviceManagement/deviceManagementPartners`;
const secret = new Uint8Array(32).fill(7);
const sandboxA = "0123456789abcdef0123456789abcdef";
const cookieA = `${sandboxCookieName}=${signedSandboxValue(sandboxA, secret)}`;
const tenantA = `sandbox:${sandboxA}`;
const plain = { trustProxy: false };

/** Records what reaches the mock; answers like it would (links built from the request's origin and basePath). */
function fakeMock() {
  const handled: { url: string; method: string; headers: Headers; body: string; tenant?: string; basePath?: string }[] = [];
  const resets: { tenant: string; seed?: object }[] = [];
  const faults: { tenant: string; faults?: FaultSpec }[] = [];
  const mock: MockGraphService = {
    async handle(request, options) {
      handled.push({ url: request.url, method: request.method, headers: request.headers, body: await request.text(), ...options });
      const url = new URL(request.url);
      return new Response(JSON.stringify({ "@odata.nextLink": `${url.origin}${options?.basePath}/v1.0/deviceManagement/deviceManagementPartners?$skiptoken=2`, value: [] }), {
        headers: { "content-type": "application/json", "request-id": "mock-rid" },
      });
    },
    async resetTenant(tenant, seed) {
      resets.push({ tenant, seed });
    },
    setTenantFaults(tenant, spec) {
      faults.push({ tenant, faults: spec });
    },
  };
  return { mock, handled, resets, faults };
}

function demoGateway(options: { trustProxy?: boolean } = {}) {
  const fake = fakeMock();
  const gateway = createGraphGateway({ mode: "demo", upstreamBaseUrl: "https://graph.microsoft.com", timeoutMs: 1000, mockGraph: () => fake.mock, log: () => undefined, sandboxSecret: secret, ...options });
  const demoApi = createDemoApi({ mode: "demo", mockGraph: () => fake.mock, log: () => undefined, sandboxSecret: secret, ...options });
  return { ...fake, gateway, demoApi };
}

const fromConsole = { origin, "x-requested-with": "XMLHttpRequest" };

describe("same-origin mutations", () => {
  const check = (headers: Record<string, string>, url = partners) => checkSameOrigin(new Request(url, { method: "POST", headers }), plain);

  it("accepts the console's own fetcher", () => {
    expect(check(fromConsole)).toBeUndefined();
    expect(check({ ...fromConsole, "sec-fetch-site": "same-origin" })).toBeUndefined();
  });

  it.each<[string, Record<string, string>]>([
    ["another origin", { origin: "https://evil.example", "x-requested-with": "XMLHttpRequest" }],
    ["a look-alike origin", { origin: "http://console.test.evil.example", "x-requested-with": "XMLHttpRequest" }],
    ["another port", { origin: "http://console.test:8080", "x-requested-with": "XMLHttpRequest" }],
    ["another scheme", { origin: "https://console.test", "x-requested-with": "XMLHttpRequest" }],
    ["no Origin", { "x-requested-with": "XMLHttpRequest" }],
    ["Origin null (sandboxed frame, file:)", { origin: "null", "x-requested-with": "XMLHttpRequest" }],
    ["no X-Requested-With (a cross-site form)", { origin }],
    ["another X-Requested-With", { origin, "x-requested-with": "fetch" }],
    ["Sec-Fetch-Site cross-site", { ...fromConsole, "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site same-site", { ...fromConsole, "sec-fetch-site": "same-site" }],
  ])("refuses %s with a code of the gateway's own, never Graph's", (_name, headers) => {
    const error = check(headers);
    expect(error?.status).toBe(403);
    expect(error?.code).toMatch(/^ConsoleGateway_/);
    expect(error?.code).not.toBe("Authorization_RequestDenied");
  });

  it("says which origins differ and which proxy headers to check when a proxy rewrites Host", () => {
    // A reverse proxy that forwards to http://10.0.0.5:3000 with Host rewritten and no X-Forwarded-Host.
    const error = checkSameOrigin(new Request("http://10.0.0.5:3000/api/graph/v1.0/groups", { method: "POST", headers: { origin: "https://console.contoso.com", "x-requested-with": "XMLHttpRequest", host: "10.0.0.5:3000" } }), plain);
    expect(error?.code).toBe(gatewayRefusalCodes.originMismatch);
    expect(error?.message).toContain("https://console.contoso.com");
    expect(error?.message).toContain("http://10.0.0.5:3000");
    expect(error?.message).toMatch(/X-Forwarded-Host and X-Forwarded-Proto/);
    expect(check({ origin })?.code).toBe(gatewayRefusalCodes.missingRequestedWith);
    expect(check({ "x-requested-with": "XMLHttpRequest" })?.code).toBe(gatewayRefusalCodes.noOrigin);
    expect(check({ ...fromConsole, "sec-fetch-site": "cross-site" })?.code).toBe(gatewayRefusalCodes.crossSite);
  });

  it("compares with the host the browser addressed, also behind a trusted reverse proxy", () => {
    const behindProxy = { origin: "https://console.contoso.com", "x-requested-with": "XMLHttpRequest", "x-forwarded-host": "console.contoso.com", "x-forwarded-proto": "https" };
    expect(checkSameOrigin(new Request("http://10.0.0.5:3000/api/graph/v1.0/groups", { method: "POST", headers: behindProxy }), { trustProxy: true })).toBeUndefined();
    expect(consoleOrigin(new Request("http://127.0.0.1:3000/x", { headers: { "x-forwarded-host": "bad host/" } }), { trustProxy: true })).toBe("http://127.0.0.1:3000");
  });
});

describe("demo mode", () => {
  it("answers from the mock in the caller's sandbox, created on first use", async () => {
    const { gateway, handled } = demoGateway();
    const first = await gateway.handle(new Request(`${partners}?$top=5`));
    expect(first.status).toBe(200);
    const setCookie = first.headers.get("set-cookie")!;
    expect(setCookie).toMatch(new RegExp(`^${sandboxCookieName}=[0-9a-f]{32}\\.[\\w-]{32}; Path=/; Max-Age=\\d+; HttpOnly; SameSite=Lax$`));
    const sandbox = readSandboxId(setCookie.split(";")[0]!, { secure: false, secret })!;
    expect(handled[0]).toMatchObject({ tenant: `sandbox:${sandbox}`, basePath: "/api/graph", url: `${partners}?$top=5` });
    expect(((await first.json()) as Record<string, string>)["@odata.nextLink"]).toBe(`${partners}?$skiptoken=2`);

    const again = await gateway.handle(new Request(partners, { headers: { cookie: `other=1; ${setCookie.split(";")[0]}` } }));
    expect(again.headers.get("set-cookie")).toBeNull();
    expect(handled[1]!.tenant).toBe(`sandbox:${sandbox}`);
  });

  it("gives two browsers two sandboxes and never forwards cookies or tokens to the mock", async () => {
    const { gateway, handled } = demoGateway();
    await gateway.handle(new Request(partners));
    await gateway.handle(new Request(partners));
    await gateway.handle(new Request(partners, { headers: { cookie: cookieA, authorization: "Bearer secret" } }));
    expect(handled[0]!.tenant).not.toBe(handled[1]!.tenant);
    expect(handled[2]!.tenant).toBe(tenantA);
    expect(handled[2]!.headers.get("cookie")).toBeNull();
    expect(handled[2]!.headers.get("authorization")).toBeNull();
  });

  it("marks the cookie Secure with the __Host- name over https, and behind a trusted proxy that says so", async () => {
    const direct = await demoGateway().gateway.handle(new Request(`https://console.test/api/graph/v1.0/deviceManagement/deviceManagementPartners`));
    expect(direct.headers.get("set-cookie")).toMatch(/^__Host-demo-sandbox=[0-9a-f]{32}\.[\w-]{32}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax; Secure$/);
    const { gateway } = demoGateway({ trustProxy: true });
    for (const headers of [{ "x-forwarded-proto": "https" }, { forwarded: "for=192.0.2.1;proto=http, for=10.0.0.1;proto=https" }] as Record<string, string>[]) {
      expect((await gateway.handle(new Request(partners, { headers }))).headers.get("set-cookie")).toMatch(/^__Host-demo-sandbox=.*; Secure$/);
    }
  });

  it("believes no forwarded scheme without TRUST_PROXY: a plain-http cookie", async () => {
    const { gateway } = demoGateway();
    const response = await gateway.handle(new Request(partners, { headers: { "x-forwarded-proto": "https", forwarded: "proto=https" } }));
    expect(response.headers.get("set-cookie")).toMatch(/^demo-sandbox=.*SameSite=Lax$/);
  });

  it.each([
    ["not an id", `${sandboxCookieName}=../../etc`],
    ["an unsigned id", `${sandboxCookieName}=${sandboxA}`],
    ["an id signed with another key", `${sandboxCookieName}=${signedSandboxValue(sandboxA, new Uint8Array(32).fill(8))}`],
    ["another id under a valid signature", `${sandboxCookieName}=${"f".repeat(32)}.${signedSandboxValue(sandboxA, secret).split(".")[1]}`],
    ["the secure name over plain http", `__Host-${cookieA}`],
  ])("ignores a sandbox cookie the console did not issue: %s", async (_name, cookie) => {
    const { gateway, handled } = demoGateway();
    const response = await gateway.handle(new Request(partners, { headers: { cookie } }));
    expect(handled[0]!.tenant).toMatch(/^sandbox:[0-9a-f]{32}$/);
    expect(handled[0]!.tenant).not.toBe(tenantA);
    expect(response.headers.get("set-cookie")).toMatch(/^demo-sandbox=/);
  });

  it("refuses cross-origin mutations with 403 and never reaches the mock", async () => {
    const { gateway, handled } = demoGateway();
    const response = await gateway.handle(
      new Request(`${partners}/abc`, { method: "PATCH", headers: { origin: "https://evil.example", "content-type": "application/json", cookie: cookieA }, body: "{}" }),
    );
    expect(response.status).toBe(403);
    expect((await GraphError.fromResponse(response)).code).toBe(gatewayRefusalCodes.missingRequestedWith);
    expect(handled).toHaveLength(0);
  });
});

describe("demo endpoints", () => {
  const post = (path: string, body?: string, headers: Record<string, string> = fromConsole) =>
    new Request(`${origin}${path}`, { method: "POST", headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }), cookie: cookieA }, body });

  it("re-seeds the caller's sandbox", async () => {
    const { demoApi, resets } = demoGateway();
    expect((await demoApi.reset(post("/api/demo/reset"))).status).toBe(204);
    expect((await demoApi.reset(post("/api/demo/reset", JSON.stringify({ deviceManagementPartners: 5000 })))).status).toBe(204);
    expect(resets).toEqual([
      { tenant: tenantA, seed: {} },
      { tenant: tenantA, seed: { deviceManagementPartners: 5000 } },
    ]);
  });

  it.each(['{"deviceManagementPartners": 5001}', '{"deviceManagementPartners": -1}', '{"deviceManagementPartners": 1.5}', '{"devices": 1}', "[1]", "nope"])(
    "refuses a bad seed: %s",
    async (body) => {
      const { demoApi, resets } = demoGateway();
      const response = await demoApi.reset(post("/api/demo/reset", body));
      expect(response.status).toBe(400);
      expect(resets).toHaveLength(0);
    },
  );

  it("sets and clears faults for the caller's sandbox only", async () => {
    const { demoApi, faults } = demoGateway();
    expect((await demoApi.faults(post("/api/demo/faults", JSON.stringify({ faults: "rate=1,codes=500,methods=PATCH,count=1" })))).status).toBe(204);
    expect((await demoApi.faults(post("/api/demo/faults", JSON.stringify({ faults: null })))).status).toBe(204);
    expect(faults).toEqual([
      { tenant: tenantA, faults: { rate: 1, codes: [500], methods: ["PATCH"], count: 1 } },
      { tenant: tenantA, faults: undefined },
    ]);
    const bad = await demoApi.faults(post("/api/demo/faults", JSON.stringify({ faults: "rate=2" })));
    expect(bad.status).toBe(400);
    expect((await GraphError.fromResponse(bad)).target).toBe("faults");
  });

  it("applies the same-origin rules and allows only POST", async () => {
    const { demoApi, resets, faults } = demoGateway();
    expect((await demoApi.reset(post("/api/demo/reset", "{}", { origin: "https://evil.example", "x-requested-with": "XMLHttpRequest" }))).status).toBe(403);
    expect((await demoApi.faults(post("/api/demo/faults", '{"faults":null}', { origin }))).status).toBe(403);
    const get = await demoApi.reset(new Request(`${origin}/api/demo/reset`));
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect(resets).toHaveLength(0);
    expect(faults).toHaveLength(0);
  });

  it("does not exist in live mode", async () => {
    const { mock, resets } = fakeMock();
    const live = createDemoApi({ mode: "live", mockGraph: () => mock, log: () => undefined });
    expect((await live.reset(post("/api/demo/reset"))).status).toBe(404);
    expect(resets).toHaveLength(0);
  });
});
