import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphError } from "../../lib/graph/graph-error";
import { startConsole, type RunningConsole } from "../support/start-console";

// The built console in demo mode: the gateway in front of the in-process mock Graph service.
let app: RunningConsole;

beforeAll(async () => {
  app = await startConsole({ GRAPH_MODE: "demo", MOCK_GRAPH_DATA_DIR: "", MOCK_GRAPH_FAULTS: "" });
}, 90_000);

afterAll(async () => {
  await app?.stop();
});

const partners = "/api/graph/v1.0/deviceManagement/deviceManagementPartners";

/** A browser: keeps the sandbox cookie the console hands out, and sends what the console's fetcher sends. */
function browser() {
  let cookie: string | undefined;
  const call = async (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { accept: "application/json", ...(cookie ? { cookie } : {}), ...init.headers };
    if (init.body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${app.url}${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) cookie = setCookie.split(";", 1)[0];
    return response;
  };
  const fromConsole = () => ({ origin: app.url, "x-requested-with": "XMLHttpRequest" });
  return { call, fromConsole, cookie: () => cookie };
}

async function createPartner(b: ReturnType<typeof browser>, displayName: string): Promise<string> {
  const response = await b.call(partners, {
    method: "POST",
    headers: b.fromConsole(),
    body: { displayName, partnerState: "enabled", partnerAppType: "multiTenantApp", isConfigured: false, lastHeartbeatDateTime: "2026-01-31T09:30:00.1234567Z" },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function displayNameOf(b: ReturnType<typeof browser>, id: string): Promise<string> {
  const response = await b.call(`${partners}/${id}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { displayName: string }).displayName;
}

describe("demo mode through the built console", () => {
  it("gives two browsers two sandboxes", async () => {
    const a = browser();
    const b = browser();
    expect((await a.call(partners)).status).toBe(200);
    expect((await b.call(partners)).status).toBe(200);
    expect(a.cookie()).toMatch(/^demo-sandbox=[0-9a-f]{32}\.[\w-]{32}$/);
    expect(b.cookie()).toMatch(/^demo-sandbox=[0-9a-f]{32}\.[\w-]{32}$/);
    expect(a.cookie()).not.toBe(b.cookie());

    const id = await createPartner(a, "Only in A");
    expect(await displayNameOf(a, id)).toBe("Only in A");
    expect((await b.call(`${partners}/${id}`)).status).toBe(404);
  });

  it("hands out the sandbox cookie httpOnly and SameSite=Lax on the first page", async () => {
    const page = await fetch(`${app.url}/`);
    expect(page.headers.get("set-cookie")).toMatch(/^demo-sandbox=[0-9a-f]{32}\.[\w-]{32}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
  });

  it("refuses a mutation from another origin or without the console's header, and changes nothing", async () => {
    const a = browser();
    const id = await createPartner(a, "Original");
    const attempts: Array<[string, Record<string, string>]> = [
      ["another origin", { origin: "https://evil.example", "x-requested-with": "XMLHttpRequest" }],
      ["no X-Requested-With", { origin: app.url }],
      ["no Origin", { "x-requested-with": "XMLHttpRequest" }],
    ];
    for (const [name, headers] of attempts) {
      const patch = await a.call(`${partners}/${id}`, { method: "PATCH", headers, body: { displayName: "Hijacked" } });
      expect(patch.status, name).toBe(403);
      expect((await GraphError.fromResponse(patch)).code, "the gateway's own refusal, never Graph's code").toMatch(/^ConsoleGateway_/);
      expect((await a.call(`${partners}/${id}`, { method: "DELETE", headers })).status, name).toBe(403);
      expect((await a.call(`${partners}/${id}/terminate`, { method: "POST", headers })).status, name).toBe(403);
      expect((await a.call("/api/demo/reset", { method: "POST", headers, body: {} })).status, name).toBe(403);
    }
    expect(await displayNameOf(a, id)).toBe("Original");

    const patch = await a.call(`${partners}/${id}`, { method: "PATCH", headers: a.fromConsole(), body: { displayName: "Renamed" } });
    expect([200, 204]).toContain(patch.status);
    expect(await displayNameOf(a, id)).toBe("Renamed");
  });

  it("re-seeds the caller's sandbox on reset, and only the caller's", async () => {
    const a = browser();
    const b = browser();
    const idA = await createPartner(a, "Gone after reset");
    const idB = await createPartner(b, "Stays");
    const reset = await a.call("/api/demo/reset", { method: "POST", headers: a.fromConsole(), body: { deviceManagementPartners: 30 } });
    expect(reset.status).toBe(204);
    expect((await a.call(`${partners}/${idA}`)).status).toBe(404);
    expect(await displayNameOf(b, idB)).toBe("Stays");
    const tooMany = await a.call("/api/demo/reset", { method: "POST", headers: a.fromConsole(), body: { deviceManagementPartners: 1_000_000 } });
    expect(tooMany.status).toBe(400);
  });

  it("pages with nextLinks that point back at the gateway", async () => {
    const a = browser();
    await a.call("/api/demo/reset", { method: "POST", headers: a.fromConsole(), body: { deviceManagementPartners: 30 } });
    const first = (await (await a.call(`${partners}?$top=5`)).json()) as { value: unknown[]; "@odata.nextLink"?: string };
    expect(first.value).toHaveLength(5);
    expect(first["@odata.nextLink"]?.startsWith(`${app.url}${partners}?`)).toBe(true);
    const second = await a.call(first["@odata.nextLink"]!.slice(app.url.length));
    expect(second.status).toBe(200);
  });

  it("answers JSON batches on the console's /mock-graph and through the gateway alike, each write there before the answer", async () => {
    const create = (name: string) => ({
      id: "create",
      method: "POST",
      url: "/deviceManagement/deviceManagementPartners",
      headers: { "content-type": "application/json" },
      body: { displayName: name, partnerState: "enabled", partnerAppType: "multiTenantApp", isConfigured: false, lastHeartbeatDateTime: "2026-01-31T09:30:00Z" },
    });
    const requests = (name: string) => [
      create(name),
      { id: "count", method: "GET", url: "/deviceManagement/deviceManagementPartners/$count", dependsOn: ["create"] },
      { id: "users", method: "GET", url: "/users", dependsOn: ["count"] },
      { id: "after", method: "GET", url: "/deviceManagement/deviceManagementPartners?$top=1", dependsOn: ["users"] },
    ];
    type Answer = { responses: { id: string; status: number; body?: { id?: string } }[] };
    const statuses = (answer: Answer) => Object.fromEntries(answer.responses.map((r) => [r.id, r.status]));

    const direct = await fetch(`${app.url}/mock-graph/v1.0/$batch`, {
      method: "POST",
      headers: { authorization: "Bearer batch-tenant", "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ requests: requests("Batched directly") }),
    });
    expect(direct.status).toBe(200);
    const directAnswer = (await direct.json()) as Answer;
    // /users is no route of the mock: its 4xx fails the request that depends on it with a 424.
    expect(statuses(directAnswer)).toMatchObject({ create: 201, count: 200, after: 424 });
    expect(statuses(directAnswer).users).toBeGreaterThanOrEqual(400);
    const createdDirectly = directAnswer.responses.find((r) => r.id === "create")!.body!.id!;
    const readBack = await fetch(`${app.url}/mock-graph/v1.0/deviceManagement/deviceManagementPartners/${createdDirectly}`, { headers: { authorization: "Bearer batch-tenant" } });
    expect(readBack.status).toBe(200);

    const b = browser();
    await b.call("/", { headers: { accept: "text/html" } });
    const gateway = await b.call("/api/graph/v1.0/$batch", { method: "POST", headers: b.fromConsole(), body: { requests: requests("Batched via the gateway") } });
    expect(gateway.status).toBe(200);
    const gatewayAnswer = (await gateway.json()) as Answer;
    expect(statuses(gatewayAnswer)).toMatchObject({ create: 201, count: 200, after: 424 });
    expect(await displayNameOf(b, gatewayAnswer.responses.find((r) => r.id === "create")!.body!.id!)).toBe("Batched via the gateway");
  });

  it("injects faults into the caller's sandbox only", async () => {
    const a = browser();
    const b = browser();
    const idA = await createPartner(a, "A");
    const idB = await createPartner(b, "B");
    const set = await a.call("/api/demo/faults", { method: "POST", headers: a.fromConsole(), body: { faults: "rate=1,codes=500,methods=PATCH,count=1" } });
    expect(set.status).toBe(204);
    expect((await b.call(`${partners}/${idB}`, { method: "PATCH", headers: b.fromConsole(), body: { displayName: "B2" } })).status).toBeLessThan(300);
    const failed = await a.call(`${partners}/${idA}`, { method: "PATCH", headers: a.fromConsole(), body: { displayName: "A2" } });
    expect(failed.status).toBe(500);
    expect(failed.headers.get("request-id")).toBeTruthy();
    expect((await a.call(`${partners}/${idA}`, { method: "PATCH", headers: a.fromConsole(), body: { displayName: "A3" } })).status).toBeLessThan(300);
    const bad = await a.call("/api/demo/faults", { method: "POST", headers: a.fromConsole(), body: { faults: "rate=7" } });
    expect(bad.status).toBe(400);
    expect((await a.call("/api/demo/faults", { method: "POST", headers: { origin: "https://evil.example" }, body: { faults: null } })).status).toBe(403);
  });

  it("puts the security headers on a page, with the nonce on every script, and on an API answer", async () => {
    const page = await fetch(`${app.url}/`);
    const csp = page.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("login.microsoftonline.com");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await page.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const second = await fetch(`${app.url}/`);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);

    // proxy.ts skips the gateway: its route sets these itself, on answers and refusals, and hands out the sandbox.
    const api = await fetch(`${app.url}${partners}`);
    expect(api.status).toBe(200);
    expect(api.headers.get("set-cookie")).toMatch(/^demo-sandbox=/);
    const refused = await fetch(`${app.url}/api/graph/v1.0/deviceManagement/somethingElse`);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    for (const answer of [api, refused]) {
      expect(answer.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
      expect(answer.headers.get("x-frame-options")).toBe("DENY");
      expect(answer.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    }
  });
});
