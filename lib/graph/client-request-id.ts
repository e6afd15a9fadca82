// Graph accepts any short token as client-request-id; a safe character class keeps logs, headers and bodies clean.
const clientRequestIdPattern = /^[A-Za-z0-9-]{1,64}$/;

/** The caller's client-request-id when it is well-formed, else `fallback` (a new GUID unless told). */
export function clientRequestIdOf(headers: Headers, fallback?: string): string {
  const sent = headers.get("client-request-id");
  return sent && clientRequestIdPattern.test(sent) ? sent : (fallback ?? crypto.randomUUID());
}
