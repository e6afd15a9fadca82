/** The demo sandbox: one mock tenant per browser, named by a random 128-bit id in an httpOnly cookie. */
export const sandboxCookieName = "demo-sandbox";

const sandboxIdPattern = /^[0-9a-f]{32}$/;
// Long enough to come back to a persisted sandbox; the mock evicts idle ones from memory anyway.
const maxAgeSeconds = 30 * 24 * 60 * 60;

export function newSandboxId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function isSandboxId(value: unknown): value is string {
  return typeof value === "string" && sandboxIdPattern.test(value);
}

/** The sandbox id from a Cookie header; undefined when absent or not one the console could have issued. */
export function readSandboxId(cookieHeader: string | null): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(";")) {
    const equals = pair.indexOf("=");
    if (equals === -1 || pair.slice(0, equals).trim() !== sandboxCookieName) continue;
    const value = pair.slice(equals + 1).trim();
    if (isSandboxId(value)) return value;
  }
  return undefined;
}

export function sandboxCookie(id: string, options: { secure: boolean }): string {
  return [
    `${sandboxCookieName}=${id}`,
    "Path=/",
    `Max-Age=${maxAgeSeconds}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(options.secure ? ["Secure"] : []),
  ].join("; ");
}

export interface Sandbox {
  id: string;
  /** The Set-Cookie value to send when the sandbox is new. */
  setCookie?: string;
}

/** The caller's sandbox, created on first use. */
export function resolveSandbox(headers: Headers, options: { secure: boolean }): Sandbox {
  const existing = readSandboxId(headers.get("cookie"));
  if (existing) return { id: existing };
  const id = newSandboxId();
  return { id, setCookie: sandboxCookie(id, options) };
}
