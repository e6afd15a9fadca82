import { describe, expect, it } from "vitest";
import { GraphError } from "../../graph/graph-error";
import { graphErrorResponse } from "../error-response";
import { buildUpstreamHeaders } from "../upstream-headers";

describe("buildUpstreamHeaders: Accept and Prefer", () => {
  const build = (incoming: Record<string, string>) =>
    Object.fromEntries(buildUpstreamHeaders(new Headers(incoming), { clientRequestId: "cid", withBody: false }));

  it("sends none when the caller sent none", () => {
    expect(build({})).toEqual({ "client-request-id": "cid" });
  });

  it("passes each on up to 1024 characters and drops a longer one", () => {
    const at = "a".repeat(1024);
    const over = "b".repeat(1025);
    expect(build({ accept: at, prefer: at })).toEqual({ accept: at, prefer: at, "client-request-id": "cid" });
    expect(build({ accept: over, prefer: over })).toEqual({ "client-request-id": "cid" });
    expect(build({ accept: "application/json", prefer: over })).toEqual({ accept: "application/json", "client-request-id": "cid" });
    expect(build({ accept: over, prefer: "return=minimal" })).toEqual({ prefer: "return=minimal", "client-request-id": "cid" });
  });
});

describe("graphErrorResponse", () => {
  const ids = { requestId: "rid", clientRequestId: "cid" };

  it("is never cached, and has no Retry-After unless the error carries one", async () => {
    const response = graphErrorResponse(new GraphError(400, "no", { code: "BadRequest" }), ids);
    expect(response.status).toBe(400);
    expect(Object.fromEntries(response.headers)).toEqual({
      "content-type": "application/json",
      "request-id": "rid",
      "client-request-id": "cid",
      "cache-control": "no-store",
    });
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe("no");
  });

  it("passes a Retry-After on in seconds", () => {
    const response = graphErrorResponse(new GraphError(429, "slow down", { retryAfterSeconds: 7 }), ids);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(graphErrorResponse(new GraphError(429, "now", { retryAfterSeconds: 0 }), ids).headers.get("retry-after")).toBe("0");
  });
});
