import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GraphError } from "../../graph/graph-error";
import { unsafePathResponse, unsafePathRoute } from "../unsafe-path-response";

const root = path.resolve(__dirname, "../../..");

describe("the answer to an unsafe API path", () => {
  it("is Graph's 400 envelope echoing the caller's client-request-id, with the API's headers", async () => {
    const request = new Request("http://console.test/api/unsafe-path", { headers: { "client-request-id": "c-1", host: "console.test" } });
    const response = unsafePathResponse(request, { trustProxy: false });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("client-request-id")).toBe("c-1");
    expect(response.headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
    expect(response.headers.get("strict-transport-security")).toBeNull();
    const body = (await response.json()) as { error: { code: string; message: string; innerError: Record<string, string> } };
    expect(body.error.code).toBe("BadRequest");
    expect(body.error.message).toBe("The request path contains a '.' or '..' segment (also encoded), a repeated slash or a backslash.");
    expect(body.error.innerError["client-request-id"]).toBe("c-1");
  });

  it("pins HTTPS when a trusted proxy says the console is served over https", async () => {
    const request = new Request("http://console.test/api/unsafe-path", { headers: { host: "console.test", "x-forwarded-proto": "https" } });
    expect(unsafePathResponse(request, { trustProxy: true }).headers.get("strict-transport-security")).toBe("max-age=31536000");
    expect(unsafePathResponse(request, { trustProxy: false }).headers.get("strict-transport-security")).toBeNull();
    expect((await GraphError.fromResponse(unsafePathResponse(request, { trustProxy: true }))).code).toBe("BadRequest");
  });

  it("lives at the route the server entry sends unsafe paths to", () => {
    expect(unsafePathRoute).toBe("/api/unsafe-path");
    expect(readFileSync(path.join(root, "scripts/console-server.mjs"), "utf8")).toContain(`const unsafePathRoute = "${unsafePathRoute}";`);
    expect(existsSync(path.join(root, `app${unsafePathRoute}/route.ts`))).toBe(true);
  });
});
