import type { GraphError } from "@/lib/graph/graph-error";

export interface ResponseIds {
  requestId: string;
  clientRequestId: string;
  date: Date;
}

const odataJson = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

function headersOf(ids: ResponseIds, extra?: Record<string, string>): Headers {
  const headers = new Headers(extra);
  headers.set("request-id", ids.requestId);
  headers.set("client-request-id", ids.clientRequestId);
  headers.set("date", ids.date.toUTCString());
  headers.set("cache-control", "no-store");
  return headers;
}

export function jsonResponse(ids: ResponseIds, status: number, body: unknown, extra?: Record<string, string>): Response {
  return serializedJsonResponse(ids, status, JSON.stringify(body), extra);
}

export function serializedJsonResponse(ids: ResponseIds, status: number, json: string, extra?: Record<string, string>): Response {
  const headers = headersOf(ids, extra);
  headers.set("content-type", odataJson);
  return new Response(json, { status, headers });
}

export function textResponse(ids: ResponseIds, text: string): Response {
  const headers = headersOf(ids);
  headers.set("content-type", "text/plain;charset=utf-8");
  return new Response(text, { status: 200, headers });
}

export function emptyResponse(ids: ResponseIds, status: number, extra?: Record<string, string>): Response {
  return new Response(null, { status, headers: headersOf(ids, extra) });
}

export function errorResponse(ids: ResponseIds, error: GraphError, extra?: Record<string, string>): Response {
  const headers = headersOf(ids, extra);
  headers.set("content-type", "application/json");
  if (error.retryAfterSeconds !== undefined) headers.set("retry-after", String(error.retryAfterSeconds));
  const body = error.toBody({ requestId: ids.requestId, clientRequestId: ids.clientRequestId, date: ids.date.toISOString().replace(/\.\d+Z$/, "") });
  return new Response(JSON.stringify(body), { status: error.status, headers });
}
