import { describe, expect, it } from "vitest";
import { collectionCount } from "../collection-count";
import type { GraphCollectionPage } from "../graph-collection";
import { inRequestedOrder } from "../list-order";

const rows = (...names: (string | null)[]) => names.map((displayName, i) => ({ id: `p${i}`, displayName }));
const page = (count: number | undefined, length: number, next?: string): GraphCollectionPage<unknown> => ({
  value: Array.from({ length }, (_, i) => ({ id: `p${i}` })),
  ...(count === undefined ? {} : { "@odata.count": count }),
  ...(next ? { "@odata.nextLink": next } : {}),
});

describe("inRequestedOrder", () => {
  it("leaves rows Graph sorted as asked alone, ignoring case as Graph's collation does", () => {
    const sorted = rows(null, "alpha", "Beta", "beta", "Gamma");
    const result = inRequestedOrder(sorted, { property: "displayName", direction: "asc" });
    expect(result.sortedHere).toBe(false);
    expect(result.rows).toBe(sorted);
    expect(inRequestedOrder(rows("b", "a"), { property: "displayName", direction: "desc" }).sortedHere).toBe(false);
  });

  it("notices a page that ignored $orderby and sorts what it has, stably", () => {
    const result = inRequestedOrder(rows("Gamma", "alpha", "Beta", "alpha"), { property: "displayName", direction: "asc" });
    expect(result.sortedHere).toBe(true);
    expect(result.rows.map((row) => `${row.displayName}/${row.id}`)).toEqual(["alpha/p1", "alpha/p3", "Beta/p2", "Gamma/p0"]);
    const dates = [{ id: "a", at: "2026-01-01T00:00:00Z" }, { id: "b", at: "2026-03-01T00:00:00Z" }];
    expect(inRequestedOrder(dates, { property: "at", direction: "desc" }).rows.map((row) => row.id)).toEqual(["b", "a"]);
  });
});

describe("collectionCount", () => {
  it("is unknown, not the page's length, when Graph sends no count and more pages follow", () => {
    expect(collectionCount([page(undefined, 1, "next")])).toBeUndefined();
  });

  it("believes a whole count that is not below the rows returned", () => {
    expect(collectionCount([page(250, 50, "next")])).toBe(250);
    expect(collectionCount([page(3, 50, "next")]), "fewer than returned").toBeUndefined();
    expect(collectionCount([page(-1, 1, "next")])).toBeUndefined();
    expect(collectionCount([page(2.5, 1, "next")])).toBeUndefined();
  });

  it("counts the rows once every page is loaded, whatever @odata.count said", () => {
    expect(collectionCount([page(250, 50, "next"), page(undefined, 7)])).toBe(57);
    expect(collectionCount([page(undefined, 0)])).toBe(0);
    expect(collectionCount([])).toBeUndefined();
  });
});

describe("inRequestedOrder, tolerant of another collation", () => {
  it("does not accuse Graph when only accents order differently", () => {
    // Code points put "é" after "m"; a locale-aware collation puts "Émile" before "Emma". Either order is accepted.
    expect(inRequestedOrder(rows("Émile", "Emma"), { property: "displayName", direction: "asc" }).sortedHere).toBe(false);
    expect(inRequestedOrder(rows("Emma", "Émile"), { property: "displayName", direction: "asc" }).sortedHere).toBe(false);
    expect(inRequestedOrder(rows("Zebra", "apple"), { property: "displayName", direction: "asc" }).sortedHere).toBe(true);
  });
});
