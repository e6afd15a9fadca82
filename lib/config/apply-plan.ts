import type { PlannedRequest } from "./plan-changes";

/** What applyPlan sends: a planned change, or any other request (a bulk delete) with an id unique in its run. */
export interface BatchableRequest {
  id: string;
  method: string;
  url: string;
  body?: Record<string, unknown>;
}

/** One inner request of a JSON batch, as Graph takes it. */
export interface BatchRequestItem {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface BatchResponseItem {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Sends one `$batch` (at most 20 requests) and returns its responses; throws a GraphError when the batch itself fails. */
export type SendBatch = (requests: BatchRequestItem[]) => Promise<BatchResponseItem[]>;

export interface ItemResult<R extends BatchableRequest = PlannedRequest> {
  request: R;
  status: number;
  ok: boolean;
  attempts: number;
  error?: { code: string; message: string; requestId?: string };
  body?: unknown;
}

export interface ApplyOptions<R extends BatchableRequest = PlannedRequest> {
  send: SendBatch;
  sleep?: (ms: number) => Promise<void>;
  onProgress?: (done: number, total: number, results: ItemResult<R>[]) => void;
  /** Tries per request when Graph throttles it (429); default 4. */
  maxAttempts?: number;
}

export const maxBatchSize = 20;

function headerOf(headers: Record<string, string> | undefined, name: string): string | undefined {
  const found = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return found?.[1];
}

/** Seconds from Retry-After, else exponential backoff (Intune sometimes omits the header). */
function retryDelayMs(item: BatchResponseItem, attempt: number): number {
  const seconds = Number(headerOf(item.headers, "retry-after"));
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 120) * 1000 : Math.min(2 ** attempt, 30) * 1000;
}

function errorOf(item: BatchResponseItem): ItemResult["error"] {
  const error = (item.body as { error?: { code?: string; message?: string; innerError?: Record<string, string> } } | undefined)?.error;
  return {
    code: error?.code ?? `HTTP ${item.status}`,
    message: error?.message ?? `Graph answered ${item.status}.`,
    requestId: error?.innerError?.["request-id"] ?? headerOf(item.headers, "request-id"),
  };
}

function toBatchItem(request: BatchableRequest): BatchRequestItem {
  return request.body === undefined
    ? { id: request.id, method: request.method, url: request.url }
    : { id: request.id, method: request.method, url: request.url, headers: { "Content-Type": "application/json" }, body: request.body };
}

/**
 * Sends the plan as `$batch` calls of up to 20; a throttled item waits its own Retry-After and goes again in a later
 * batch; the rest go on. Resolves with one result per request, in the plan's order.
 */
export async function applyPlan<R extends BatchableRequest = PlannedRequest>(requests: R[], options: ApplyOptions<R>): Promise<ItemResult<R>[]> {
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const maxAttempts = options.maxAttempts ?? 4;
  const results = new Map<string, ItemResult<R>>();
  const attempts = new Map<string, number>();
  let queue = [...requests];
  while (queue.length) {
    const retry: R[] = [];
    let wait = 0;
    for (let start = 0; start < queue.length; start += maxBatchSize) {
      const chunk = queue.slice(start, start + maxBatchSize);
      let responses: BatchResponseItem[];
      try {
        responses = await options.send(chunk.map(toBatchItem));
      } catch (error) {
        const e = error as { status?: number; code?: string; message?: string; requestId?: string };
        for (const request of chunk) {
          results.set(request.id, { request, status: e.status ?? 0, ok: false, attempts: (attempts.get(request.id) ?? 0) + 1, error: { code: e.code ?? "BatchFailed", message: e.message ?? String(error), requestId: e.requestId } });
        }
        options.onProgress?.(results.size, requests.length, [...results.values()]);
        continue;
      }
      const byId = new Map(responses.map((r) => [String(r.id).toLowerCase(), r]));
      for (const request of chunk) {
        const attempt = (attempts.get(request.id) ?? 0) + 1;
        attempts.set(request.id, attempt);
        const item = byId.get(request.id.toLowerCase());
        if (!item) {
          results.set(request.id, { request, status: 0, ok: false, attempts: attempt, error: { code: "MissingResponse", message: "The batch answered without this request." } });
        } else if (item.status === 429 && attempt < maxAttempts) {
          retry.push(request);
          wait = Math.max(wait, retryDelayMs(item, attempt));
        } else {
          const ok = item.status >= 200 && item.status < 300;
          results.set(request.id, { request, status: item.status, ok, attempts: attempt, ...(ok ? { body: item.body } : { error: errorOf(item) }) });
        }
      }
      options.onProgress?.(results.size, requests.length, [...results.values()]);
    }
    if (retry.length) await sleep(wait);
    queue = retry;
  }
  return requests.map((r) => results.get(r.id)!);
}
