import { describe, expect, it } from "vitest";
import { ResetBudget, resetLimits } from "../reset-budget";

describe("reset budget windows", () => {
  it("tells a limited visitor how long is left in its window, rounded up", () => {
    let now = 0;
    const budget = new ResetBudget(() => now);
    for (let i = 0; i < resetLimits.perVisitor; i++) budget.take("a", 0);
    now = 30_500;
    expect(budget.take("a", 0)).toEqual({ ok: false, reason: "visitor", retryAfterSeconds: 30 });
    now = 59_999;
    expect(budget.take("a", 0)).toEqual({ ok: false, reason: "visitor", retryAfterSeconds: 1 });
  });

  it("tells a visitor refused by the server-wide budget how long until it refills, then refills it", () => {
    let now = 0;
    const budget = new ResetBudget(() => now);
    expect(budget.take("a", resetLimits.seededPartners).ok).toBe(true);
    now = 30_500;
    expect(budget.take("b", 1)).toEqual({ ok: false, reason: "server", retryAfterSeconds: 30 });
    now = 59_999;
    expect(budget.take("b", 1)).toEqual({ ok: false, reason: "server", retryAfterSeconds: 1 });
    now = 60_000;
    expect(budget.take("b", resetLimits.seededPartners).ok).toBe(true);
    expect(budget.take("c", 1)).toEqual({ ok: false, reason: "server", retryAfterSeconds: 60 });
  });

  it("lets the server-wide budget be used up exactly, not one partner more", () => {
    const budget = new ResetBudget(() => 0);
    expect(budget.take("a", resetLimits.seededPartners - 1).ok).toBe(true);
    expect(budget.take("b", 2)).toMatchObject({ ok: false, reason: "server" });
    expect(budget.take("b", 1).ok).toBe(true);
    expect(budget.take("c", 1)).toMatchObject({ ok: false, reason: "server" });
  });

  it("keeps every window while there is room, even expired ones", () => {
    let now = 0;
    const budget = new ResetBudget(() => now, { ...resetLimits, maxVisitors: 3 });
    budget.take("a", 0);
    budget.take("b", 0);
    now = 60_000;
    budget.take("c", 0);
    expect(budget.trackedVisitors).toBe(3);
  });

  it("when full, drops expired windows first and keeps a live one, so its limit still holds", () => {
    let now = 0;
    const budget = new ResetBudget(() => now, { ...resetLimits, perVisitor: 1, maxVisitors: 3 });
    budget.take("a", 0);
    budget.take("b", 0);
    now = 1;
    budget.take("c", 0);
    now = 60_000;
    budget.take("d", 0);
    expect(budget.trackedVisitors).toBe(2);
    expect(budget.take("c", 0)).toEqual({ ok: false, reason: "visitor", retryAfterSeconds: 1 });
  });

  it("when full of live windows, drops the oldest down to exactly maxVisitors", () => {
    const budget = new ResetBudget(() => 0, { ...resetLimits, perVisitor: 1, maxVisitors: 3 });
    for (const visitor of ["a", "b", "c", "d"]) budget.take(visitor, 0);
    expect(budget.trackedVisitors).toBe(3);
    expect(budget.take("b", 0)).toMatchObject({ ok: false, reason: "visitor" });
    expect(budget.take("a", 0).ok).toBe(true);
  });
});
