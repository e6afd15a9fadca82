import { GraphError } from "@/lib/graph/graph-error";
import { getAccessToken } from "./access-token";
import { recordGraphCall } from "./graph-call-log";

export interface GraphRequestInit {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Scopes beyond the console's own, asked for only by the views that need them. */
  scopes?: readonly string[];
}

export interface GraphResult<T> {
  status: number;
  /** Undefined for 204 No Content. */
  data: T | undefined;
}

/** The console's one fetcher for /api/graph: Graph's contract in, GraphError out. */
export async function graphFetch<T>(url: string, init: GraphRequestInit = {}): Promise<GraphResult<T>> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "X-Requested-With": "XMLHttpRequest",
    ...init.headers,
  };
  const token = await getAccessToken(init.scopes);
  if (token) headers.Authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers["Content-Type"] = "application/json";

  const method = init.method ?? "GET";
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  const startedAt = Date.now();
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body,
      signal: init.signal,
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new GraphError(0, `The console could not reach its server: ${(error as Error).message}`, { code: "NetworkError" });
  }
  recordGraphCall(url, method, init.headers, body, response, startedAt);
  if (!response.ok) throw await GraphError.fromResponse(response);
  if (response.status === 204) return { status: 204, data: undefined };
  const text = await response.text();
  if (!text) return { status: response.status, data: undefined };
  const type = response.headers.get("content-type") ?? "";
  return { status: response.status, data: (type.includes("json") ? JSON.parse(text) : text) as T };
}
