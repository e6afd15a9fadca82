import { afterEach, describe, expect, it, vi } from "vitest";
import type { FaultSpec } from "@/lib/fault-spec";
import { FaultInjector } from "../fault-injector";

// MOCK_GRAPH_FAULTS as a client sees it: which requests fail, with which status, message and Retry-After, and how
// long the added latency holds a request. The random source is a scripted sequence, the clock a fake one.

/** A random source answering `values` in turn (latency draw, then rate draw, then code draw). */
function scripted(...values: number[]): () => number {
  return () => {
    const next = values.shift();
    if (next === undefined) throw new Error("random called more often than scripted");
    return next;
  };
}

function injector(spec: FaultSpec, ...random: number[]): FaultInjector {
  return new FaultInjector(spec, scripted(...random));
}

afterEach(() => {
  vi.useRealTimers();
});

describe("FaultInjector rate", () => {
  it("fails a request whose draw is below the rate, and lets through one at or above it", async () => {
    expect(await injector({ rate: 0.5, codes: [503] }, 0.49, 0).inject("t", "GET")).toMatchObject({ status: 503 });
    expect(await injector({ rate: 0.5, codes: [503] }, 0.5).inject("t", "GET")).toBeUndefined();
    expect(await injector({ rate: 0.5, codes: [503] }, 0.9).inject("t", "GET")).toBeUndefined();
  });

  it("never fails at rate 0 and always at rate 1", async () => {
    expect(await new FaultInjector({ rate: 0, codes: [503] }, () => 0).inject("t", "GET")).toBeUndefined();
    expect(await new FaultInjector({ rate: 1, codes: [503] }, () => 0.999).inject("t", "GET")).toMatchObject({ status: 503 });
  });

  it("picks the status from the codes by the draw", async () => {
    const codes = [429, 503, 500];
    expect(await injector({ rate: 1, codes }, 0, 0).inject("t", "GET")).toMatchObject({ status: 429 });
    expect(await injector({ rate: 1, codes }, 0, 0.4).inject("t", "GET")).toMatchObject({ status: 503 });
    expect(await injector({ rate: 1, codes }, 0, 0.7).inject("t", "GET")).toMatchObject({ status: 500 });
  });

  it("injects only the next `count` matching faults", async () => {
    const faults = new FaultInjector({ rate: 1, codes: [503], count: 2, methods: ["PATCH"] }, () => 0);
    expect(await faults.inject("t", "GET")).toBeUndefined();
    expect(await faults.inject("t", "PATCH")).toBeDefined();
    expect(await faults.inject("t", "PATCH")).toBeDefined();
    expect(await faults.inject("t", "PATCH")).toBeUndefined();
  });
});

describe("FaultInjector answers", () => {
  it.each([
    [429, "Too many requests. Retry after the time the Retry-After header gives. (injected fault)", 7],
    [503, "The service is temporarily unavailable. Try again later. (injected fault)", 7],
    [404, "The resource was not found. (injected fault)", undefined],
    [500, "The service failed to handle the request (HTTP 500). (injected fault)", undefined],
    [502, "The service failed to handle the request (HTTP 502). (injected fault)", undefined],
    [400, "The request failed with HTTP 400. (injected fault)", undefined],
    [409, "The request failed with HTTP 409. (injected fault)", undefined],
  ])("answers %i with its message, and Retry-After only on 429 and 503", async (status, message, retryAfterSeconds) => {
    const error = await injector({ rate: 1, codes: [status], retryAfter: 7 }, 0, 0).inject("t", "GET");
    expect(error).toMatchObject({ status, message, retryAfterSeconds });
  });
});

describe("FaultInjector latency", () => {
  it("holds a request for min + draw * (max - min) milliseconds before answering", async () => {
    vi.useFakeTimers();
    const faults = injector({ rate: 0, codes: [503], latency: { min: 100, max: 300 } }, 0.5, 0);
    let settled = false;
    void faults.inject("t", "GET").then(() => (settled = true));

    await vi.advanceTimersByTimeAsync(199);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });

  it("adds the latency to requests it lets through, but not to other methods", async () => {
    vi.useFakeTimers();
    const faults = new FaultInjector({ rate: 0, codes: [503], latency: { min: 50, max: 50 }, methods: ["POST"] }, () => 0);
    let get = false;
    let post = false;
    void faults.inject("t", "GET").then(() => (get = true));
    void faults.inject("t", "POST").then(() => (post = true));

    await vi.advanceTimersByTimeAsync(0);
    expect(get).toBe(true);
    expect(post).toBe(false);
    await vi.advanceTimersByTimeAsync(50);
    expect(post).toBe(true);
  });
});
