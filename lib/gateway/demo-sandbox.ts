import { createHmac, timingSafeEqual } from "node:crypto";
import { sandboxTenantOf } from "../mock-graph/caller";

/**
 * The demo sandbox: one mock tenant per browser, named by a random 128-bit id in an httpOnly cookie signed with the
 * server's key, so only ids the server issued are taken. Over https the name has the `__Host-` prefix (no Domain,
 * Path=/, Secure: a sibling subdomain cannot plant one); browsers refuse `__Host-` without Secure, so plain http
 * (localhost) keeps the plain name.
 */
export const sandboxCookieName = "demo-sandbox";
export const secureSandboxCookieName = `__Host-${sandboxCookieName}`;

const sandboxIdPattern = /^[0-9a-f]{32}$/;
const signatureLength = 32;
// Long enough to come back to a persisted sandbox; the mock evicts idle ones from memory anyway.
const maxAgeSeconds = 30 * 24 * 60 * 60;

export interface SandboxCookieOptions {
  /** The answer goes over https: Secure and the `__Host-` name. */
  secure: boolean;
  /** The signing key (sandbox-secret.ts). */
  secret: Uint8Array;
}

export function newSandboxId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function isSandboxId(value: unknown): value is string {
  return typeof value === "string" && sandboxIdPattern.test(value);
}

function signatureOf(id: string, secret: Uint8Array): string {
  return createHmac("sha256", secret).update(`sandbox:${id}`).digest("base64url").slice(0, signatureLength);
}

export function signedSandboxValue(id: string, secret: Uint8Array): string {
  return `${id}.${signatureOf(id, secret)}`;
}

function verified(value: string, secret: Uint8Array): string | undefined {
  const dot = value.indexOf(".");
  const id = value.slice(0, dot);
  if (dot === -1 || !isSandboxId(id)) return undefined;
  const sent = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(signatureOf(id, secret));
  return sent.length === expected.length && timingSafeEqual(sent, expected) ? id : undefined;
}

export function cookieNameFor(options: { secure: boolean }): string {
  return options.secure ? secureSandboxCookieName : sandboxCookieName;
}

/** The sandbox id from a Cookie header; undefined when absent or not signed by this server. */
export function readSandboxId(cookieHeader: string | null, options: SandboxCookieOptions): string | undefined {
  if (!cookieHeader) return undefined;
  const name = cookieNameFor(options);
  for (const pair of cookieHeader.split(";")) {
    const equals = pair.indexOf("=");
    if (equals === -1 || pair.slice(0, equals).trim() !== name) continue;
    const id = verified(pair.slice(equals + 1).trim(), options.secret);
    if (id) return id;
  }
  return undefined;
}

export function sandboxCookie(id: string, options: SandboxCookieOptions): string {
  return [
    `${cookieNameFor(options)}=${signedSandboxValue(id, options.secret)}`,
    "Path=/",
    `Max-Age=${maxAgeSeconds}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}

export interface Sandbox {
  id: string;
  /** The mock tenant: in the sandbox namespace, which no bearer token at /mock-graph can reach. */
  tenant: string;
  /** The Set-Cookie value to send when the sandbox is new. */
  setCookie?: string;
}

/** The caller's sandbox, created on first use. */
export function resolveSandbox(headers: Headers, options: SandboxCookieOptions): Sandbox {
  const existing = readSandboxId(headers.get("cookie"), options);
  if (existing) return { id: existing, tenant: sandboxTenantOf(existing) };
  const id = newSandboxId();
  return { id, tenant: sandboxTenantOf(id), setCookie: sandboxCookie(id, options) };
}
