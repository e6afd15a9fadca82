import { GraphError } from "@/lib/graph/graph-error";
import { tenantKey } from "./tenant-key";

const windowMs = 20_000;

/** Intune's enrollment-service limits per 20 s: per app per tenant, and per tenant. */
const limits = {
  write: { app: 100, tenant: 200 },
  all: { app: 1000, tenant: 2000 },
};

/**
 * Sliding-window request counters per tenant and per app, on an injectable clock. Keys are hashes (a tenant may be
 * named by a 16 KB token); a window whose requests have all aged out is dropped, and at most `maxKeys` are kept.
 */
export class Throttling {
  private readonly windows = new Map<string, number[]>();
  private checks = 0;

  constructor(
    private readonly now: () => Date,
    private readonly maxKeys = 40_000,
  ) {}

  /** Windows held now (for tests: a map that only grew would leak). */
  get trackedKeys(): number {
    return this.windows.size;
  }

  /** The longest key held. */
  get longestKey(): number {
    let longest = 0;
    for (const key of this.windows.keys()) longest = Math.max(longest, key.length);
    return longest;
  }

  /** Counts the request, or returns the 429 to answer with (a throttled request is not counted). */
  check(tenant: string, app: string, isWrite: boolean): GraphError | undefined {
    const now = this.now().getTime();
    this.trim(now);
    tenant = tenantKey(tenant);
    app = tenantKey(app);
    const keys: [string, number][] = [
      [`all|${tenant}`, limits.all.tenant],
      [`all|${tenant}|${app}`, limits.all.app],
    ];
    if (isWrite) keys.push([`write|${tenant}`, limits.write.tenant], [`write|${tenant}|${app}`, limits.write.app]);
    let retryAfterMs = 0;
    const windows = keys.map(([key, limit]) => {
      let stamps = this.windows.get(key);
      if (stamps) this.windows.delete(key);
      this.windows.set(key, (stamps ??= []));
      let expired = 0;
      while (expired < stamps.length && stamps[expired]! <= now - windowMs) expired++;
      if (expired) stamps.splice(0, expired);
      if (stamps.length >= limit) retryAfterMs = Math.max(retryAfterMs, stamps[stamps.length - limit]! + windowMs - now);
      return stamps;
    });
    if (retryAfterMs > 0) {
      return new GraphError(429, "Too many requests: the tenant exceeded Intune's request limit. Retry after the time the Retry-After header gives.", {
        code: "TooManyRequests",
        retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
      });
    }
    for (const stamps of windows) stamps.push(now);
    return undefined;
  }

  /** Every 1,000 checks, or when full: drops windows with nothing left in them, then the least recently used. */
  private trim(now: number): void {
    if (++this.checks % 1000 !== 0 && this.windows.size < this.maxKeys) return;
    for (const [key, stamps] of this.windows) {
      if (stamps.length === 0 || stamps[stamps.length - 1]! <= now - windowMs) this.windows.delete(key);
    }
    while (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value as string);
  }
}
