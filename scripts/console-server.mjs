// The console's production server: Next.js behind a plain Node HTTP server that reads each request's raw path first.
// Next.js answers a repeated slash or a backslash with its own 308 before any route or proxy.ts runs, and resolves
// dot segments (also %2e%2e) while it parses the URL; a client that follows such a redirect re-sends its PATCH or
// DELETE elsewhere. Under /api/graph and /mock-graph those paths go to /api/unsafe-path instead: Graph's 400 envelope.
// Usage: node scripts/console-server.mjs [-p PORT] [-H HOST] [--keepAliveTimeout MS] (PORT and HOST honoured; default port 3000, all addresses).
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const unsafePathRoute = "/api/unsafe-path";
const guardedPrefix = /^[/\\]+(?:api[/\\]+graph|mock-graph)(?:[/\\]|$)/i;
// The official Graph SDK over plain http appends an absolute @odata.nextLink to its base URL: /mock-graph/v1.0/http://host/...
const sdkNextLink = /^\/mock-graph\/(?:beta|v1\.0)\/http:\/\/([^/?#]+)(\/mock-graph\/[^?#]*(?:\?.*)?)$/;

/** The path as sent, and as decoded once and twice: '%2e%2e' and '%252e%252e' are dot segments too. */
function formsOf(rawPath) {
  const forms = [rawPath];
  for (let i = 0; i < 2; i++) {
    let decoded;
    try {
      decoded = decodeURIComponent(forms.at(-1));
    } catch {
      break;
    }
    if (decoded === forms.at(-1)) break;
    forms.push(decoded);
  }
  return forms;
}

function isUnsafeApiPath(url) {
  const rawPath = url.split(/[?#]/, 1)[0];
  const forms = formsOf(rawPath);
  let resolved = "";
  try {
    resolved = new URL(rawPath, "http://console.invalid").pathname;
  } catch {
    /* not a path Next.js can route either */
  }
  if (![...forms, resolved].some((form) => guardedPrefix.test(form))) return false;
  return forms.some((form) => /\/\/|\\/.test(form) || form.split("/").some((segment) => segment === "." || segment === ".."));
}

/** The request target Next.js may see: unsafe API paths become the refusal, the SDK's http nextLink form its link. */
function routedUrl(url, host) {
  const link = sdkNextLink.exec(url);
  if (link && link[1] === host && !isUnsafeApiPath(link[2])) return link[2];
  return isUnsafeApiPath(url) ? unsafePathRoute : url;
}

function argsOf(argv) {
  const options = { port: Number(process.env.PORT || 3000), hostname: process.env.HOST || undefined, keepAliveTimeout: undefined };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (name === "-p" || name === "--port") options.port = Number(value());
    else if (name === "-H" || name === "--hostname") options.hostname = value();
    else if (name === "--keepAliveTimeout") options.keepAliveTimeout = Number(value());
    else throw new Error(`console-server: unknown option ${argv[i]}`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error("console-server: the port must be 0 to 65535");
  return options;
}

const options = argsOf(process.argv.slice(2));
const app = next({ dev: false, dir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."), hostname: options.hostname, port: options.port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  req.url = routedUrl(req.url ?? "/", req.headers.host);
  handle(req, res).catch((error) => {
    console.error(`console-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
    res.end("Internal Server Error");
  });
});
if (options.keepAliveTimeout) server.keepAliveTimeout = options.keepAliveTimeout;
server.listen(options.port, options.hostname, () => {
  const address = server.address();
  console.log(`console listening on http://${options.hostname ?? "localhost"}:${typeof address === "object" && address ? address.port : options.port}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
