import { describe, expect, it } from "vitest";
import { newNonce, securityHeadersFor } from "../security-headers";

const base = { nonce: "bm9uY2U=", mode: "demo" as const, https: false, development: false };

describe("security headers", () => {
  it("gives pages a nonce-based script policy, no framing and nosniff", () => {
    const headers = securityHeadersFor("/device-partners", base);
    const csp = headers["content-security-policy"]!;
    expect(csp).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("login.microsoftonline.com");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["strict-transport-security"]).toBeUndefined();
  });

  it("lets MSAL reach and frame the identity platform in live mode", () => {
    const csp = securityHeadersFor("/", { ...base, mode: "live" })["content-security-policy"]!;
    expect(csp).toContain("connect-src 'self' https://login.microsoftonline.com");
    expect(csp).toContain("frame-src 'self' https://login.microsoftonline.com");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("lets only MSAL's redirect bridge be framed, by the console itself", () => {
    const headers = securityHeadersFor("/auth/redirect", { ...base, mode: "live" });
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'self'");
    expect(headers["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it("gives API answers a policy that allows nothing", () => {
    for (const path of ["/api/graph/v1.0/groups", "/api/demo/reset", "/mock-graph/v1.0/groups"]) {
      const headers = securityHeadersFor(path, base);
      expect(headers["content-security-policy"]).toMatch(/^default-src 'none'; frame-ancestors 'none'/);
      expect(headers["x-content-type-options"]).toBe("nosniff");
    }
  });

  it("upgrades requests and pins HTTPS only when served over https; eval only in development", () => {
    const headers = securityHeadersFor("/", { ...base, https: true, development: true });
    expect(headers["content-security-policy"]).toContain("upgrade-insecure-requests");
    expect(headers["content-security-policy"]).toContain("'unsafe-eval'");
    expect(headers["strict-transport-security"]).toBe("max-age=31536000");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0]!, "base64")).toHaveLength(16);
  });
});
