// Graph accepts any short token as client-request-id; a safe character class keeps logs and headers clean.
const clientRequestIdPattern = /^[A-Za-z0-9-]{1,64}$/;

/** The caller's client-request-id when it is well-formed, else a new GUID: every upstream call carries one. */
export function clientRequestIdOf(headers: Headers): string {
  const sent = headers.get("client-request-id");
  return sent && clientRequestIdPattern.test(sent) ? sent : crypto.randomUUID();
}

export function newRequestId(): string {
  return crypto.randomUUID();
}
