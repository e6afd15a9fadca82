import { afterEach, describe, expect, it, vi } from "vitest";
import { GraphError } from "../../graph/graph-error";
import { defaultRetryPolicy, retryDelay } from "../retry-policy";
import { callUpstream, type UpstreamDependencies } from "../upstream-call";
import { json } from "./gateway-test-kit";

const url = "https://graph.upstream.test/v1.0/groups";

/** Dependencies on the fake clock: sleeps are real timers, so time only moves when the test moves it. */
function onFakeClock(fetch: typeof globalThis.fetch, overrides: Partial<UpstreamDependencies> = {}): UpstreamDependencies {
  return {
    fetch,
    timeoutMs: 10_000,
    policy: { ...defaultRetryPolicy, budgetMs: 3000 },
    sleep: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
    random: () => 0.5,
    ...overrides,
  };
}

/** An upstream that never answers; records when (on the fake clock) each attempt was given up. */
function hanging(abortedAt: number[]): typeof globalThis.fetch {
  return ((_input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener("abort", () => {
        abortedAt.push(Date.now());
        reject(new DOMException("aborted", "AbortError"));
      });
    })) as typeof globalThis.fetch;
}

const errorOf = (error: GraphError) => ({ status: error.status, code: error.code, message: error.message });

afterEach(() => {
  vi.useRealTimers();
});

describe("callUpstream: time limits", () => {
  it("gives an attempt after a wait only what is left of the budget", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const abortedAt: number[] = [];
    const hang = hanging(abortedAt);
    let calls = 0;
    const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      calls += 1;
      return calls === 1 ? Promise.resolve(json(429, {}, { "retry-after": "1" })) : hang(input, init);
    }) as typeof globalThis.fetch;
    const outcome = callUpstream({ url, method: "GET", headers: new Headers() }, onFakeClock(fetch));
    await vi.advanceTimersByTimeAsync(3000);
    const result = await outcome;
    // Waited 1 s after the 429, then the second attempt had the 2 s left of the 3 s budget, not its 10 s timeout.
    expect(abortedAt).toEqual([1_003_000]);
    expect(result.ok).toBe(false);
    expect(result.trace).toEqual({ answers: [429, "timeout"], waitsMs: [1000] });
    if (!result.ok) expect(errorOf(result.error)).toEqual({ status: 504, code: "GatewayTimeout", message: "Microsoft Graph did not answer in time. Try again." });
  });

  it("stops the attempt's clock once the answer is in, so nothing is aborted later", async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const fetch = ((_input: RequestInfo | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return Promise.resolve(json(200, { value: [] }));
    }) as typeof globalThis.fetch;
    const result = await callUpstream({ url, method: "GET", headers: new Headers() }, onFakeClock(fetch, { timeoutMs: 100 }));
    expect(result.ok).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(signal?.aborted).toBe(false);
  });
});

describe("callUpstream: answers it does not pass on", () => {
  const deps = (fetch: typeof globalThis.fetch) => onFakeClock(fetch, { sleep: async () => undefined });

  it("a redirect, from 300 up to 399", async () => {
    for (const status of [300, 399]) {
      const result = await callUpstream({ url, method: "GET", headers: new Headers() }, deps(async () => new Response(null, { status })));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(errorOf(result.error)).toEqual({
          status: 502,
          code: "BadGateway",
          message: `Microsoft Graph answered with a redirect (HTTP ${status}), which the console does not follow.`,
        });
      }
    }
  });

  it("but a 400 is Graph's answer, passed on", async () => {
    const result = await callUpstream({ url, method: "GET", headers: new Headers() }, deps(async () => json(400, { error: { code: "BadRequest", message: "no" } })));
    expect(result.ok && result.answer.status).toBe(400);
  });

  it("an opaque redirect (status 0 in a browser's fetch) counts as a 302", async () => {
    const opaque = { type: "opaqueredirect", status: 0, headers: new Headers(), text: async () => "" } as unknown as Response;
    const result = await callUpstream({ url, method: "GET", headers: new Headers() }, deps(async () => opaque));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe("Microsoft Graph answered with a redirect (HTTP 302), which the console does not follow.");
    expect(result.trace.answers).toEqual([302]);
    // A basic answer is read as its own status.
    const basic = Object.defineProperty(json(200, {}), "type", { value: "basic" });
    const fine = await callUpstream({ url, method: "GET", headers: new Headers() }, deps(async () => basic));
    expect(fine.ok && fine.answer.status).toBe(200);
  });

  it("no answer at all", async () => {
    const result = await callUpstream({ url, method: "GET", headers: new Headers() }, deps(async () => Promise.reject(new TypeError("fetch failed"))));
    expect(result.trace.answers).toEqual(["unreachable"]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(errorOf(result.error)).toEqual({ status: 502, code: "BadGateway", message: "Microsoft Graph could not be reached. Try again." });
  });
});

describe("retryDelay: the budget", () => {
  const input = { method: "GET", status: 429, retryAfter: "1", retries: 0, nowMs: 0, policy: defaultRetryPolicy, random: () => 0.5 };

  it("waits only when the wait ends before the budget does", () => {
    expect(retryDelay({ ...input, elapsedMs: 28_999 })).toBe(1000);
    expect(retryDelay({ ...input, elapsedMs: 29_000 })).toBeUndefined();
  });
});
