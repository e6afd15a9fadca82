import type { ApiVersion } from "@/lib/graph/api-version";
import { GraphError } from "@/lib/graph/graph-error";
import type { BatchRequestItem, BatchResponseItem, SendBatch } from "./apply-plan";
import type { GraphReader } from "./read-tenant";

export interface GraphHttpOptions {
  baseUrl: string;
  version: ApiVersion;
  token: string;
  fetch?: typeof fetch;
  /** Pages followed per collection before giving up: a loop of nextLinks must end. */
  maxPages?: number;
}

export interface GraphHttpPort extends GraphReader {
  sendBatch: SendBatch;
  /** HTTP requests sent so far. */
  requestCount(): number;
}

function queryString(query: Record<string, string>): string {
  const parts = Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return parts.length ? `?${parts.join("&")}` : "";
}

/** Graph over plain HTTP with a bearer token: the command line's way in (the browser goes through the gateway). */
export function graphHttpPort(options: GraphHttpOptions): GraphHttpPort {
  const doFetch = options.fetch ?? fetch;
  const root = `${options.baseUrl.replace(/\/+$/, "")}/${options.version}`;
  let count = 0;

  async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
    count++;
    let response: Response;
    try {
      response = await doFetch(url, { ...init, redirect: "manual", headers: { Accept: "application/json", Authorization: `Bearer ${options.token}`, ...(init.headers as Record<string, string>) } });
    } catch (error) {
      throw new GraphError(0, `Could not reach ${new URL(url).origin}: ${(error as Error).message}`, { code: "NetworkError" });
    }
    if (!response.ok) throw await GraphError.fromResponse(response);
    return (await response.json()) as T;
  }

  return {
    version: options.version,
    requestCount: () => count,
    async getAll(path, query = {}) {
      const items: Record<string, unknown>[] = [];
      let url: string | undefined = `${root}${path}${queryString(query)}`;
      for (let page = 0; url; page++) {
        if (page >= (options.maxPages ?? 1000)) throw new GraphError(502, `Graph kept answering nextLinks for ${path}.`, { code: "BadGateway" });
        const data: { value?: Record<string, unknown>[]; "@odata.nextLink"?: string } = await call(url);
        if (!Array.isArray(data.value)) throw new GraphError(502, `Graph answered ${path} without a value array.`, { code: "BadGateway" });
        items.push(...data.value);
        url = data["@odata.nextLink"];
      }
      return items;
    },
    async sendBatch(requests: BatchRequestItem[]): Promise<BatchResponseItem[]> {
      const data = await call<{ responses?: BatchResponseItem[] }>(`${root}/$batch`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ requests }),
      });
      if (!Array.isArray(data.responses)) throw new GraphError(502, "Graph answered the batch without responses.", { code: "BadGateway" });
      return data.responses;
    },
  };
}
