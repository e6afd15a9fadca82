import { vi } from "vitest";

/** One request the console sent, as the gateway would see it. */
export interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
  signal?: AbortSignal | null;
}

export interface FakeAnswer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Replaces the global fetch with a gateway that answers each request with `answer(request, index)` (JSON bodies),
 * and records every request: url, method, headers and parsed body. Undo with vi.unstubAllGlobals().
 */
export function stubGateway(answer: (request: SentRequest, index: number) => FakeAnswer = () => ({ body: { value: [] } })): SentRequest[] {
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const request: SentRequest = {
        url,
        method: init.method ?? "GET",
        // As fetch sends them: a header set to undefined goes out as the text "undefined".
        headers: Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, unknown>).map(([name, value]) => [name, String(value)])),
        body: init.body === undefined ? undefined : JSON.parse(String(init.body)),
        signal: init.signal,
      };
      sent.push(request);
      const { status = 200, body, headers = {} } = answer(request, sent.length - 1);
      if (status === 204 || body === undefined) return new Response(null, { status, headers });
      return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
    }),
  );
  return sent;
}

/** Graph's error envelope with a request-id, as the gateway passes it on. */
export function graphErrorAnswer(status: number, code: string, message: string, requestId: string): FakeAnswer {
  return { status, headers: { "request-id": requestId }, body: { error: { code, message, innerError: { "request-id": requestId } } } };
}

/** The context TanStack Query gives a queryFn, enough for the console's fetchers. */
export function queryContext(pageParam?: string, signal = new AbortController().signal) {
  return { signal, pageParam, queryKey: [], meta: undefined, client: undefined, direction: "forward" } as never;
}

/** Runs a queryOptions' queryFn as TanStack Query would. */
export function runQuery<T = unknown>(options: { queryFn?: unknown }, pageParam?: string, signal?: AbortSignal): Promise<T> {
  return (options.queryFn as (context: unknown) => Promise<T>)(queryContext(pageParam, signal));
}
