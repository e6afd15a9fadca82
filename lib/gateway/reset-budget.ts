/** Resets one visitor may make per window, and synthetic partners all visitors together may have seeded per window. */
export const resetLimits = { perVisitor: 10, seededPartners: 100_000, windowMs: 60_000, maxVisitors: 10_000 };

export type ResetDecision = { ok: true } | { ok: false; retryAfterSeconds: number; reason: "visitor" | "server" };

/**
 * Rate limits POST /api/demo/reset: a fixed window per visitor (its sandbox), and one process-wide budget of seeded
 * partners, because a visitor who drops the cookie is a new visitor. Memory is bounded: at most `maxVisitors`
 * windows, the oldest dropped first, and expired windows go when they are next seen or when the map is full.
 */
export class ResetBudget {
  private readonly visitors = new Map<string, { start: number; count: number }>();
  private server = { start: 0, seeded: 0 };

  constructor(
    private readonly now: () => number = Date.now,
    private readonly limits = resetLimits,
  ) {}

  get trackedVisitors(): number {
    return this.visitors.size;
  }

  take(visitor: string, seededPartners: number): ResetDecision {
    const now = this.now();
    const { windowMs } = this.limits;
    let window = this.visitors.get(visitor);
    if (!window || window.start + windowMs <= now) window = { start: now, count: 0 };
    if (window.count >= this.limits.perVisitor) {
      return { ok: false, reason: "visitor", retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)) };
    }
    if (this.server.start + windowMs <= now) this.server = { start: now, seeded: 0 };
    if (seededPartners > 0 && this.server.seeded + seededPartners > this.limits.seededPartners) {
      return { ok: false, reason: "server", retryAfterSeconds: Math.max(1, Math.ceil((this.server.start + windowMs - now) / 1000)) };
    }
    this.server.seeded += seededPartners;
    window.count++;
    this.visitors.delete(visitor);
    this.visitors.set(visitor, window);
    this.trim(now);
    return { ok: true };
  }

  private trim(now: number): void {
    if (this.visitors.size <= this.limits.maxVisitors) return;
    for (const [visitor, window] of this.visitors) {
      if (window.start + this.limits.windowMs <= now) this.visitors.delete(visitor);
    }
    while (this.visitors.size > this.limits.maxVisitors) this.visitors.delete(this.visitors.keys().next().value as string);
  }
}
