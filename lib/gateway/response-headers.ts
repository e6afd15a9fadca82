/** The answer headers the browser gets back; Set-Cookie and everything else from upstream stay behind. */
export const downstreamResponseHeaderNames = [
  "content-type",
  "request-id",
  "client-request-id",
  "retry-after",
  "preference-applied",
  "location",
] as const;

/**
 * Copies the safe subset. `rewriteLocation` maps an upstream URL to the console's; a Location it cannot map is dropped,
 * so the browser is never pointed anywhere but the gateway.
 */
export function buildDownstreamHeaders(upstream: Headers, rewriteLocation: (url: string) => string | undefined): Headers {
  const headers = new Headers();
  for (const name of downstreamResponseHeaderNames) {
    const value = upstream.get(name);
    if (value === null) continue;
    if (name === "location") {
      const location = rewriteLocation(value);
      if (location) headers.set(name, location);
    } else {
      headers.set(name, value);
    }
  }
  headers.set("cache-control", "no-store");
  return headers;
}
