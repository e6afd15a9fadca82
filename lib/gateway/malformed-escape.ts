import { GraphError } from "../graph/graph-error";
import { graphErrorResponse } from "./error-response";
import { newRequestId } from "./request-ids";
import { apiSecurityHeaders, isApiPath } from "./security-headers";

/** True when a raw path has a `%` escape that is cut short or does not decode as UTF-8 (`%E0%A4%A`). */
export function hasMalformedEscape(rawPath: string): boolean {
  if (!rawPath.includes("%")) return false;
  if (/%(?![0-9A-Fa-f]{2})/.test(rawPath)) return true;
  try {
    decodeURIComponent(rawPath);
    return false;
  } catch {
    return true;
  }
}

/**
 * The 400 for a malformed escape, before anything tries to decode it: Graph's envelope on API paths, plain text on
 * pages, with the baseline headers either way. Shared by proxy.ts and any server entry in front of Next.js.
 */
export function malformedEscapeResponse(rawPath: string, options: { https: boolean }): Response {
  const message = "The request path contains an invalid percent-encoding.";
  // An error answer is data, not a page, wherever it was asked for.
  const headers = apiSecurityHeaders(options);
  if (isApiPath(rawPath)) {
    const id = newRequestId();
    return graphErrorResponse(new GraphError(400, message, { code: "BadRequest" }), { requestId: id, clientRequestId: id }, headers);
  }
  return new Response(`400 Bad Request: ${message}\n`, { status: 400, headers: { ...headers, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
