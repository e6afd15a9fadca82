import { describe, expect, it } from "vitest";
import { GraphError } from "../../graph/graph-error";
import { backoffDelayMs, defaultRetryPolicy, isIdempotent, isRetryable, parseRetryAfter, retryDelay } from "../retry-policy";
import { json, liveGateway, rawRequest, sameOriginHeaders, upstreamSpy } from "./gateway-test-kit";

const partners = "/api/graph/v1.0/deviceManagement/deviceManagementPartners";
const throttled = (retryAfter?: string) => () =>
  json(429, { error: { code: "TooManyRequests", message: "slow down" } }, retryAfter === undefined ? {} : { "retry-after": retryAfter });

describe("retries", () => {
  it("honours Retry-After in seconds, then succeeds", async () => {
    const upstream = upstreamSpy(throttled("2"), () => json(200, { value: [] }));
    const { gateway, sleeps } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(partners));
    expect(response.status).toBe(200);
    expect(sleeps).toEqual([2000]);
    expect(upstream.calls).toHaveLength(2);
  });

  it("gives up after three retries and passes the last answer on with its Retry-After", async () => {
    const upstream = upstreamSpy(throttled("1"), throttled("1"), throttled("1"), throttled("7"));
    const { gateway, sleeps, logs } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(partners));
    expect(upstream.calls).toHaveLength(4);
    expect(sleeps).toEqual([1000, 1000, 1000]);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect((await GraphError.fromResponse(response)).code).toBe("TooManyRequests");
    expect(logs[0]!.attempts).toBe(4);
  });

  it("reads Retry-After as an HTTP date", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:03 GMT", now)).toBe(3000);
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:59:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(" 5 ", now)).toBe(5000);
    expect(parseRetryAfter("1 2", now)).toBeUndefined();
    expect(parseRetryAfter("-1", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("backs off exponentially with jitter when Retry-After is missing", async () => {
    const upstream = upstreamSpy(() => json(503, { error: { code: "ServiceUnavailable", message: "x" } }));
    const { gateway, sleeps } = liveGateway(upstream.fetch, { random: () => 1 });
    await gateway.handle(rawRequest(partners));
    expect(sleeps).toEqual([500, 1000, 2000]);
    expect(backoffDelayMs(0, defaultRetryPolicy, () => 0)).toBe(250);
    expect(backoffDelayMs(10, defaultRetryPolicy, () => 1)).toBe(defaultRetryPolicy.maxDelayMs);
  });

  it("does not wait past the budget", async () => {
    const upstream = upstreamSpy(throttled("120"));
    const { gateway, sleeps } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(partners));
    expect(sleeps).toEqual([]);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("120");
    expect(retryDelay({ method: "GET", status: 503, retryAfter: "5", retries: 0, elapsedMs: 26_000, nowMs: 0, policy: defaultRetryPolicy, random: () => 0 })).toBeUndefined();
  });

  it("repeats POST and PATCH only after a 429, never after a 503 or 504", async () => {
    const body = JSON.stringify({ displayName: "x" });
    const init = (method: string) => ({ method, headers: { ...sameOriginHeaders, "content-type": "application/json" }, body });
    for (const status of [503, 504]) {
      const upstream = upstreamSpy(() => json(status, { error: { code: "x", message: "x" } }));
      const { gateway } = liveGateway(upstream.fetch);
      expect((await gateway.handle(rawRequest(partners, init("POST")))).status).toBe(status);
      expect((await gateway.handle(rawRequest(`${partners}/abc`, init("PATCH")))).status).toBe(status);
      expect(upstream.calls).toHaveLength(2);
    }
    const upstream = upstreamSpy(throttled("0"), () => json(201, { id: "abc" }));
    const { gateway } = liveGateway(upstream.fetch);
    expect((await gateway.handle(rawRequest(partners, init("POST")))).status).toBe(201);
    expect(upstream.calls).toHaveLength(2);
    expect(upstream.calls[1]!.init.body).toBe(body);
  });

  it.each([
    ["DELETE", () => new Response(null, { status: 204 }), 204],
    ["GET", () => json(200, { id: "abc" }), 200],
  ] as const)("retries %s on 504 and 503", async (method, success, status) => {
    const upstream = upstreamSpy(
      () => json(504, { error: { code: "x", message: "x" } }),
      () => json(503, { error: { code: "x", message: "x" } }),
      success,
    );
    const { gateway, sleeps } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(`${partners}/abc`, { method, headers: sameOriginHeaders }));
    expect(response.status).toBe(status);
    expect(upstream.calls.map((c) => c.init.method ?? "GET")).toEqual([method, method, method]);
    expect(sleeps).toHaveLength(2);
  });
});

describe("timeouts, redirects and unreachable upstreams", () => {
  it("answers 504 in Graph's envelope when the upstream hangs", async () => {
    let aborted = false;
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => {
          aborted = true;
          reject(new DOMException("aborted", "AbortError"));
        });
      });
    const { gateway } = liveGateway(hang, { timeoutMs: 20 });
    const response = await gateway.handle(rawRequest(partners));
    expect(response.status).toBe(504);
    expect((await GraphError.fromResponse(response)).code).toBe("GatewayTimeout");
    expect(aborted).toBe(true);
  });

  it("retries a GET whose attempt timed out, within the budget, and answers with the attempt that worked", async () => {
    let calls = 0;
    const slowThenFast: typeof fetch = (_input, init) => {
      calls += 1;
      if (calls > 1) return Promise.resolve(json(200, { value: [{ id: "p1" }] }));
      return new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))));
    };
    const { gateway, sleeps, logs } = liveGateway(slowThenFast, { timeoutMs: 20 });
    const response = await gateway.handle(rawRequest(partners));
    expect(response.status).toBe(200);
    expect(calls).toBe(2);
    expect(sleeps).toHaveLength(1);
    expect(logs[0]!.attempts).toBe(2);
  });

  it("stops retrying timed-out attempts when the budget is spent", async () => {
    let clock = 0;
    let calls = 0;
    const hang: typeof fetch = (_input, init) => {
      calls += 1;
      clock += 12_000; // each attempt takes the clock past its timeout
      return new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))));
    };
    const { gateway } = liveGateway(hang, { timeoutMs: 20, now: () => clock, retryPolicy: { budgetMs: 30_000 } });
    const response = await gateway.handle(rawRequest(partners));
    expect(response.status).toBe(504);
    expect(calls).toBe(3);
  });

  it("never repeats a POST that timed out, and says the change may have been applied", async () => {
    let calls = 0;
    const hang: typeof fetch = (_input, init) => {
      calls += 1;
      return new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))));
    };
    const { gateway, sleeps } = liveGateway(hang, { timeoutMs: 20 });
    const response = await gateway.handle(
      rawRequest(partners, { method: "POST", headers: { ...sameOriginHeaders, "content-type": "application/json" }, body: JSON.stringify({ displayName: "x" }) }),
    );
    expect(response.status).toBe(504);
    expect(calls).toBe(1);
    expect(sleeps).toEqual([]);
    const error = await GraphError.fromResponse(response);
    expect(error.code).toBe("GatewayTimeout");
    expect(error.message).toMatch(/may have been applied/);
  });

  it("answers 504 when the upstream stalls in the middle of its body", async () => {
    const stalled: typeof fetch = async () =>
      new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"value":[')) }), {
        headers: { "content-type": "application/json" },
      });
    const { gateway } = liveGateway(stalled, { timeoutMs: 20 });
    expect((await gateway.handle(rawRequest(partners))).status).toBe(504);
  });

  it.each([301, 302, 307, 308])("does not follow a %i redirect: 502", async (status) => {
    const upstream = upstreamSpy(() => new Response(null, { status, headers: { location: "https://evil.example/steal" } }));
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(partners));
    expect(response.status).toBe(502);
    expect(response.headers.get("location")).toBeNull();
    expect((await GraphError.fromResponse(response)).code).toBe("BadGateway");
    expect(upstream.calls).toHaveLength(1);
  });

  it("answers 502 when the upstream cannot be reached", async () => {
    const { gateway } = liveGateway(async () => {
      throw new TypeError("fetch failed");
    });
    expect((await gateway.handle(rawRequest(partners))).status).toBe(502);
  });
});

describe("which requests may be sent again", () => {
  it("repeats HTTP's idempotent methods after 503 and 504, any method after 429, nothing after other statuses", () => {
    for (const method of ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]) {
      expect(isIdempotent(method), method).toBe(true);
      for (const status of [429, 503, 504]) expect(isRetryable(method, status), `${method} ${status}`).toBe(true);
      for (const status of [500, 502, 400, 404]) expect(isRetryable(method, status), `${method} ${status}`).toBe(false);
    }
    for (const method of ["POST", "PATCH", "get", ""]) {
      expect(isIdempotent(method), method).toBe(false);
      expect(isRetryable(method, 429), method).toBe(true);
      expect(isRetryable(method, 503), method).toBe(false);
      expect(isRetryable(method, 504), method).toBe(false);
    }
  });
});
