import { gatewayRefusalCodes, type GatewayRefusalCode } from "../graph/gateway-refusal-codes";
import { GraphError } from "../graph/graph-error";
import { consoleOrigin, type OriginOptions } from "./console-origin";

export const mutationMethods: readonly string[] = ["POST", "PATCH", "DELETE", "PUT"];

export function isMutation(method: string): boolean {
  return mutationMethods.includes(method);
}

/**
 * A mutation must come from the console's own pages: a matching Origin and `X-Requested-With: XMLHttpRequest`.
 * A cross-site form cannot send that header, and a cross-site fetch that sends it needs a CORS preflight
 * the console never grants, so the demo cookie cannot be ridden by another site.
 * The refusals carry the gateway's own codes (never Graph's Authorization_RequestDenied) and say what to check.
 */
export function checkSameOrigin(request: Request, options: OriginOptions): GraphError | undefined {
  if (request.headers.get("x-requested-with") !== "XMLHttpRequest") {
    return forbidden(
      gatewayRefusalCodes.missingRequestedWith,
      "Changes must come from the console: the request lacks the header 'X-Requested-With: XMLHttpRequest' (a proxy or extension may have removed it).",
    );
  }
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") {
    return forbidden(gatewayRefusalCodes.crossSite, "Changes must come from the console's own origin: the browser marked this request as cross-site.");
  }
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return forbidden(gatewayRefusalCodes.noOrigin, "Changes must come from the console: the request has no Origin.");
  let sent: string;
  try {
    sent = new URL(origin).origin;
  } catch {
    return forbidden(gatewayRefusalCodes.noOrigin, "Changes must come from the console: the Origin is not a valid origin.");
  }
  const own = consoleOrigin(request, options);
  if (sent !== own) {
    return forbidden(
      gatewayRefusalCodes.originMismatch,
      `Changes must come from the console's own origin: the page is at ${sent}, but the server sees its own address as ${own}. Behind a reverse proxy, pass Host through unchanged, or set TRUST_PROXY=on and have the proxy send X-Forwarded-Host and X-Forwarded-Proto (or Forwarded).`,
    );
  }
  return undefined;
}

function forbidden(code: GatewayRefusalCode, message: string): GraphError {
  return new GraphError(403, message, { code });
}
