import { describe, expect, it } from "vitest";
import { GraphError } from "../../graph/graph-error";
import type { FaultSpec } from "../../fault-spec";
import { consoleOrigin } from "../console-origin";
import { createDemoApi } from "../demo-api";
import { readSandboxId, sandboxCookieName } from "../demo-sandbox";
import { createGraphGateway } from "../graph-gateway";
import type { MockGraphService } from "../mock-graph-service";
import { checkSameOrigin } from "../same-origin";

const origin = "http://console.test";
const partners = `${origin}/api/graph/v1.0/deviceManagement/deviceManagementPartners`;
const sandboxA = "0123456789abcdef0123456789abcdef";

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

function demoGateway() {
  const fake = fakeMock();
  const gateway = createGraphGateway({ mode: "demo", upstreamBaseUrl: "https://graph.microsoft.com", timeoutMs: 1000, mockGraph: () => fake.mock, log: () => undefined });
  const demoApi = createDemoApi({ mode: "demo", mockGraph: () => fake.mock, log: () => undefined });
  return { ...fake, gateway, demoApi };
}

const fromConsole = { origin, "x-requested-with": "XMLHttpRequest" };

describe("same-origin mutations", () => {
  const check = (headers: Record<string, string>, url = partners) => checkSameOrigin(new Request(url, { method: "POST", headers }));

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
  ])("refuses %s", (_name, headers) => {
    const error = check(headers);
    expect(error?.status).toBe(403);
  });

  it("compares with the host the browser addressed, also behind a reverse proxy", () => {
    const behindProxy = { origin: "https://console.contoso.com", "x-requested-with": "XMLHttpRequest", "x-forwarded-host": "console.contoso.com", "x-forwarded-proto": "https" };
    expect(checkSameOrigin(new Request("http://10.0.0.5:3000/api/graph/v1.0/groups", { method: "POST", headers: behindProxy }))).toBeUndefined();
    expect(consoleOrigin(new Request("http://127.0.0.1:3000/x", { headers: { "x-forwarded-host": "bad host/" } }))).toBe("http://127.0.0.1:3000");
  });
});

describe("demo mode", () => {
  it("answers from the mock in the caller's sandbox, created on first use", async () => {
    const { gateway, handled } = demoGateway();
    const first = await gateway.handle(new Request(`${partners}?$top=5`));
    expect(first.status).toBe(200);
    const setCookie = first.headers.get("set-cookie")!;
    expect(setCookie).toMatch(new RegExp(`^${sandboxCookieName}=[0-9a-f]{32}; Path=/; Max-Age=\\d+; HttpOnly; SameSite=Lax$`));
    const sandbox = readSandboxId(setCookie.split(";")[0]!)!;
    expect(handled[0]).toMatchObject({ tenant: sandbox, basePath: "/api/graph", url: `${partners}?$top=5` });
    expect(((await first.json()) as Record<string, string>)["@odata.nextLink"]).toBe(`${partners}?$skiptoken=2`);

    const again = await gateway.handle(new Request(partners, { headers: { cookie: `other=1; ${sandboxCookieName}=${sandbox}` } }));
    expect(again.headers.get("set-cookie")).toBeNull();
    expect(handled[1]!.tenant).toBe(sandbox);
  });

  it("gives two browsers two sandboxes and never forwards cookies or tokens to the mock", async () => {
    const { gateway, handled } = demoGateway();
    await gateway.handle(new Request(partners));
    await gateway.handle(new Request(partners));
    await gateway.handle(new Request(partners, { headers: { cookie: `${sandboxCookieName}=${sandboxA}`, authorization: "Bearer secret" } }));
    expect(handled[0]!.tenant).not.toBe(handled[1]!.tenant);
    expect(handled[2]!.tenant).toBe(sandboxA);
    expect(handled[2]!.headers.get("cookie")).toBeNull();
    expect(handled[2]!.headers.get("authorization")).toBeNull();
  });

  it("marks the cookie Secure over https", async () => {
    const { gateway } = demoGateway();
    const response = await gateway.handle(new Request(partners, { headers: { "x-forwarded-proto": "https" } }));
    expect(response.headers.get("set-cookie")).toMatch(/; Secure$/);
  });

  it("ignores a sandbox cookie the console could not have issued", async () => {
    const { gateway, handled } = demoGateway();
    await gateway.handle(new Request(partners, { headers: { cookie: `${sandboxCookieName}=../../etc` } }));
    expect(handled[0]!.tenant).toMatch(/^[0-9a-f]{32}$/);
  });

  it("refuses cross-origin mutations with 403 and never reaches the mock", async () => {
    const { gateway, handled } = demoGateway();
    const response = await gateway.handle(
      new Request(`${partners}/abc`, { method: "PATCH", headers: { origin: "https://evil.example", "content-type": "application/json", cookie: `${sandboxCookieName}=${sandboxA}` }, body: "{}" }),
    );
    expect(response.status).toBe(403);
    expect((await GraphError.fromResponse(response)).code).toBe("Authorization_RequestDenied");
    expect(handled).toHaveLength(0);
  });
});

describe("demo endpoints", () => {
  const post = (path: string, body?: string, headers: Record<string, string> = fromConsole) =>
    new Request(`${origin}${path}`, { method: "POST", headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }), cookie: `${sandboxCookieName}=${sandboxA}` }, body });

  it("re-seeds the caller's sandbox", async () => {
    const { demoApi, resets } = demoGateway();
    expect((await demoApi.reset(post("/api/demo/reset"))).status).toBe(204);
    expect((await demoApi.reset(post("/api/demo/reset", JSON.stringify({ deviceManagementPartners: 5000 })))).status).toBe(204);
    expect(resets).toEqual([
      { tenant: sandboxA, seed: {} },
      { tenant: sandboxA, seed: { deviceManagementPartners: 5000 } },
    ]);
  });

  it.each(['{"deviceManagementPartners": 10001}', '{"deviceManagementPartners": -1}', '{"deviceManagementPartners": 1.5}', '{"devices": 1}', "[1]", "nope"])(
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
      { tenant: sandboxA, faults: { rate: 1, codes: [500], methods: ["PATCH"], count: 1 } },
      { tenant: sandboxA, faults: undefined },
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
