/**
 * The standalone mock Graph service (`npm run mock-graph`): serves /{beta|v1.0}/... as graph.microsoft.com does.
 * PORT (default 4000), MOCK_GRAPH_DATA_DIR, MOCK_GRAPH_FAULTS, MOCK_GRAPH_THROTTLING, MOCK_GRAPH_FLAVOR,
 * MOCK_GRAPH_HTTPS=1 (with MOCK_GRAPH_TLS_CERT / MOCK_GRAPH_TLS_KEY, else a certificate generated for localhost).
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { join } from "node:path";
import { getServerEnv } from "../lib/env";
import { maxBodyBytes } from "../lib/mock-graph/request-body";
import { getSharedMockGraph } from "../lib/mock-graph/shared-mock-graph";
import { certificateFromFiles, localhostCertificate } from "../lib/mock-graph/tls-certificate";

const env = getServerEnv();
const mockGraph = getSharedMockGraph();
const scheme = env.MOCK_GRAPH_HTTPS ? "https" : "http";
const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? "127.0.0.1";

/** Reads at most one byte past the limit: enough for the mock to answer 413. */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      if (size > maxBodyBytes) return;
      chunks.push(chunk);
      size += chunk.length;
    });
    req.on("end", () => resolve(size ? Buffer.concat(chunks).subarray(0, maxBodyBytes + 1) : undefined));
    req.on("error", reject);
  });
}

async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? "GET";
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === "content-length") continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const body = method === "GET" || method === "HEAD" ? undefined : await readBody(req);
  const request = new Request(`${scheme}://${req.headers.host ?? `${host}:${port}`}${req.url ?? "/"}`, { method, headers, body: body as BodyInit | undefined });
  const response = await mockGraph.handle(request, { basePath: "" });
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => (out[name] = value));
  const payload = Buffer.from(await response.arrayBuffer());
  if (payload.length) out["content-length"] = String(payload.length);
  res.writeHead(response.status, out);
  res.end(payload);
}

function listener(req: IncomingMessage, res: ServerResponse) {
  serve(req, res).catch((error: unknown) => {
    console.error(`mock-graph-server: ${error instanceof Error ? error.message : String(error)}`);
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "InternalError", message: "The mock Graph server failed." } }));
  });
}

async function tls() {
  if (env.MOCK_GRAPH_TLS_CERT && env.MOCK_GRAPH_TLS_KEY) return certificateFromFiles(env.MOCK_GRAPH_TLS_CERT, env.MOCK_GRAPH_TLS_KEY);
  return localhostCertificate(env.MOCK_GRAPH_DATA_DIR ? join(env.MOCK_GRAPH_DATA_DIR, "tls") : undefined);
}

async function start() {
  const certificate = env.MOCK_GRAPH_HTTPS ? await tls() : undefined;
  const server = certificate ? createHttpsServer({ cert: certificate.cert, key: certificate.key }, listener) : createHttpServer(listener);
  server.keepAliveTimeout = 65_000;
  server.listen(port, host, () => {
    console.log(`mock Graph listening on ${scheme}://${host}:${port} (/beta, /v1.0), flavor ${env.MOCK_GRAPH_FLAVOR}`);
    if (certificate) console.log(`certificate: ${certificate.certPath} (trust it with NODE_EXTRA_CA_CERTS=${certificate.certPath})`);
  });
  const shutdown = () => {
    server.close(() => {
      void mockGraph.close().then(() => process.exit(0));
    });
    server.closeAllConnections();
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

start().catch((error: unknown) => {
  console.error(`mock-graph-server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
