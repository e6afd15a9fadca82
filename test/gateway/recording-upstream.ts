import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";

export interface RecordedRequest {
  method: string;
  /** The request target exactly as it arrived (path and query). */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface UpstreamReply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** What the recording server does with one request: answer, or never answer (a hang). */
export type UpstreamScript = (request: RecordedRequest, nth: number) => UpstreamReply | "hang";

/** A stand-in for graph.microsoft.com on a free local port that records every request it gets. */
export async function startRecordingUpstream(script: UpstreamScript) {
  const requests: RecordedRequest[] = [];
  const hanging = new Set<import("node:http").ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(recorded);
      const reply = script(recorded, requests.filter((r) => r.url === recorded.url).length);
      if (reply === "hang") {
        hanging.add(res);
        return;
      }
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Requests whose target starts with `prefix`. */
    requestsTo: (prefix: string) => requests.filter((r) => r.url.startsWith(prefix)),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Sends a request with a raw target that fetch() would normalise first (dot segments, backslashes):
 * node:http writes the path as given.
 */
export function rawHttpRequest(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: init.method ?? "GET", headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    req.end();
  });
}
