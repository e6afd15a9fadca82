import http from "node:http";
import { percentile } from "./stats";

export interface LoadRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Closed-loop load: `connections` keep-alive sockets, each sending its next request when the last answer
 * has been read, for `requests` requests in all. Every non-2xx answer counts as an error.
 */
export async function runLoad(
  baseUrl: string,
  makeRequest: (i: number) => LoadRequest,
  { connections, requests }: { connections: number; requests: number },
): Promise<LoadResult> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();

  async function worker() {
    for (;;) {
      const i = next++;
      if (i >= requests) return;
      const request = makeRequest(i);
      const t0 = performance.now();
      const status = await send(url, agent, request);
      latencies.push(performance.now() - t0);
      if (status < 200 || status >= 300) errors++;
    }
  }
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    requests,
    errors,
    seconds,
    requestsPerSecond: requests / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

function send(base: URL, agent: http.Agent, request: LoadRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: request.method,
        path: request.path,
        agent,
        headers: {
          ...(request.body ? { "content-type": "application/json", "content-length": Buffer.byteLength(request.body) } : {}),
          ...request.headers,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(request.body);
  });
}

/** Sequential single requests, for latency distributions without queueing. */
export async function timeSequential(baseUrl: string, request: LoadRequest, count: number): Promise<number[]> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const status = await send(url, agent, request);
    times.push(performance.now() - t0);
    if (status < 200 || status >= 300) throw new Error(`${request.method} ${request.path} answered ${status}`);
  }
  agent.destroy();
  return times;
}
