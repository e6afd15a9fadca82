/** One call this tab made through the gateway, as the Requests panel shows it. No token or cookie is ever kept. */
export interface GraphCall {
  id: number;
  startedAt: number;
  durationMs: number;
  method: string;
  /** The gateway URL as the browser sent it (`/api/graph/beta/...`). */
  url: string;
  /** The caller's own headers (ConsistencyLevel, Prefer); never Authorization or Cookie. */
  headers: Record<string, string>;
  requestBody?: string;
  status: number;
  requestId?: string;
  clientRequestId?: string;
  retryAfter?: string;
  /** The gateway's x-gateway-trace: retries, waits, a timeout. */
  trace?: string;
  responseBody?: string;
}

export const maxGraphCalls = 50;
export const maxLoggedBody = 32_768;

let calls: readonly GraphCall[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function bounded(text: string | undefined): string | undefined {
  return text && text.length > maxLoggedBody ? `${text.slice(0, maxLoggedBody)}\n… (cut at ${maxLoggedBody} characters)` : text || undefined;
}

/** Keeps the call (newest first, at most maxGraphCalls); reads the answer from a clone so the caller's stays unread. */
export function recordGraphCall(url: string, method: string, headers: Record<string, string> | undefined, body: string | undefined, response: Response, startedAt: number): void {
  if (!url.includes("/api/graph/")) return;
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) if (!/^(authorization|cookie)$/i.test(name)) kept[name] = value;
  const get = (name: string) => response.headers.get(name) ?? undefined;
  void response
    .clone()
    .text()
    .catch(() => "")
    .then((text) => {
      const call: GraphCall = {
        id: nextId++,
        startedAt,
        durationMs: Date.now() - startedAt,
        method,
        url,
        headers: kept,
        requestBody: bounded(body),
        status: response.status,
        requestId: get("request-id"),
        clientRequestId: get("client-request-id"),
        retryAfter: get("retry-after"),
        trace: get("x-gateway-trace"),
        responseBody: bounded(text),
      };
      calls = [call, ...calls].slice(0, maxGraphCalls);
      for (const listener of listeners) listener();
    });
}

export function graphCalls(): readonly GraphCall[] {
  return calls;
}

export function subscribeGraphCalls(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
