import type { GraphError } from "../graph/graph-error";

export interface ResponseIds {
  requestId: string;
  clientRequestId: string;
}

/** An answer in Graph's error envelope with Graph's headers. */
export function graphErrorResponse(error: GraphError, ids: ResponseIds, extraHeaders: Record<string, string> = {}): Response {
  const headers = new Headers({
    "content-type": "application/json",
    "request-id": ids.requestId,
    "client-request-id": ids.clientRequestId,
    "cache-control": "no-store",
    ...extraHeaders,
  });
  if (error.retryAfterSeconds !== undefined) headers.set("retry-after", String(error.retryAfterSeconds));
  return new Response(JSON.stringify(error.toBody(ids)), { status: error.status, headers });
}
