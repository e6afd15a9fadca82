import { describe, expect, it } from "vitest";
import { consoleOrigin } from "../console-origin";

const trusted = { trustProxy: true };
const origin = (headers: Record<string, string>, url = "http://console.test/api/demo/reset") =>
  consoleOrigin(new Request(url, { headers: { host: "console.test", ...headers } }), trusted);

describe("the console's origin behind a trusted proxy", () => {
  it("takes http from the proxy when the console itself listens on https", () => {
    expect(origin({ "x-forwarded-proto": "http" }, "https://console.test/")).toBe("http://console.test");
    expect(origin({ forwarded: "proto=http" }, "https://console.test/")).toBe("http://console.test");
  });

  it("reads Forwarded pairs with spaces around the separators", () => {
    expect(origin({ forwarded: "for=192.0.2.1; proto = https ; host = console.example.com" })).toBe("https://console.example.com");
  });

  it("reads a quoted host, and ignores a half-quoted one", () => {
    expect(origin({ forwarded: 'host="console.example.com:8443";proto=https' })).toBe("https://console.example.com:8443");
    expect(origin({ forwarded: 'host="evil.test"x' })).toBe("http://console.test");
    expect(origin({ forwarded: 'host=x"evil.test"' })).toBe("http://console.test");
  });

  it("ignores a token without '=' rather than reading it as a pair", () => {
    expect(origin({ forwarded: "for=192.0.2.1;hostx" })).toBe("http://console.test");
  });
});
