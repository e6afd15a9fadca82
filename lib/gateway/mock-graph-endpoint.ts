import { GraphError } from "../graph/graph-error";
import type { ServerEnv } from "../env";
import { graphErrorResponse } from "./error-response";
import { clientRequestIdOf, newRequestId } from "./request-ids";

export const mockGraphBasePath = "/mock-graph";

/**
 * /mock-graph answers any bearer string and, with MOCK_GRAPH_DATA_DIR, writes to disk: it is the demo's, so in live
 * mode it is served only with MOCK_GRAPH_ENDPOINT=always (the live-mode end-to-end tests point Graph at it).
 */
export function isMockGraphEndpointOpen(env: Pick<ServerEnv, "GRAPH_MODE" | "MOCK_GRAPH_ENDPOINT">): boolean {
  return env.GRAPH_MODE === "demo" || env.MOCK_GRAPH_ENDPOINT === "always";
}

export interface MockGraphEndpoint {
  handle(request: Request, options: { basePath: string }): Promise<Response>;
}

export function serveMockGraphEndpoint(request: Request, open: boolean, mock: () => MockGraphEndpoint): Promise<Response> {
  if (open) return mock().handle(request, { basePath: mockGraphBasePath });
  const requestId = newRequestId();
  const error = new GraphError(404, "The mock Graph service is not served in live mode (set MOCK_GRAPH_ENDPOINT=always to serve it).", { code: "ResourceNotFound" });
  return Promise.resolve(graphErrorResponse(error, { requestId, clientRequestId: clientRequestIdOf(request.headers, requestId) }));
}
