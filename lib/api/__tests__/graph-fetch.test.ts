import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GraphError } from "@/lib/graph/graph-error";
import { setAccessTokenProvider } from "../access-token";
import { graphFetch } from "../graph-fetch";

let server: Server;
let base = "";
let seen: { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (req.url === "/no-content") return res.writeHead(204, { "request-id": "r-204" }).end();
      if (req.url === "/fail") {
        res.writeHead(400, { "content-type": "application/json", "request-id": "r-400" });
        return res.end(JSON.stringify({ error: { code: "BadRequest", message: "displayName is wrong", target: "displayName", innerError: { "request-id": "r-400", date: "2026-11-20T00:00:00" } } }));
      }
      if (req.url === "/unauthorized") return res.writeHead(401, { "request-id": "r-401" }).end("nope");
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "1" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  seen = [];
  setAccessTokenProvider(undefined);
});

describe("graphFetch", () => {
  it("always sends the console's header and JSON accept, and no token in demo mode", async () => {
    const result = await graphFetch<{ id: string }>(`${base}/ok`, { method: "PATCH", body: { a: 1 } });
    expect(result).toEqual({ status: 200, data: { id: "1" } });
    expect(seen[0]!.headers["x-requested-with"]).toBe("XMLHttpRequest");
    expect(seen[0]!.headers.accept).toBe("application/json");
    expect(seen[0]!.headers["content-type"]).toBe("application/json");
    expect(seen[0]!.headers.authorization).toBeUndefined();
    expect(seen[0]!.body).toBe('{"a":1}');
  });

  it("sends the token the provider gives", async () => {
    setAccessTokenProvider(async () => "token-1");
    await graphFetch(`${base}/ok`);
    expect(seen[0]!.headers.authorization).toBe("Bearer token-1");
  });

  it("answers 204 with no data", async () => {
    expect(await graphFetch(`${base}/no-content`, { method: "DELETE" })).toEqual({ status: 204, data: undefined });
  });

  it("throws Graph's error with code, target and request-id", async () => {
    const error = await graphFetch(`${base}/fail`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 400, code: "BadRequest", message: "displayName is wrong", target: "displayName", requestId: "r-400" });
  });

  it("throws a 401 GraphError for an expired session", async () => {
    const error = await graphFetch(`${base}/unauthorized`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 401, requestId: "r-401" });
  });

  it("throws a NetworkError GraphError when the server cannot be reached", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/ok`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await graphFetch(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 0, code: "NetworkError" });
  });
});
