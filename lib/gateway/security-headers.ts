import { redirectBridgePath } from "../auth/msal-configuration";

/** Microsoft's identity platform: MSAL calls it with fetch and opens it in hidden frames for silent sign-in (live mode). */
export const microsoftLoginOrigin = "https://login.microsoftonline.com";

export interface PagePolicyOptions {
  nonce: string;
  mode: "demo" | "live";
  https: boolean;
  /** `next dev` needs eval for React's debugging aids; production never does. */
  development: boolean;
  /** Only MSAL's redirect bridge may be framed, and only by the console itself (silent sign-in in a hidden frame). */
  framable?: boolean;
}

/** 128 random bits, base64: what Next.js reads back out of the request's CSP to stamp its scripts. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The pages' policy. Scripts need the request's nonce ('strict-dynamic' lets Next's nonced scripts load their chunks).
 * Styles need 'unsafe-inline' because Fluent UI's Griffel inserts style tags at run time; a nonce beside it would
 * make browsers ignore 'unsafe-inline', so there is none.
 */
export function pageContentSecurityPolicy(options: PagePolicyOptions): string {
  const live = options.mode === "live";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${live ? ` ${microsoftLoginOrigin}` : ""}`,
    // MSAL renews in a hidden frame that Entra redirects back to our own /auth/redirect bridge.
    `frame-src ${live ? `'self' ${microsoftLoginOrigin}` : "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.framable ? "'self'" : "'none'"}`,
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** API answers are data, never documents: nothing may run, load or frame them. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The headers every page and answer carries besides its Content-Security-Policy. */
export function commonSecurityHeaders(options: { https: boolean; framable?: boolean }): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    // frame-ancestors for browsers that predate it.
    "x-frame-options": options.framable ? "SAMEORIGIN" : "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ...(options.https ? { "strict-transport-security": "max-age=31536000" } : {}),
  };
}

/** Paths that answer data, not pages: the gateway, the demo endpoints and the mock Graph service. */
export function isApiPath(pathname: string): boolean {
  return pathname.startsWith("/api/") || pathname === "/api" || pathname.startsWith("/mock-graph/") || pathname === "/mock-graph";
}

/** The headers of every API answer: data that nothing may run, load or frame. */
export function apiSecurityHeaders(options: { https: boolean }): Record<string, string> {
  return { "content-security-policy": apiContentSecurityPolicy, ...commonSecurityHeaders(options) };
}

/** Every header proxy.ts sets on the answer for `pathname`. */
export function securityHeadersFor(pathname: string, options: Omit<PagePolicyOptions, "framable">): Record<string, string> {
  if (isApiPath(pathname)) return apiSecurityHeaders(options);
  const framable = pathname === redirectBridgePath;
  return { "content-security-policy": pageContentSecurityPolicy({ ...options, framable }), ...commonSecurityHeaders({ ...options, framable }) };
}

/**
 * The gateway's answers carry their headers themselves: proxy.ts skips /api/graph, since running it there cost about
 * 1 ms a request (the gateway's overhead budget is 2 ms; see the README's benchmarks).
 */
export function withApiSecurityHeaders(response: Response, options: { https: boolean }): Response {
  for (const [name, value] of Object.entries(apiSecurityHeaders(options))) response.headers.set(name, value);
  return response;
}
