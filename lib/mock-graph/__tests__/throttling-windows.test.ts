import { describe, expect, it } from "vitest";
import { Throttling } from "../throttling";

// Intune's 20-second request limits as a client meets them: the exact Retry-After, the edge of the window, one limit
// not masking another, and which windows a full table drops. The clock is injected.

const t0 = Date.UTC(2026, 2, 1, 12, 0, 0);

function clocked(maxKeys?: number) {
  let now = t0;
  const throttling = new Throttling(() => new Date(now), maxKeys);
  return {
    throttling,
    at(ms: number) {
      now = t0 + ms;
    },
    times(n: number, tenant: string, app: string, isWrite: boolean) {
      for (let i = 0; i < n; i++) expect(throttling.check(tenant, app, isWrite)).toBeUndefined();
    },
  };
}

describe("Throttling answers", () => {
  it("answers the 101st write of an app in 20 s with 429 TooManyRequests and the seconds until a slot frees", () => {
    const clock = clocked();
    clock.times(100, "contoso", "app", true);

    clock.at(15_500);
    expect(clock.throttling.check("contoso", "app", true)).toMatchObject({
      status: 429,
      code: "TooManyRequests",
      message: "Too many requests: the tenant exceeded Intune's request limit. Retry after the time the Retry-After header gives.",
      retryAfterSeconds: 5,
    });
    clock.at(19_999);
    expect(clock.throttling.check("contoso", "app", true)).toMatchObject({ status: 429, retryAfterSeconds: 1 });
    clock.at(20_000);
    expect(clock.throttling.check("contoso", "app", true)).toBeUndefined();
  });

  it("still applies an app's limit when the tenant's own window is one request short of full", () => {
    const clock = clocked();
    clock.times(99, "contoso", "other", true);
    clock.times(100, "contoso", "app", true);
    // The tenant has 199 of its 200 writes; this app has used all 100 of its own.
    expect(clock.throttling.check("contoso", "app", true)).toMatchObject({ status: 429, retryAfterSeconds: 20 });
    expect(clock.throttling.check("contoso", "other", true)).toBeUndefined();
    expect(clock.throttling.check("contoso", "other", true)).toMatchObject({ status: 429 });
  });
});

describe("Throttling memory", () => {
  it("holds hashed keys, never the tenant or app names themselves", () => {
    const clock = clocked();
    clock.throttling.check("t".repeat(16_000), "a".repeat(16_000), true);
    // write|<22-char hash>|<22-char hash>
    expect(clock.throttling.longestKey).toBe("write|".length + 22 + 1 + 22);
  });

  it("drops windows whose requests have all aged out, every 1,000 checks", () => {
    const clock = clocked();
    clock.times(1, "idle", "app", false);
    clock.at(20_000);
    clock.times(998, "busy", "app", false);
    expect(clock.throttling.trackedKeys).toBe(4);
    // The 1,000th check sweeps: the idle tenant's last request is exactly 20 s old.
    clock.times(1, "busy", "app", false);
    expect(clock.throttling.trackedKeys).toBe(2);
  });

  it("when full, drops the least recently used windows first, before counting the request", () => {
    const clock = clocked(4);
    clock.times(1, "a", "app", false);
    clock.times(1, "b", "app", false);
    expect(clock.throttling.trackedKeys).toBe(4);
    // Full: one window goes (a's oldest) before c's two are added.
    clock.times(1, "c", "app", false);
    expect(clock.throttling.trackedKeys).toBe(5);
  });

  it("keeps a tenant's windows over a less recently used tenant's when full", () => {
    const clock = clocked(9);
    clock.times(99, "a", "app", true);
    clock.times(1, "b", "app", true);
    clock.times(1, "a", "app", true); // a's 100th write: a is now the most recently used.
    clock.times(1, "c", "app", true);
    expect(clock.throttling.trackedKeys).toBe(12);
    // Full: b's four windows go, a's stay, so a's 101st write is still refused.
    expect(clock.throttling.check("a", "app", true)).toMatchObject({ status: 429 });
    expect(clock.throttling.trackedKeys).toBe(8);
  });
});
