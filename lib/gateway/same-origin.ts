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
 */
export function checkSameOrigin(request: Request, options: OriginOptions): GraphError | undefined {
  if (request.headers.get("x-requested-with") !== "XMLHttpRequest") {
    return forbidden("Changes must come from the console: the request lacks the header 'X-Requested-With: XMLHttpRequest'.");
  }
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return forbidden("Changes must come from the console's own origin.");
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return forbidden("Changes must come from the console: the request has no Origin.");
  let sent: string;
  try {
    sent = new URL(origin).origin;
  } catch {
    return forbidden("Changes must come from the console: the Origin is not a valid origin.");
  }
  if (sent !== consoleOrigin(request, options)) return forbidden("Changes must come from the console's own origin.");
  return undefined;
}

function forbidden(message: string): GraphError {
  return new GraphError(403, message, { code: "Authorization_RequestDenied" });
}
