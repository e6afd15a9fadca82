const hostPattern = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export interface OriginOptions {
  /** TRUST_PROXY=on: a reverse proxy in front of the console sets Forwarded / X-Forwarded-Host / X-Forwarded-Proto. */
  trustProxy: boolean;
}

/**
 * The console's own origin as the browser addressed it: the request's Host with its scheme. Behind a trusted proxy,
 * the host and scheme that proxy forwarded (`Forwarded`, else `X-Forwarded-Host` / `X-Forwarded-Proto`), taking the
 * right-most value: the one the proxy next to the console appended, not one the client sent ahead of it.
 * Without TRUST_PROXY those headers are anyone's to send and are ignored.
 */
export function consoleOrigin(request: Request, options: OriginOptions): string {
  const url = new URL(request.url);
  let protocol = url.protocol;
  const hosts = [request.headers.get("host") ?? undefined];
  if (options.trustProxy) {
    const forwarded = lastForwardedElement(request.headers.get("forwarded"));
    const proto = (forwarded?.proto ?? lastValue(request.headers.get("x-forwarded-proto")))?.toLowerCase();
    if (proto === "https" || proto === "http") protocol = `${proto}:`;
    hosts.unshift(forwarded?.host ?? lastValue(request.headers.get("x-forwarded-host")));
  }
  const host = hosts.find((candidate): candidate is string => !!candidate && hostPattern.test(candidate));
  return new URL(`${protocol}//${host ?? url.host}`).origin;
}

export function isHttps(request: Request, options: OriginOptions): boolean {
  return consoleOrigin(request, options).startsWith("https:");
}

function lastValue(header: string | null): string | undefined {
  return header?.split(",").at(-1)?.trim() || undefined;
}

/** The `host` and `proto` of the last element of an RFC 7239 Forwarded header. */
function lastForwardedElement(header: string | null): { host?: string; proto?: string } | undefined {
  const element = lastValue(header);
  if (!element) return undefined;
  const pairs: Record<string, string> = {};
  for (const pair of element.split(";")) {
    const equals = pair.indexOf("=");
    if (equals === -1) continue;
    const name = pair.slice(0, equals).trim().toLowerCase();
    pairs[name] = pair.slice(equals + 1).trim().replace(/^"(.*)"$/, "$1");
  }
  return pairs.host || pairs.proto ? { host: pairs.host, proto: pairs.proto } : undefined;
}
