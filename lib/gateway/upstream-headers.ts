/**
 * The request headers that may reach Graph (ARCHITECTURE.md): cookies, Host, X-Forwarded-* and everything else stay
 * behind, so the list is built up, never filtered down.
 */
export const upstreamRequestHeaderNames = ["authorization", "accept", "content-type", "prefer", "client-request-id", "consistencylevel"] as const;

const maxHeaderLength = 1024;

export interface UpstreamHeaderOptions {
  /** The caller's `Authorization` value, unchanged (live mode only). */
  authorization?: string;
  clientRequestId: string;
  /** True when a JSON body goes upstream. */
  withBody: boolean;
}

export function buildUpstreamHeaders(incoming: Headers, options: UpstreamHeaderOptions): Headers {
  const headers = new Headers();
  if (options.authorization) headers.set("authorization", options.authorization);
  const accept = incoming.get("accept");
  if (accept && accept.length <= maxHeaderLength) headers.set("accept", accept);
  const prefer = incoming.get("prefer");
  if (prefer && prefer.length <= maxHeaderLength) headers.set("prefer", prefer);
  // Graph needs it for $search and $count on directory objects (/groups); only its one documented value goes on.
  if (incoming.get("consistencylevel") === "eventual") headers.set("consistencylevel", "eventual");
  // The body is re-serialised after validation, so its type is known.
  if (options.withBody) headers.set("content-type", "application/json");
  headers.set("client-request-id", options.clientRequestId);
  return headers;
}
