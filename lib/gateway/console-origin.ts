const hostPattern = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The console's own origin as the browser addressed it: the Host header (X-Forwarded-Host behind a reverse proxy)
 * with the request's scheme (X-Forwarded-Proto behind a TLS-terminating proxy).
 * `next start -H 127.0.0.1 -p 3000` reached as http://127.0.0.1:3000 gives exactly that origin.
 */
export function consoleOrigin(request: Request): string {
  const url = new URL(request.url);
  const forwardedProto = firstValue(request.headers.get("x-forwarded-proto"))?.toLowerCase();
  const protocol = forwardedProto === "https" || forwardedProto === "http" ? `${forwardedProto}:` : url.protocol;
  const host = [firstValue(request.headers.get("x-forwarded-host")), request.headers.get("host")].find(
    (candidate): candidate is string => !!candidate && hostPattern.test(candidate),
  );
  return new URL(`${protocol}//${host ?? url.host}`).origin;
}

export function isHttps(request: Request): boolean {
  return consoleOrigin(request).startsWith("https:");
}

function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0]?.trim() || undefined;
}
