import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphError } from "../../lib/graph/graph-error";
import { startConsole, type RunningConsole } from "../support/start-console";
import { rawHttpRequest } from "./recording-upstream";

// The built console over real HTTP, probed as issue 20's probe did: the entry point (proxy.ts, next.config.js,
// instrumentation) matters here, not only lib/.
let demo: RunningConsole;
let live: RunningConsole;
const partners = "/api/graph/v1.0/deviceManagement/deviceManagementPartners";
const liveEnv = { GRAPH_MODE: "live", AZURE_CLIENT_ID: "00000000-0000-4000-8000-000000000001", AZURE_TENANT_ID: "organizations", GRAPH_BASE_URL: "http://127.0.0.1:9" };

beforeAll(async () => {
  [demo, live] = await Promise.all([startConsole({ GRAPH_MODE: "demo", MOCK_GRAPH_DATA_DIR: "", MOCK_GRAPH_FAULTS: "" }), startConsole(liveEnv)]);
}, 120_000);

afterAll(async () => {
  await Promise.all([demo?.stop(), live?.stop()]);
});

const fromConsole = () => ({ origin: demo.url, "x-requested-with": "XMLHttpRequest", "content-type": "application/json" });
const cookieOf = (response: Response) => response.headers.get("set-cookie")?.split(";", 1)[0];

/** Sends `total` bytes as a chunked body (no Content-Length) and counts what was written before the answer. */
function chunkedPost(base: string, path: string, total: number, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", (error) => ((error as NodeJS.ErrnoException).code === "EPIPE" || (error as NodeJS.ErrnoException).code === "ECONNRESET" ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

describe("headers on every answer (point 7)", () => {
  it.each(["/favicon.icox", "/_next/staticx", "/_next/static", "/favicon.ico.html"])("gives the look-alike %s the page headers", async (path) => {
    const response = await fetch(`${demo.url}${path}`);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("serves static JavaScript with nosniff", async () => {
    const page = await (await fetch(`${demo.url}/`)).text();
    const script = /\/_next\/static\/[^"]+\.js/.exec(page)?.[0];
    expect(script).toBeDefined();
    const response = await fetch(`${demo.url}${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it.each(["/%E0%A4%A", "/device-partners/%E0%A4%A", "/x/%zz", `${partners}/%E0%A4%A`, "/api/demo/%E0%A4%A", "/mock-graph/v1.0/%E0%A4%A"])(
    "answers the malformed escape in %s with 400, in Graph's envelope on API paths",
    async (path) => {
      const response = await rawHttpRequest(demo.url, path);
      expect(response.status).toBe(400);
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      if (path.startsWith("/api/") || path.startsWith("/mock-graph/")) {
        expect(JSON.parse(response.body).error.code).toBe("BadRequest");
      } else {
        expect(response.body).toContain("invalid percent-encoding");
      }
    },
  );
});

describe("forwarded headers without TRUST_PROXY (point 5)", () => {
  const evil = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", forwarded: "host=evil.example;proto=https" };

  it("builds links from the request's own Host and refuses Origin: http://evil.example", async () => {
    const list = await fetch(`${demo.url}${partners}?$top=1`, { headers: evil });
    const cookie = cookieOf(list)!;
    expect(list.headers.get("set-cookie")).not.toContain("Secure");
    const body = (await list.json()) as Record<string, string>;
    expect(body["@odata.nextLink"]!.startsWith(`${demo.url}/api/graph/`)).toBe(true);
    const patch = await fetch(`${demo.url}${partners}`, { method: "POST", headers: { ...evil, cookie, origin: "http://evil.example", "x-requested-with": "XMLHttpRequest", "content-type": "application/json" }, body: "{}" });
    expect(patch.status).toBe(403);
  });
});

describe("the sandbox cookie (point 9)", () => {
  it("is signed, and a forged or unsigned id gets a new sandbox", async () => {
    const first = await fetch(`${demo.url}${partners}`);
    const cookie = cookieOf(first)!;
    expect(cookie).toMatch(/^demo-sandbox=[0-9a-f]{32}\.[\w-]{32}$/);
    const id = cookie.slice("demo-sandbox=".length, cookie.indexOf("."));
    expect(cookieOf(await fetch(`${demo.url}${partners}`, { headers: { cookie } }))).toBeUndefined();
    for (const forged of [`demo-sandbox=${id}`, `demo-sandbox=${"0".repeat(32)}${cookie.slice(cookie.indexOf("."))}`]) {
      expect(cookieOf(await fetch(`${demo.url}${partners}`, { headers: { cookie: forged } }))).toMatch(/^demo-sandbox=/);
    }
  });

  it("names a sandbox no bearer token reaches at /mock-graph", async () => {
    const reset = await fetch(`${demo.url}/api/demo/reset`, { method: "POST", headers: fromConsole(), body: JSON.stringify({ deviceManagementPartners: 7, complianceManagementPartners: 0 }) });
    expect(reset.status).toBe(204);
    const cookie = cookieOf(reset)!;
    const id = cookie.slice("demo-sandbox=".length, cookie.indexOf("."));
    const own = (await (await fetch(`${demo.url}${partners}?$count=true&$top=0`, { headers: { cookie } })).json()) as Record<string, number>;
    expect(own["@odata.count"]).toBe(7);
    for (const token of [id, `sandbox:${id}`, cookie.slice("demo-sandbox=".length)]) {
      const response = await fetch(`${demo.url}/mock-graph/v1.0/deviceManagement/deviceManagementPartners?$count=true&$top=0`, { headers: { authorization: `Bearer ${token}` } });
      if (response.status === 200) expect(((await response.json()) as Record<string, number>)["@odata.count"]).not.toBe(7);
      else expect(response.status).toBe(401);
    }
  });
});

describe("sandbox size and reset rate (point 1)", () => {
  it("refuses the probe's seed counts and a 1 MB displayName", async () => {
    const seeds = await fetch(`${demo.url}/api/demo/reset`, { method: "POST", headers: fromConsole(), body: JSON.stringify({ deviceManagementPartners: 10_000, complianceManagementPartners: 10_000 }) });
    expect(seeds.status).toBe(400);
    const cookie = cookieOf(await fetch(`${demo.url}${partners}`))!;
    const big = await fetch(`${demo.url}${partners}`, { method: "POST", headers: { ...fromConsole(), cookie }, body: JSON.stringify({ displayName: "x".repeat(1_000_000) }) });
    expect(big.status).toBe(400);
    expect((await GraphError.fromResponse(big)).target).toBe("displayName");
  });

  it("rate-limits one visitor's resets", async () => {
    const cookie = cookieOf(await fetch(`${demo.url}${partners}`))!;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await fetch(`${demo.url}/api/demo/reset`, { method: "POST", headers: { ...fromConsole(), cookie }, body: "{}" })).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(204));
    expect(statuses[10]).toBe(429);
  });
});

describe("OData cost through the console (point 2)", () => {
  it("answers a 6,000-deep $filter and 645 repeated $orderby keys with 400, at /api/graph and /mock-graph", async () => {
    // Parentheses unencoded, as the probe sent them: 12 KB, within Node's header limit.
    const filter = `${"(".repeat(6000)}displayName%20eq%20'a'${")".repeat(6000)}`;
    const orderby = Array(645).fill("displayName").join(",");
    for (const path of [partners, "/mock-graph/v1.0/deviceManagement/deviceManagementPartners"]) {
      for (const query of [`$filter=${filter}`, `$orderby=${orderby}`]) {
        const response = await rawHttpRequest(demo.url, `${path}?${query}`, { headers: { authorization: "Bearer tenant-x" } });
        expect(response.status).toBe(400);
        expect(JSON.parse(response.body).error.code).toBe("BadRequest");
      }
    }
  });

  it("logs a duration from the request's arrival, not from a stamp a client sent", async () => {
    await fetch(`${demo.url}${partners}?$top=1`, { headers: { "client-request-id": "arrival-probe", "x-console-received-at": "1" } });
    const line = demo.logs().split("\n").find((l) => l.includes("arrival-probe"));
    expect(line).toBeDefined();
    expect(JSON.parse(line!).durationMs).toBeLessThan(3_600_000);
  });
});

describe("/mock-graph (points 3, 8, 10)", () => {
  it("is not served in live mode without MOCK_GRAPH_ENDPOINT=always", async () => {
    for (const method of ["GET", "POST"]) {
      const response = await fetch(`${live.url}/mock-graph/v1.0/deviceManagement/deviceManagementPartners`, { method, headers: { authorization: "Bearer anything", "content-type": "application/json" }, body: method === "POST" ? '{"displayName":"x"}' : undefined });
      expect(response.status).toBe(404);
      expect((await GraphError.fromResponse(response)).code).toBe("ResourceNotFound");
    }
  });

  it("does not echo a hostile client-request-id", async () => {
    const hostile = `<b>${"a".repeat(8000)}`;
    const response = await fetch(`${demo.url}/mock-graph/v1.0/deviceManagement/deviceManagementPartners/nope`, { headers: { authorization: "Bearer t", "client-request-id": hostile } });
    expect(response.headers.get("client-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.text()).not.toContain("<b>");
  });

  it("stops a 10 MB chunked body at 1 MB with the gateway's words", async () => {
    const headers = { authorization: "Bearer t", "content-type": "application/json" };
    const mock = await chunkedPost(demo.url, "/mock-graph/v1.0/deviceManagement/deviceManagementPartners", 10 * 1024 * 1024, headers);
    const cookie = cookieOf(await fetch(`${demo.url}${partners}`))!;
    const gateway = await chunkedPost(demo.url, partners, 10 * 1024 * 1024, { ...fromConsole(), cookie });
    expect(mock.status).toBe(413);
    expect(gateway.status).toBe(413);
    expect(JSON.parse(mock.body).error.message).toBe(JSON.parse(gateway.body).error.message);
  });
});

describe("the live mode's own /mock-graph behind the switch", () => {
  it("is served with MOCK_GRAPH_ENDPOINT=always (the live e2e tests' Graph)", async () => {
    const open = await startConsole({ ...liveEnv, MOCK_GRAPH_ENDPOINT: "always" });
    try {
      const response = await fetch(`${open.url}/mock-graph/v1.0/deviceManagement/deviceManagementPartners?$top=1`, { headers: { authorization: "Bearer t" } });
      expect(response.status).toBe(200);
    } finally {
      await open.stop();
    }
  }, 90_000);
});
