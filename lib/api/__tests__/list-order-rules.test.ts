import { describe, expect, it } from "vitest";
import { inRequestedOrder } from "../list-order";

type Row = { id: string; v?: unknown };
const rows = (...values: unknown[]): Row[] => values.map((v, i) => (v === "<absent>" ? { id: `p${i}` } : { id: `p${i}`, v }));
const asc = { property: "v", direction: "asc" } as const;
const desc = { property: "v", direction: "desc" } as const;
const ids = (result: { rows: Row[] }) => result.rows.map((r) => r.id);

describe("inRequestedOrder: Graph's $orderby rules", () => {
  it("puts null and absent values first ascending, and notices them after a value", () => {
    expect(inRequestedOrder(rows(null, "<absent>", "alpha"), asc).sortedHere).toBe(false);
    expect(ids(inRequestedOrder(rows("alpha", null), asc))).toEqual(["p1", "p0"]);
    expect(ids(inRequestedOrder(rows("alpha", "<absent>"), asc))).toEqual(["p1", "p0"]);
    expect(ids(inRequestedOrder(rows("zeta", "alpha", "<absent>"), asc))).toEqual(["p2", "p1", "p0"]);
    expect(inRequestedOrder(rows("alpha", null), desc).sortedHere).toBe(false);
  });

  it("compares numbers as numbers and booleans false before true", () => {
    expect(inRequestedOrder(rows(2, 10, 10), asc).sortedHere).toBe(false);
    const numbers = inRequestedOrder(rows(10, 2, 33), asc);
    expect(numbers.sortedHere).toBe(true);
    expect(ids(numbers)).toEqual(["p1", "p0", "p2"]);
    expect(ids(inRequestedOrder(rows(2, 33, 10), desc))).toEqual(["p1", "p2", "p0"]);
    expect(inRequestedOrder(rows(false, false, true), asc).sortedHere).toBe(false);
    expect(ids(inRequestedOrder(rows(true, false), asc))).toEqual(["p1", "p0"]);
    expect(inRequestedOrder(rows(true, false), desc).sortedHere).toBe(false);
  });

  it("compares date-times by instant, not by their text", () => {
    // 08:00-02:00 is 10:00Z, after 09:00Z, though its text sorts first.
    const later = "2026-01-01T08:00:00-02:00";
    const earlier = "2026-01-01T09:00:00Z";
    expect(inRequestedOrder(rows(earlier, later), asc).sortedHere).toBe(false);
    const result = inRequestedOrder(rows(later, earlier), asc);
    expect(result.sortedHere).toBe(true);
    expect(ids(result)).toEqual(["p1", "p0"]);
  });

  it("does not accuse Graph when only an accent or case tells two names apart", () => {
    expect(inRequestedOrder(rows("Émile", "emile"), asc).sortedHere).toBe(false);
    expect(inRequestedOrder(rows("Beta", "beta", "BETA"), asc).sortedHere).toBe(false);
  });

  it("sorts stably, ties keeping Graph's order in both directions", () => {
    expect(ids(inRequestedOrder(rows("b", "Alpha", "alpha", "ALPHA"), asc))).toEqual(["p1", "p2", "p3", "p0"]);
    expect(ids(inRequestedOrder(rows("a", "B", "b", "B"), desc))).toEqual(["p1", "p2", "p3", "p0"]);
    expect(ids(inRequestedOrder(rows("b", null, null, 3, 3), asc))).toEqual(["p1", "p2", "p3", "p4", "p0"]);
  });

  it("leaves the caller's rows as they were", () => {
    const input = rows("b", "a");
    const result = inRequestedOrder(input, asc);
    expect(ids(result)).toEqual(["p1", "p0"]);
    expect(ids({ rows: input })).toEqual(["p0", "p1"]);
    expect(result.rows).not.toBe(input);
  });
});
