import { NextResponse, type NextRequest } from "next/server";
import { getServerEnv } from "./lib/env";
import { isHttps } from "./lib/gateway/console-origin";
import { resolveSandbox } from "./lib/gateway/demo-sandbox";
import { hasMalformedEscape, malformedEscapeResponse } from "./lib/gateway/malformed-escape";
import { sandboxSecret } from "./lib/gateway/sandbox-secret";
import { isApiPath, newNonce, securityHeadersFor } from "./lib/gateway/security-headers";

/**
 * Security headers on every page and answer, with a fresh script nonce per request. Next.js reads the nonce back out
 * of the request's Content-Security-Policy header and stamps it on its scripts (pages must render dynamically).
 * In demo mode it also hands out the sandbox cookie on the first page, before the page's parallel API calls race
 * to create one each.
 *
 * The gateway (/api/graph) is left out: running the proxy there cost about 1 ms a request against a 2 ms overhead
 * budget. Its route sets the same API headers on its answers, and the gateway hands out a sandbox cookie itself.
 */
export function proxy(request: NextRequest) {
  const env = getServerEnv();
  const { pathname } = request.nextUrl;
  const https = isHttps(request, { trustProxy: env.TRUST_PROXY });
  const rawPath = rawPathOf(request.url);
  if (hasMalformedEscape(rawPath)) return malformedEscapeResponse(rawPath, { https });
  const nonce = newNonce();
  const headers = securityHeadersFor(pathname, { nonce, mode: env.GRAPH_MODE, https, development: process.env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  const api = isApiPath(pathname);
  if (!api) {
    requestHeaders.set("content-security-policy", headers["content-security-policy"]!);
    requestHeaders.set("x-nonce", nonce);
  }
  const sandbox = env.GRAPH_MODE === "demo" && !pathname.startsWith("/mock-graph") ? resolveSandbox(request.headers, { secure: https, secret: sandboxSecret(env) }) : undefined;
  if (sandbox?.setCookie) {
    const cookie = request.headers.get("cookie");
    requestHeaders.set("cookie", `${cookie ? `${cookie}; ` : ""}${sandbox.setCookie.split(";", 1)[0]}`);
  }

  // API requests that already carry their sandbox go through untouched.
  const response = api && !sandbox?.setCookie ? NextResponse.next() : NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  if (sandbox?.setCookie) response.headers.append("set-cookie", sandbox.setCookie);
  return response;
}

function rawPathOf(url: string): string {
  return url.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/, "").split(/[?#]/, 1)[0] ?? "";
}

// Anchored: only these exact prefixes skip the proxy (next.config.js gives them baseline headers), so a look-alike
// such as /favicon.icox or /_next/staticx is a page like any other, with every header. Gateway paths with an escape
// come here too: Next.js would fail decoding a malformed one into the route's params with a bare 500.
export const config = {
  matcher: ["/((?!api/graph/|_next/static/|_next/image$|favicon\\.ico$).*)", "/api/graph/(.*%.*)"],
};
