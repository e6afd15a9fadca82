import { describe, expect, it } from "vitest";
import { apiContentSecurityPolicy, isApiPath, securityHeadersFor, withApiSecurityHeaders } from "../security-headers";

const base = { nonce: "bm9uY2U=", mode: "demo" as const, https: false, development: false };

describe("security header values", () => {
  it("gives a demo page the whole policy, directive by directive", () => {
    expect(securityHeadersFor("/device-partners", base)).toEqual({
      "content-security-policy": [
        "default-src 'self'",
        "script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join("; "),
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "strict-origin-when-cross-origin",
      "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    });
  });

  it("opens exactly the identity platform in live mode, and upgrades requests over https", () => {
    const csp = securityHeadersFor("/", { ...base, mode: "live", https: true })["content-security-policy"]!.split("; ");
    expect(csp).toContain("connect-src 'self' https://login.microsoftonline.com");
    expect(csp).toContain("frame-src 'self' https://login.microsoftonline.com");
    expect(csp.at(-1)).toBe("upgrade-insecure-requests");
    expect(csp).toHaveLength(12);
  });

  it("adds only 'unsafe-eval' to scripts in development", () => {
    const csp = securityHeadersFor("/", { ...base, development: true })["content-security-policy"]!.split("; ");
    expect(csp[1]).toBe("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic' 'unsafe-eval'");
  });

  it.each(["/api", "/api/", "/api/graph/v1.0/groups", "/mock-graph", "/mock-graph/v1.0/groups"])("treats %s as data", (path) => {
    expect(isApiPath(path)).toBe(true);
    expect(securityHeadersFor(path, base)["content-security-policy"]).toBe(apiContentSecurityPolicy);
  });

  it.each(["/", "/apis", "/api-docs", "/mock-graphs", "/device-partners/api"])("treats %s as a page", (path) => {
    expect(isApiPath(path)).toBe(false);
    expect(securityHeadersFor(path, base)["content-security-policy"]).toContain("default-src 'self'");
  });

  it("stamps the API headers onto an answer the gateway made itself, replacing any it had", async () => {
    const response = withApiSecurityHeaders(new Response("{}", { status: 201, headers: { "x-frame-options": "SAMEORIGIN", "request-id": "r" } }), { https: true });
    expect(response.status).toBe(201);
    expect(await response.text()).toBe("{}");
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "text/plain;charset=UTF-8",
      "request-id": "r",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "strict-origin-when-cross-origin",
      "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
      "strict-transport-security": "max-age=31536000",
    });
  });
});
