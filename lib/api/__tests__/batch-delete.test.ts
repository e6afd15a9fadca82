import { afterEach, describe, expect, it, vi } from "vitest";
import { batchDelete } from "../batch-delete";

interface SentBatch {
  url: string;
  requests: { id: string; method: string; url: string }[];
}

/** A $batch endpoint: answers each DELETE with `answer`, and records what each call carried. */
function stubBatch(answer: (url: string, call: number) => { status: number; headers?: Record<string, string>; body?: unknown }) {
  const sent: SentBatch[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      const { requests } = JSON.parse(String(init.body)) as { requests: SentBatch["requests"] };
      sent.push({ url, requests });
      const responses = requests.map((r) => ({ id: r.id, headers: {}, ...answer(r.url, sent.length) }));
      return new Response(JSON.stringify({ responses }), { status: 200, headers: { "content-type": "application/json" } });
    }),
  );
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

describe("batchDelete", () => {
  it("deletes 45 partners in 3 $batch calls of at most 20", async () => {
    const sent = stubBatch(() => ({ status: 204 }));
    const ids = Array.from({ length: 45 }, (_, i) => `p-${i}`);
    const failures = await batchDelete("beta", "deviceManagement/deviceManagementPartners", ids);
    expect(failures).toEqual([]);
    expect(sent.map((b) => b.requests.length)).toEqual([20, 20, 5]);
    expect(sent.every((b) => b.url === "/api/graph/beta/$batch")).toBe(true);
    expect(sent.flatMap((b) => b.requests.map((r) => `${r.method} ${r.url}`))).toEqual(ids.map((id) => `DELETE /deviceManagement/deviceManagementPartners/${id}`));
  });

  it("reports each failure with Graph's error and request-id, retries a throttled one, and the rest go", async () => {
    const sent = stubBatch((url, call) => {
      if (url.endsWith("/b")) return { status: 404, body: { error: { code: "ResourceNotFound", message: "Gone.", innerError: { "request-id": "rid-b" } } } };
      if (url.endsWith("/c") && call === 1) return { status: 429, headers: { "Retry-After": "0" } };
      return { status: 204 };
    });
    const failures = await batchDelete("v1.0", "deviceManagement/complianceManagementPartners", ["a", "b", "c"]);
    expect(failures.map((f) => [f.id, f.error.status, f.error.code, f.error.message, f.error.requestId])).toEqual([["b", 404, "ResourceNotFound", "Gone.", "rid-b"]]);
    expect(sent.map((b) => b.requests.map((r) => r.url.split("/").pop()))).toEqual([["a", "b", "c"], ["c"]]);
  });
});
