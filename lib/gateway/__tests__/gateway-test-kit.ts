import { vi } from "vitest";
import { createGraphGateway, type GraphGatewayOptions } from "../graph-gateway";
import type { GatewayLogEntry } from "../request-log";

export const consoleOrigin = "http://console.test";
export const upstreamBaseUrl = "https://graph.upstream.test";
export const token = "Bearer eyJ0eXAiOiJKV1QifQ.eyJ0aWQiOiJ0In0.c2lnbmF0dXJl";

/** A stand-in for the upstream that records every call and answers from a script (last answer repeats). */
export function upstreamSpy(...answers: Array<() => Response | Promise<Response>>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)];
    return answer ? answer() : json(200, { value: [] });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

export function liveGateway(fetch: typeof globalThis.fetch, options: Partial<GraphGatewayOptions> = {}) {
  const logs: GatewayLogEntry[] = [];
  const sleeps: number[] = [];
  const gateway = createGraphGateway({
    mode: "live",
    upstreamBaseUrl,
    timeoutMs: 1000,
    fetch,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    log: (entry) => void logs.push(entry),
    ...options,
  });
  return { gateway, logs, sleeps };
}

/**
 * A request whose URL is exactly the given text. `new Request()` would run the URL parser, which resolves dot
 * segments and turns backslashes into slashes; the gateway must hold even when it gets the raw target.
 */
export function rawRequest(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Request {
  const body = init.body === undefined ? null : new Blob([init.body]).stream();
  return {
    url: `${consoleOrigin}${path}`,
    method: init.method ?? "GET",
    headers: new Headers({ authorization: token, ...init.headers }),
    body,
  } as unknown as Request;
}

/** What the console's own fetcher sends with a mutation. */
export const sameOriginHeaders = { origin: consoleOrigin, "x-requested-with": "XMLHttpRequest", host: "console.test" };
