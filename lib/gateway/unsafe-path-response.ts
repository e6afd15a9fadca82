import { GraphError } from "../graph/graph-error";
import { isHttps } from "./console-origin";
import { graphErrorResponse } from "./error-response";
import { clientRequestIdOf, newRequestId } from "./request-ids";
import { withApiSecurityHeaders } from "./security-headers";

/** Where the console's server entry (scripts/console-server.mjs) sends an API request whose raw path it refused. */
export const unsafePathRoute = "/api/unsafe-path";

/**
 * The answer to a `/api/graph` or `/mock-graph` path with a dot segment, a repeated slash or a backslash. Next.js
 * would answer those itself with a 308 to a normalised path before any route sees them; the server entry catches
 * them first and lets this answer, in Graph's envelope with the API's security headers, as the gateway would.
 */
export function unsafePathResponse(request: Request, options: { trustProxy: boolean }): Response {
  const error = new GraphError(400, "The request path contains a '.' or '..' segment (also encoded), a repeated slash or a backslash.", {
    code: "BadRequest",
  });
  const response = graphErrorResponse(error, { requestId: newRequestId(), clientRequestId: clientRequestIdOf(request.headers) });
  return withApiSecurityHeaders(response, { https: isHttps(request, options) });
}
