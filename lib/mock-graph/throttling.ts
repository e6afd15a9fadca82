import { GraphError } from "@/lib/graph/graph-error";

const windowMs = 20_000;

/** Intune's enrollment-service limits per 20 s: per app per tenant, and per tenant. */
const limits = {
  write: { app: 100, tenant: 200 },
  all: { app: 1000, tenant: 2000 },
};

/** Sliding-window request counters per tenant and per app, on an injectable clock. */
export class Throttling {
  private readonly windows = new Map<string, number[]>();

  constructor(private readonly now: () => Date) {}

  /** Counts the request, or returns the 429 to answer with (a throttled request is not counted). */
  check(tenant: string, app: string, isWrite: boolean): GraphError | undefined {
    const now = this.now().getTime();
    const keys: [string, number][] = [
      [`all|${tenant}`, limits.all.tenant],
      [`all|${tenant}|${app}`, limits.all.app],
    ];
    if (isWrite) keys.push([`write|${tenant}`, limits.write.tenant], [`write|${tenant}|${app}`, limits.write.app]);
    let retryAfterMs = 0;
    const windows = keys.map(([key, limit]) => {
      let stamps = this.windows.get(key);
      if (!stamps) this.windows.set(key, (stamps = []));
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
}
