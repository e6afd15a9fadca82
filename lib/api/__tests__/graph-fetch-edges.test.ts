import { afterEach, describe, expect, it, vi } from "vitest";
import { GraphError } from "@/lib/graph/graph-error";
import { graphFetch } from "../graph-fetch";
import { stubGateway } from "./fake-graph";

afterEach(() => vi.unstubAllGlobals());

describe("graphFetch at the edges", () => {
  it("sends no Content-Type and no body without a body", async () => {
    const sent = stubGateway(() => ({ status: 204 }));
    await graphFetch("/api/graph/beta/x", { method: "DELETE" });
    expect(sent[0]!.headers["Content-Type"]).toBeUndefined();
    expect(sent[0]!.body).toBeUndefined();
  });

  it("answers an empty 200 with no data, and a text answer as text", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("", { status: 200, headers: { "content-type": "application/json" } })));
    expect(await graphFetch("/api/graph/beta/x")).toEqual({ status: 200, data: undefined });
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{plain}", { status: 200, headers: { "content-type": "text/plain" } })));
    expect(await graphFetch("/api/graph/beta/x")).toEqual({ status: 200, data: "{plain}" });
  });

  it("lets an abort through as it is, not as a network failure", async () => {
    const abort = new DOMException("The operation was aborted.", "AbortError");
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(abort)));
    await expect(graphFetch("/api/graph/beta/x")).rejects.toBe(abort);
  });

  it("names a failure to reach the server, with the browser's reason", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    const error = await graphFetch("/api/graph/beta/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 0, code: "NetworkError", message: "The console could not reach its server: Failed to fetch" });
  });
});
